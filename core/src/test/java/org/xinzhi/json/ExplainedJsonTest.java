package org.xinzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.text.Script;

/** {@code extract --explain}: evidence on every line, rejected candidates, plain output unchanged. */
class ExplainedJsonTest {

    private static final String TEXT = "上海星澜半导体有限公司（以下简称“星澜”）今年营收3亿元。";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Extraction plain;
    private static Extraction explained;

    @BeforeAll
    static void extract() {
        plain = Extractor.builder().build().extract(Document.of("x", TEXT));
        explained = Extractor.builder().explain(true).build().extract(Document.of("x", TEXT));
    }

    private static List<JsonNode> lines(String jsonLines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            out.add(MAPPER.readTree(line));
        }
        return out;
    }

    @Test
    void explainNamesTheSourceOfEveryNameMention() throws IOException {
        List<JsonNode> names = lines(Json.toJsonLines(explained, true)).stream()
                .filter(n -> n.path("kind").asText().equals("mention"))
                .filter(n -> n.path("type").asText().equals("ORG") || n.path("type").asText().equals("PARK"))
                .toList();
        assertThat(names).extracting(n -> n.path("text").asText()).containsExactly("上海星澜半导体有限公司", "星澜");
        for (JsonNode n : names) {
            JsonNode evidence = n.path("evidence");
            assertThat(evidence.path("score").isNumber()).as("score of %s", n).isTrue();
            assertThat(evidence.path("score").asDouble()).isBetween(0.5, 1.0);
            assertThat(evidence.path("reasons").size()).as("reasons of %s", n).isPositive();
            for (JsonNode r : evidence.path("reasons")) {
                assertThat(r.path("source").asText()).isNotBlank();
                assertThat(r.path("rule").isTextual()).isTrue();
            }
        }
        JsonNode full = names.get(0).path("evidence").path("reasons").get(0);
        assertThat(full.path("source").asText()).isEqualTo("suffix");
        assertThat(full.path("rule").asText()).isEqualTo("有限公司");
        JsonNode cue = full.path("cues").get(0);
        assertThat(cue.path("role").asText()).isEqualTo("suffix");
        assertThat(TEXT.substring(cue.path("start").asInt(), cue.path("end").asInt())).isEqualTo("有限公司");
        assertThat(cue.path("text").asText()).isEqualTo("有限公司");
        assertThat(names.get(1).path("evidence").path("reasons").get(0).path("source").asText()).isEqualTo("alias");
    }

    @Test
    void explainWritesRejectedCandidatesWithTheResolversReasonAfterTheFacts() throws IOException {
        List<JsonNode> all = lines(Json.toJsonLines(explained, true));
        List<String> kinds = all.stream().map(n -> n.path("kind").asText()).toList();
        int firstRejected = kinds.indexOf("rejected");
        assertThat(firstRejected).isPositive();
        assertThat(kinds.subList(firstRejected, kinds.size())).containsOnly("rejected");
        assertThat(kinds.lastIndexOf("fact")).isLessThan(firstRejected);
        for (JsonNode r : all.subList(firstRejected, all.size())) {
            assertThat(r.path("reason").asText()).isNotBlank();
            assertThat(r.path("evidence").path("reasons").size()).isPositive();
            assertThat(TEXT.substring(r.path("start").asInt(), r.path("end").asInt())).isEqualTo(r.path("text").asText());
        }
    }

    @Test
    void withoutExplainTheOutputIsThePlainFormat() {
        String withoutFlag = Json.toJsonLines(explained, false);
        assertThat(withoutFlag).isEqualTo(Json.toJsonLines(plain)).isEqualTo(Json.toJsonLines(explained));
        assertThat(withoutFlag).doesNotContain("evidence", "rejected", "reasons");
        assertThat(plain.rejected()).isEmpty();
    }

    @Test
    void theReaderTakesExplainedFilesSourcesIncludedAndSkipsRejectedLines() throws IOException {
        LabeledDocument read = Json.read(new StringReader(Json.toJsonLines(explained, true)), "x.jsonl", "x");
        LabeledDocument readPlain = Json.read(new StringReader(Json.toJsonLines(plain)), "x.jsonl", "x");
        assertThat(read.mentions()).hasSameSizeAs(readPlain.mentions());
        assertThat(read.facts()).isEqualTo(readPlain.facts());
        assertThat(read.mentions().get(0).sources()).containsExactly("suffix");
        assertThat(read.mentions().get(1).sources()).containsExactly("alias");
        assertThat(readPlain.mentions()).allSatisfy(m -> assertThat(m.sources()).isEmpty());
    }

    @Test
    void evidenceOfAHandMadeMentionIsWrittenExactly() {
        Mention m = Mention.named(MentionType.ORG, 0, 4, "星澜科技", "星澜科技", "星澜科技")
                .withEvidence(Evidence.of("lexicon", "user:orgs.tsv", new Evidence.Cue("entry", 0, 4, "星澜科技"))
                        .plus(Evidence.Reason.of("propagated", "recurs")).withScore(0.123456));
        Mention noScore = Mention.named(MentionType.PARK, 5, 9, "星澜园区", "星澜园区", "星澜园区")
                .withEvidence(Evidence.of("suffix", "园区"));
        Extraction e = new Extraction("d", Script.SIMPLIFIED, null, List.of(), List.of(), List.of(m, noScore), List.of());
        String[] lines = Json.toJsonLines(e, true).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).endsWith(",\"canonical\":\"星澜科技\",\"evidence\":{\"score\":0.1235,\"reasons\":["
                + "{\"source\":\"lexicon\",\"rule\":\"user:orgs.tsv\",\"cues\":[{\"role\":\"entry\",\"start\":0,\"end\":4,\"text\":\"星澜科技\"}]},"
                + "{\"source\":\"propagated\",\"rule\":\"recurs\",\"cues\":[]}]}}");
        assertThat(lines[2]).endsWith("\"evidence\":{\"score\":null,\"reasons\":[{\"source\":\"suffix\",\"rule\":\"园区\",\"cues\":[]}]}}");
    }
}
