package org.xinzhi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinzhi.Document;

/** The benchmark's inputs are what the table says they are (no timing is asserted anywhere). */
class BenchTextsTest {

    private static final Path ROOT = BenchTexts.repoRoot();

    @Test
    void repeatedCorpusReachesTheSizeUnderDistinctIdsSharingTexts() {
        List<Document> corpus = List.of(Document.of("a", "临港新片区"), Document.of("b", "产值增长12.5%。"));
        BenchTexts.TextSet set = BenchTexts.repeated(corpus, 1_000);

        assertThat(set.utf8Bytes()).isGreaterThanOrEqualTo(1_000);
        assertThat(set.utf8Bytes() - BenchTexts.utf8Length("临港新片区产值增长12.5%。")).isLessThan(1_000);
        assertThat(set.docs().stream().map(Document::id).distinct().count()).isEqualTo(set.docs().size());
        assertThat(set.docs().get(0).id()).isEqualTo("r00000/a");
        assertThat(set.distinctTexts()).hasSize(2);
        assertThat(set.chars()).isEqualTo(set.docs().size() / 2 * ("临港新片区".length() + "产值增长12.5%。".length()));
    }

    @Test
    void utf8LengthCountsSurrogatePairsAsFourBytes() {
        assertThat(BenchTexts.utf8Length("a中😀")).isEqualTo(1 + 3 + 4);
    }

    @Test
    void corpusLoadsEveryNewsFile() throws Exception {
        Path news = ROOT.resolve("corpus/news");
        assumeTrue(Files.isDirectory(news), "corpus/news not found");
        long files;
        try (var s = Files.list(news)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertThat(BenchTexts.corpus(news)).hasSize((int) files).allSatisfy(d -> assertThat(d.text()).isNotEmpty());
    }

    @Test
    void sighanDocumentsCoverEachTestFileWholeWithoutCarriageReturns() throws Exception {
        Path dir = BenchTexts.sighanDir(ROOT);
        assumeTrue(Files.isDirectory(dir), "SIGHAN 2005 test sets not found");
        BenchTexts.TextSet set = BenchTexts.sighan(dir, 5_000);

        Set<String> files = new HashSet<>();
        for (Document d : set.docs()) {
            files.add(d.id().substring(0, d.id().indexOf('/')));
            assertThat(d.text()).doesNotContain("\r").doesNotStartWith("\uFEFF");
        }
        assertThat(files).containsExactlyInAnyOrder("as", "cityu", "msr", "pku");
        StringBuilder pku = new StringBuilder();
        set.docs().stream().filter(d -> d.id().startsWith("pku/")).forEach(d -> pku.append(d.text()));
        assertThat(pku.toString()).isEqualTo(BenchTexts.read(dir.resolve("pku_test.utf8")).replace("\r\n", "\n"));
    }
}
