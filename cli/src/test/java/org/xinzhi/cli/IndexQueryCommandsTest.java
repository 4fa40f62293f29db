package org.xinzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.model.Fact;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import picocli.CommandLine;

class IndexQueryCommandsTest {

    @TempDir
    static Path tmp;

    static Path index;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new XinzhiCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Fact fact(String doc, String sentence, MentionType st, String subject, String canonical, String predicate,
                     MentionType vt, String valueText, String value, String unit, int year) {
        int s = sentence.indexOf(subject);
        int v = sentence.indexOf(valueText);
        int t = sentence.indexOf(year + "年");
        return new Fact(doc, Mention.named(st, s, s + subject.length(), subject, canonical, canonical), predicate,
                Mention.numeric(vt, v, v + valueText.length(), valueText, valueText, new BigDecimal(value), null, unit, Qualifier.EXACT),
                new TimeExpression(t, t + 5, year + "年", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                0, sentence.length(), sentence);
    }

    @BeforeAll
    static void buildIndex() throws IOException {
        index = tmp.resolve("index");
        String s1 = "2024年臨港新片區規上工業總產值達到3100億元。";
        String s2 = "2024年临港新片区工业投资增长10.5%。";
        String s3 = "2023年商汤科技完成融资5000万元。";
        try (FactIndex fi = FactIndex.open(index)) {
            fi.index("hk", List.of(fact("hk", s1, MentionType.PARK, "臨港新片區", "临港新片区", "規上工業總產值",
                    MentionType.MONEY, "3100億元", "310000000000", "CNY", 2024)));
            fi.index("sh", List.of(
                    fact("sh", s2, MentionType.PARK, "临港新片区", "临港新片区", "工业投资增长", MentionType.PERCENT, "10.5%", "0.105", null, 2024),
                    fact("sh", s3, MentionType.ORG, "商汤科技", "商汤科技", "融资", MentionType.MONEY, "5000万元", "50000000", "CNY", 2023)));
        }
    }

    @Test
    void queryPrintsATableInEitherScript() {
        Run simplified = run("query", "--index", index.toString(), "subject:临港");
        Run traditional = run("query", "--index", index.toString(), "subject:臨港");
        assertThat(simplified.exit()).isZero();
        assertThat(simplified.out()).contains("subject", "predicate", "临港新片区", "3100億元", "310000000000", "10.5%", "0.105")
                .doesNotContain("商汤科技");
        assertThat(traditional.out()).isEqualTo(simplified.out());
        assertThat(simplified.err()).contains("2 of 2 matching facts");
    }

    @Test
    void queryComparesMoneyAsNumbersAndPrintsJson() {
        Run r = run("query", "--index", index.toString(), "--json", "--sort", "VALUE_DESC", "value_type:MONEY AND value:[1000万 TO *]");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"value\":310000000000", "\"doc_id\":\"hk\"", "\"unit\":\"CNY\"");
        assertThat(lines.get(1)).contains("\"value\":50000000", "\"subject_canonical\":\"商汤科技\"");
        Run above = run("query", "--index", index.toString(), "--json", "value:[100亿 TO *]");
        assertThat(above.out().lines()).hasSize(1);
    }

    @Test
    void malformedQuerySaysWhere() {
        Run r = run("query", "--index", index.toString(), "subject:临港 AND AND year:2024");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 1, column 16");
    }

    @Test
    void facetsCountFacts() {
        Run r = run("facets", "--index", index.toString(), "subject");
        assertThat(r.exit()).isZero();
        List<String> rows = r.out().lines().skip(2).map(l -> l.replaceAll("\\s+", " ")).toList();
        assertThat(rows).containsExactly("临港新片区 2", "商汤科技 1");
        Run money = run("facets", "--index", index.toString(), "year", "value_type:MONEY");
        assertThat(money.out().lines().skip(2).map(l -> l.replaceAll("\\s+", " ")).toList()).containsExactlyInAnyOrder("2024 1", "2023 1");
        Run bad = run("facets", "--index", index.toString(), "sentence");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("facet fields");
    }

    @Test
    void indexSkipsInvalidFilesAndReRunningReplaces() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "临港新片区管委会表示，2024年临港新片区规上工业总产值增长10%。", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("b.txt"), "2023年，商汤科技营收34亿元。", StandardCharsets.UTF_8);
        Files.write(news.resolve("bad.txt"), new byte[] {(byte) 0xE4, (byte) 0xB8, 0x41, 0x42});
        Path dir = tmp.resolve("cli-index");
        Run first = run("index", "--index", dir.toString(), news.toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).contains("skipped " + news.resolve("bad.txt"), "not valid UTF-8", "2 documents");
        int size;
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            size = fi.size();
        }
        Run second = run("index", "--index", dir.toString(), news.toString());
        assertThat(second.exit()).isEqualTo(1);
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            assertThat(fi.size()).isEqualTo(size);
        }
    }

    @Test
    void pruneRemovesFactsOfDeletedFilesOnly() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("prune-news"));
        Files.writeString(news.resolve("a.txt"), "2022年，康明斯（中国）投资有限公司销售额为281亿美元。", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("b.txt"), "2023年，上海商汤智能科技有限公司营收34亿元。", StandardCharsets.UTF_8);
        Path dir = tmp.resolve("prune-index");
        assertThat(run("index", "--index", dir.toString(), news.toString()).exit()).isZero();
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            assertThat(fi.documentIds()).containsExactly("a", "b");
        }
        Files.delete(news.resolve("b.txt"));
        // Without --prune the facts of b stay; an unreadable a is skipped but keeps its facts.
        assertThat(run("index", "--index", dir.toString(), news.toString()).exit()).isZero();
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            assertThat(fi.documentIds()).containsExactly("a", "b");
        }
        Files.write(news.resolve("a.txt"), new byte[] {(byte) 0xE4, (byte) 0xB8, 0x41});
        Run pruned = run("index", "--index", dir.toString(), "--prune", news.toString());
        assertThat(pruned.exit()).isEqualTo(1); // a skipped
        assertThat(pruned.err()).contains("1 documents pruned");
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            assertThat(fi.documentIds()).containsExactly("a");
        }
        // A folder that cannot be listed: nothing is removed.
        Run refused = run("index", "--index", dir.toString(), "--prune", tmp.resolve("no-such-folder").toString());
        assertThat(refused.err()).contains("--prune refused");
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            assertThat(fi.documentIds()).containsExactly("a");
        }
    }

    @Test
    void queryOnAMissingIndexIsAClearError() {
        Run r = run("query", "--index", tmp.resolve("nowhere").toString(), "subject:临港");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot open index");
    }

    @Test
    void readOnlyCommandsOnAMissingIndexCreateNothing() {
        Path missing = tmp.resolve("absent/deeper/index");
        Run q = run("query", "--index", missing.toString(), "subject:临港");
        Run f = run("facets", "--index", missing.toString(), "subject");
        assertThat(q.exit()).isEqualTo(2);
        assertThat(f.exit()).isEqualTo(2);
        assertThat(q.err()).startsWith("xinzhi query: cannot open index").contains("no such folder");
        assertThat(f.err()).startsWith("xinzhi facets: ");
        assertThat(tmp.resolve("absent")).doesNotExist();
    }

    @Test
    void unknownFieldsAndOversizedQueriesAreOneLineUsageErrors() {
        Run unknown = run("query", "--index", index.toString(), "subjetc:临港");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown field 'subjetc'", "subject_canonical").doesNotContain("Exception");
        Run tooLong = run("query", "--index", index.toString(), "text:" + "临".repeat(51_200));
        assertThat(tooLong.exit()).isEqualTo(2);
        assertThat(tooLong.err()).contains("query too long").hasLineCount(1);
        Run deep = run("facets", "--index", index.toString(), "subject", "(".repeat(1600) + "x" + ")".repeat(1600));
        assertThat(deep.exit()).isEqualTo(2);
        assertThat(deep.err()).contains("nested too deeply", "column 65");
    }

    @Test
    void queryOutputSaysWhatWasCompared() {
        Run cny = run("query", "--index", index.toString(), "value:[100亿元 TO *]");
        assertThat(cny.exit()).isZero();
        assertThat(cny.err()).contains("compared: value:[100亿元 TO *]: money in CNY only");
        Run pct = run("query", "--index", index.toString(), "--json", "value:[5% TO *]");
        assertThat(pct.out().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("\"value_type\":\"PERCENT\"", "\"comparison\":"));
        Run conv = run("query", "--index", index.toString(), "--sort", "VALUE_CNY_DESC", "value_cny:[1亿美元 TO *]");
        assertThat(conv.err()).contains("converted to CNY at the rates of 2024-12-31");
    }

    @Test
    void indexErrorsAreOneLine() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("errs-news"));
        Files.writeString(news.resolve("a.txt"), "2024年临港新片区工业投资增长10.5%。");
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Run onFile = run("index", "--index", file.toString(), news.toString());
        assertThat(onFile.exit()).isEqualTo(2);
        assertThat(onFile.err()).startsWith("xinzhi index: cannot open index").contains("is not a folder").hasLineCount(1);
        Path bad = Files.writeString(tmp.resolve("bad.tsv"), "甲乙\tNOT_A_TYPE\n");
        Run lex = run("index", "--index", tmp.resolve("lex-index").toString(), "--lexicons", bad.toString(), news.toString());
        assertThat(lex.exit()).isEqualTo(1);
        assertThat(lex.err()).startsWith("xinzhi index: bad lexicon").contains("bad.tsv:1").doesNotContain("\tat ");
        try (FactIndex held = FactIndex.open(tmp.resolve("held"))) {
            Run locked = run("index", "--index", held.path().toString(), news.toString());
            assertThat(locked.exit()).isEqualTo(2);
            assertThat(locked.err()).contains("is locked").hasLineCount(1);
        }
    }

    @Test
    void sameNamedFilesInDifferentFoldersKeepTheirOwnFacts() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("twins"));
        Files.createDirectories(root.resolve("east"));
        Files.createDirectories(root.resolve("west"));
        Files.writeString(root.resolve("east/report.txt"), "2024年苏州工业园区实际使用外资达到12亿美元。");
        Files.writeString(root.resolve("west/report.txt"), "2023年苏州工业园区地区生产总值达到3686亿元。");
        Files.writeString(root.resolve("alone.txt"), "2022年苏州工业园区进出口总额达到6000亿元。");
        Path dir = tmp.resolve("twins-index");
        Run r = run("index", "--index", dir.toString(), root.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("indexed as 'east/report'", "indexed as 'west/report'");
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            // A file whose name is unique keeps the id it always had; the twins get their relative paths.
            assertThat(fi.documentIds()).containsExactly("alone", "east/report", "west/report");
            assertThat(fi.count(FactQuery.builder().docId("east/report").build())).isPositive();
            assertThat(fi.count(FactQuery.builder().docId("west/report").build())).isPositive();
        }
        // Run again: the same ids, nothing doubled; --prune keeps all three.
        int before;
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            before = fi.size();
        }
        Run again = run("index", "--index", dir.toString(), "--prune", root.toString());
        assertThat(again.err()).contains("0 documents pruned");
        try (FactIndex fi = FactIndex.openReadOnly(dir)) {
            assertThat(fi.size()).isEqualTo(before);
        }
        // The same relative path under two roots cannot be told apart: the second is named and skipped.
        Path other = Files.createDirectories(tmp.resolve("twins2/east"));
        Files.writeString(other.resolve("report.txt"), "2022年临港新片区工业投资增长8%。");
        Run clash = run("index", "--index", tmp.resolve("twins-index2").toString(), root.toString(), tmp.resolve("twins2").toString());
        assertThat(clash.exit()).isEqualTo(1);
        assertThat(clash.err()).contains("same document id 'east/report'");
    }
}
