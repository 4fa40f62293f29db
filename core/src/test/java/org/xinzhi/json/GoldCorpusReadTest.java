package org.xinzhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reader on the real gold files: every mention's text is the document slice it names. */
class GoldCorpusReadTest {

    @Test
    void goldMentionsPointAtTheirText() throws IOException {
        Path root = Path.of(System.getProperty("xinzhi.root", ".."));
        Path gold = root.resolve("corpus/gold");
        assumeTrue(Files.isDirectory(gold), "corpus/gold not found");
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int mentions = 0;
        for (Path f : files) {
            LabeledDocument doc = Json.read(f);
            String text = Files.readString(root.resolve("corpus/news/" + doc.docId() + ".txt"), StandardCharsets.UTF_8);
            for (LabeledMention m : doc.mentions()) {
                assertThat(text.substring(m.start(), m.end())).as("%s %s", f.getFileName(), m).isEqualTo(m.text());
                mentions++;
            }
            assertThat(doc.facts()).allSatisfy(x -> assertThat(x.sentenceStart()).isGreaterThanOrEqualTo(0));
        }
        assertThat(mentions).isGreaterThan(100);
    }
}
