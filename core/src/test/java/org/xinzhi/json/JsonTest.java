package org.xinzhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.Extraction;
import org.xinzhi.model.Fact;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import org.xinzhi.text.Script;

class JsonTest {

    private static Extraction sample() {
        Mention org = Mention.named(MentionType.ORG, 0, 3, "康明斯", "康明斯", "康明斯(中国)投资有限公司");
        Mention money = Mention.numeric(MentionType.MONEY, 10, 18, "5000亿元以上", "5000亿元以上",
                new BigDecimal("5E+11"), null, "CNY", Qualifier.AT_LEAST);
        Mention pct = Mention.numeric(MentionType.PERCENT, 20, 23, "30%", "30%", new BigDecimal("0.300"), null, null, Qualifier.EXACT);
        TimeExpression time = new TimeExpression(4, 9, "2022年", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        Fact fact = new Fact("d1", org, "销售额", money, time, 0, 19, "康明斯……");
        return new Extraction("d1", Script.SIMPLIFIED, LocalDate.of(2023, 7, 10), List.of(), List.of(),
                List.of(org, money, pct), List.of(fact));
    }

    @Test
    void writesGoldFormatWithPlainNumbers() {
        String[] lines = Json.toJsonLines(sample()).split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("{\"kind\":\"document\",\"doc_id\":\"d1\",\"script\":\"SIMPLIFIED\",\"published\":\"2023-07-10\"}");
        assertThat(lines[1]).isEqualTo("{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":0,\"end\":3,\"text\":\"康明斯\","
                + "\"normalized\":\"康明斯\",\"canonical\":\"康明斯(中国)投资有限公司\"}");
        assertThat(lines[2]).isEqualTo("{\"kind\":\"mention\",\"type\":\"MONEY\",\"start\":10,\"end\":18,\"text\":\"5000亿元以上\","
                + "\"value\":500000000000,\"unit\":\"CNY\",\"qualifier\":\"AT_LEAST\",\"normalized\":\"5000亿元以上\"}");
        assertThat(lines[3]).contains("\"value\":0.3,");
        assertThat(lines[4]).isEqualTo("{\"kind\":\"fact\",\"subject\":\"康明斯\",\"predicate\":\"销售额\",\"value_text\":\"5000亿元以上\","
                + "\"time\":\"2022年\",\"sentence_start\":0,\"subject_type\":\"ORG\",\"subject_canonical\":\"康明斯(中国)投资有限公司\","
                + "\"subject_start\":0,\"subject_end\":3,\"value_type\":\"MONEY\",\"value\":500000000000,\"unit\":\"CNY\","
                + "\"qualifier\":\"AT_LEAST\",\"value_start\":10,\"value_end\":18,\"time_from\":\"2022-01-01\","
                + "\"time_to\":\"2022-12-31\",\"sentence_end\":19,\"doc_id\":\"d1\"}");
    }

    @Test
    void plainNumbersNeverUseExponents() {
        assertThat(Json.plain(new BigDecimal("1E+15"))).isEqualTo("1000000000000000");
        assertThat(Json.plain(new BigDecimal("0.0000036"))).isEqualTo("0.0000036");
        assertThat(Json.plain(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Json.plain(new BigDecimal("-2.50"))).isEqualTo("-2.5");
    }

    @Test
    void roundTripsThroughTheReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d1.jsonl");
        Json.write(sample(), file);
        LabeledDocument doc = Json.read(file);
        assertThat(doc.docId()).isEqualTo("d1");
        assertThat(doc.mentions()).hasSize(3);
        LabeledMention money = doc.mentions().get(1);
        assertThat(money).isEqualTo(new LabeledMention("MONEY", 10, 18, "5000亿元以上", new BigDecimal("500000000000"),
                null, "CNY", "AT_LEAST"));
        assertThat(doc.facts()).containsExactly(new LabeledFact("康明斯", "销售额", "5000亿元以上", "2022年", 0));
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void readsGoldIgnoringUnknownKindsAndFields() throws IOException {
        String gold = "\uFEFF{\"kind\":\"mention\",\"type\":\"PERCENT\",\"start\":410,\"end\":416,\"text\":\"30%以上\",\"value\":0.30,\"qualifier\":\"AT_LEAST\",\"x\":1}\n"
                + "\n{\"kind\":\"sentence\",\"start\":0}\n"
                + "{\"kind\":\"fact\",\"subject\":\"临港\",\"predicate\":\"产值\",\"value_text\":\"30%以上\",\"sentence_start\":400}\n";
        LabeledDocument doc = Json.read(new StringReader(gold), "g", "g1");
        assertThat(doc.docId()).isEqualTo("g1");
        assertThat(doc.mentions()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("0.3");
            assertThat(m.unit()).isNull();
        });
        assertThat(doc.facts()).containsExactly(new LabeledFact("临港", "产值", "30%以上", null, 400));
    }

    @Test
    void malformedLinesAndInvalidUtf8NameTheirPlace(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Json.read(new StringReader("{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":0,\"end\":2}\n"), "f.jsonl", "f"))
                .isInstanceOf(IOException.class).hasMessageContaining("f.jsonl:1: missing \"text\"");
        assertThatThrownBy(() -> Json.read(new StringReader("\n{oops\n"), "f.jsonl", "f"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("f.jsonl:2: not a JSON object");
        Path bad = dir.resolve("bad.gold.jsonl");
        Files.write(bad, new byte[] {'{', (byte) 0xC3, '}', '\n'});
        assertThatThrownBy(() -> Json.read(bad)).isInstanceOf(IOException.class).hasMessageContaining("not valid UTF-8");
        assertThat(Json.docIdOf(bad)).isEqualTo("bad");
        assertThat(new String(Files.readAllBytes(bad), StandardCharsets.ISO_8859_1)).hasSize(4);
    }
}
