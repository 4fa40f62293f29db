package org.xinzhi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.Extraction;
import org.xinzhi.model.Fact;
import org.xinzhi.index.FactHit;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.Recognizers;

/** Runs each example and checks what it printed. */
class ExamplesTest {

    @TempDir
    Path tmp;

    static Path news() {
        Path p = Path.of(System.getProperty("xinzhi.root", ".."), "corpus", "news");
        assertThat(p).isDirectory();
        return p;
    }

    static Path firstArticle() throws IOException {
        try (Stream<Path> s = Files.list(news())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void extractOneArticlePrintsItsFactsAsJsonLines() throws IOException {
        Path article = firstArticle();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Extraction e = ExtractOneArticle.run(article, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        String text = Files.readString(article, StandardCharsets.UTF_8);

        assertThat(lines.get(0)).startsWith("{\"kind\":\"document\",\"doc_id\":\"" + e.docId() + "\"");
        assertThat(lines).hasSize(1 + e.facts().size());
        for (int i = 0; i < e.facts().size(); i++) {
            Fact f = e.facts().get(i);
            // Each line is the fact, and its offsets point at its words in the article.
            assertThat(lines.get(i + 1)).startsWith("{\"kind\":\"fact\"").contains("\"value_text\":\"" + f.value().text() + "\"");
            assertThat(text.substring(f.value().start(), f.value().end())).isEqualTo(f.value().text());
            assertThat(text.substring(f.subject().start(), f.subject().end())).isEqualTo(f.subject().text());
        }
    }

    @Test
    void indexAndQueryBuildsAnIndexAndAnswers() throws IOException {
        Path indexDir = tmp.resolve("index");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String query = "value_type:MONEY AND value:[1亿 TO *]";
        List<FactHit> hits = IndexAndQuery.run(news(), indexDir, query, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        long articles;
        try (Stream<Path> s = Files.list(news())) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertThat(out).startsWith("indexed " + articles + " documents, ");
        assertThat(out).contains("query: " + query + " -> " + hits.size() + " facts", "facts per subject:");
        for (FactHit h : hits) {
            assertThat(h.fact().value().type()).isEqualTo(MentionType.MONEY);
            assertThat(h.fact().value().value()).isGreaterThanOrEqualTo(new java.math.BigDecimal("100000000"));
            assertThat(out).contains("  " + h.fact().subject().name() + " | " + h.fact().predicate() + " | " + h.fact().value().text());
        }
        // The index on disk holds what the example printed, and running it again replaces, not adds.
        int size;
        try (FactIndex index = FactIndex.openReadOnly(indexDir)) {
            size = index.size();
            // The example shows the top 10.
            assertThat(hits).hasSize(Math.min(10, index.count(FactQuery.parse(query))));
        }
        IndexAndQuery.run(news(), indexDir, query, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (FactIndex index = FactIndex.openReadOnly(indexDir)) {
            assertThat(index.size()).isEqualTo(size);
        }
    }

    @Test
    void customLexiconEntriesAreLoaded() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CustomLexicon.run(tmp.resolve("mine.tsv"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("lexicon: 澜芯 ORG -> 澜芯半导体有限公司", "lexicon: 青禾谷 PARK -> 青禾谷智造产业园");
    }

    @Test
    void customLexiconMakesTheNewOrganizationAndParkFound() throws IOException {
        assumeTrue(!Recognizers.standard(LexiconSet.empty()).isEmpty(), "no ORG/PARK recognizer registered on this branch yet");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Mention> names = CustomLexicon.run(tmp.resolve("mine.tsv"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // 青禾谷今年引进澜芯等12家企业… : PARK [0,3), ORG [7,9).
        assertThat(names).extracting(Mention::type, Mention::start, Mention::end, Mention::name).contains(
                org.assertj.core.groups.Tuple.tuple(MentionType.PARK, 0, 3, "青禾谷智造产业园"),
                org.assertj.core.groups.Tuple.tuple(MentionType.ORG, 7, 9, "澜芯半导体有限公司"));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("found: PARK 青禾谷 [0,3) -> 青禾谷智造产业园", "found: ORG 澜芯 [7,9) -> 澜芯半导体有限公司");
        // Without the user lexicon the company is not found and the park has no full name.
        assertThat(out.lines().filter(l -> l.startsWith("without: ")).toList())
                .noneMatch(l -> l.contains("澜芯") || l.contains("青禾谷智造产业园"));
    }
}
