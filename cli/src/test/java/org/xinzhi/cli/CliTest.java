package org.xinzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new XinzhiCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void extractSkipsAnInvalidUtf8FileNamesItAndExtractsTheRest(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("news");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "临港新片区管委会表示，今年产值增长30%。", StandardCharsets.UTF_8);
        Files.write(in.resolve("b.txt"), new byte[] {(byte) 0xE4, (byte) 0xB8, 'x', (byte) 0xFF, '\n'});
        Files.writeString(in.resolve("sub/c.txt"), "\uFEFF臨港新片區產值增長。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.md"), "ignored", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        Run r = run("extract", "--out", out.toString(), "--threads", "2", in.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("skipped " + in.resolve("b.txt") + ": not valid UTF-8 (byte 0)");
        assertThat(r.err()).contains("[3/3]").contains("2 extracted, 1 failed");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("a.jsonl", "c.jsonl");
        }
        List<String> a = Files.readAllLines(out.resolve("a.jsonl"), StandardCharsets.UTF_8);
        assertThat(a.get(0)).isEqualTo("{\"kind\":\"document\",\"doc_id\":\"a\",\"script\":\"SIMPLIFIED\",\"published\":null}");
        List<String> c = Files.readAllLines(out.resolve("c.jsonl"), StandardCharsets.UTF_8);
        assertThat(c.get(0)).contains("\"doc_id\":\"c\"", "\"script\":\"TRADITIONAL\"");
    }

    @Test
    void extractReportsMissingPathsAndSucceedsWhenAllAreRead(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "商汤科技融资。", StandardCharsets.UTF_8);
        Run ok = run("extract", a.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).startsWith("{\"kind\":\"document\",\"doc_id\":\"a\"");
        Run missing = run("extract", "--out", tmp.resolve("o").toString(), a.toString(), tmp.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt: no such file or folder");
        assertThat(tmp.resolve("o/a.jsonl")).exists();
        assertThat(run("extract", "--threads", "0", a.toString()).exitCode()).isEqualTo(2);
        assertThat(run("extract").exitCode()).isEqualTo(2);
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void evalScoresKnownPredictionsToKnownFigures(@TempDir Path tmp) throws IOException {
        Path gold = tmp.resolve("gold");
        Path pred = tmp.resolve("pred");
        write(gold.resolve("d1.gold.jsonl"),
                "{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":0,\"end\":4,\"text\":\"商汤科技\"}",
                "{\"kind\":\"mention\",\"type\":\"PARK\",\"start\":5,\"end\":10,\"text\":\"临港新片区\"}",
                "{\"kind\":\"mention\",\"type\":\"MONEY\",\"start\":20,\"end\":26,\"text\":\"1亿元\",\"value\":100000000,\"unit\":\"CNY\",\"qualifier\":\"EXACT\"}",
                "{\"kind\":\"mention\",\"type\":\"PERCENT\",\"start\":30,\"end\":35,\"text\":\"30%以上\",\"value\":0.30,\"qualifier\":\"AT_LEAST\"}",
                "{\"kind\":\"fact\",\"subject\":\"临港新片区\",\"predicate\":\"产值\",\"value_text\":\"1亿元\",\"time\":\"2022年\",\"sentence_start\":0}",
                "{\"kind\":\"fact\",\"subject\":\"商汤科技\",\"predicate\":\"增长\",\"value_text\":\"30%以上\",\"sentence_start\":28}");
        write(gold.resolve("d2.gold.jsonl"),
                "{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":0,\"end\":2,\"text\":\"商汤\"}");
        write(pred.resolve("d1.jsonl"),
                "{\"kind\":\"document\",\"doc_id\":\"d1\",\"script\":\"SIMPLIFIED\",\"published\":null}",
                "{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":0,\"end\":4,\"text\":\"商汤科技\",\"normalized\":\"商汤科技\"}",
                "{\"kind\":\"mention\",\"type\":\"PARK\",\"start\":5,\"end\":9,\"text\":\"临港新片\"}",
                "{\"kind\":\"mention\",\"type\":\"MONEY\",\"start\":20,\"end\":26,\"text\":\"1亿元\",\"value\":1E+8,\"unit\":\"CNY\",\"qualifier\":\"EXACT\"}",
                "{\"kind\":\"mention\",\"type\":\"PERCENT\",\"start\":30,\"end\":35,\"text\":\"30%以上\",\"value\":0.3,\"qualifier\":\"EXACT\"}",
                "{\"kind\":\"mention\",\"type\":\"QUANTITY\",\"start\":40,\"end\":42,\"text\":\"3家\",\"value\":3,\"unit\":\"家\",\"qualifier\":\"EXACT\"}",
                "{\"kind\":\"fact\",\"subject\":\"临港新片区\",\"predicate\":\"规上产值\",\"value_text\":\"1亿元\",\"time\":\"2022年\",\"sentence_start\":0,\"doc_id\":\"d1\"}",
                "{\"kind\":\"fact\",\"subject\":\"商汤\",\"predicate\":\"增长\",\"value_text\":\"30%以上\",\"sentence_start\":28}");
        write(pred.resolve("d3.jsonl"), "{\"kind\":\"document\",\"doc_id\":\"d3\"}");

        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode overall = root.get("overall");
        JsonNode exact = overall.at("/mentions/exact/micro");
        assertThat(exact.get("gold").asInt()).isEqualTo(5);
        assertThat(exact.get("predicted").asInt()).isEqualTo(5);
        assertThat(exact.get("matched").asInt()).isEqualTo(3);
        assertThat(exact.get("precision").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(exact.get("recall").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(exact.get("f1").asDouble()).isCloseTo(0.6, within(1e-12));
        JsonNode partial = overall.at("/mentions/partial/micro");
        assertThat(partial.get("matched").asInt()).isEqualTo(4);
        assertThat(partial.get("f1").asDouble()).isCloseTo(0.8, within(1e-12));
        JsonNode org = overall.at("/mentions/exact/ORG");
        assertThat(org.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(org.get("recall").asDouble()).isEqualTo(0.5);
        assertThat(org.get("f1").asDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(overall.at("/mentions/exact/QUANTITY/precision").asDouble()).isZero();
        JsonNode numbers = overall.at("/numbers/micro");
        assertThat(numbers.at("/value/agreed").asInt()).isEqualTo(2);
        assertThat(numbers.at("/value/compared").asInt()).isEqualTo(2);
        assertThat(numbers.at("/unit/compared").asInt()).isEqualTo(1);
        assertThat(numbers.at("/unit/share").asDouble()).isEqualTo(1.0);
        assertThat(numbers.at("/qualifier/share").asDouble()).isEqualTo(0.5);
        assertThat(numbers.at("/all/share").asDouble()).isEqualTo(0.5);
        JsonNode facts = overall.get("facts");
        assertThat(facts.at("/pairs/f1").asDouble()).isEqualTo(0.5);
        assertThat(facts.at("/predicate_exact/share").asDouble()).isZero();
        assertThat(facts.at("/predicate_lenient/share").asDouble()).isEqualTo(1.0);
        assertThat(facts.at("/time/share").asDouble()).isEqualTo(1.0);
        assertThat(root.get("documents")).hasSize(2);
        assertThat(root.get("missing_predictions").get(0).asText()).isEqualTo("d2");
        assertThat(root.get("unexpected_predictions").get(0).asText()).isEqualTo("d3");

        Run table = run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("micro         5     5 |   60.0   60.0   60.0     3 |   80.0   80.0   80.0     4");
        assertThat(table.out()).contains("Facts: gold 2, predicted 2, matched 1: P 50.0 R 50.0 F1 50.0");
    }

    @Test
    void extractExplainFeedsEvalBySource(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("news");
        write(in.resolve("a.txt"), "上海星澜半导体有限公司（以下简称“星澜”）今年营收3亿元。");
        write(tmp.resolve("gold/a.gold.jsonl"),
                "{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":0,\"end\":11,\"text\":\"上海星澜半导体有限公司\"}",
                "{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":17,\"end\":19,\"text\":\"星澜\"}");
        Path plain = tmp.resolve("plain");
        Path explained = tmp.resolve("explained");
        assertThat(run("extract", "--out", plain.toString(), in.toString()).exitCode()).isZero();
        assertThat(run("extract", "--explain", "--out", explained.toString(), in.toString()).exitCode()).isZero();
        String plainText = Files.readString(plain.resolve("a.jsonl"), StandardCharsets.UTF_8);
        String explainedText = Files.readString(explained.resolve("a.jsonl"), StandardCharsets.UTF_8);
        assertThat(plainText).doesNotContain("evidence");
        assertThat(explainedText).contains("\"evidence\":{\"score\":", "\"source\":\"suffix\"", "\"kind\":\"rejected\"");

        Run none = run("eval", "--by-source", "--gold", tmp.resolve("gold").toString(), "--pred", plain.toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("no evidence in predictions: run extract --explain");

        Run r = run("eval", "--by-source", "--json", "--gold", tmp.resolve("gold").toString(), "--pred", explained.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.at("/overall/mentions/exact/ORG/matched").asInt()).isEqualTo(2);
        JsonNode org = root.at("/by_source/ORG");
        assertThat(root.at("/by_source/evidence").asBoolean()).isTrue();
        assertThat(org.at("/suffix/predicted").asInt()).isEqualTo(1);
        assertThat(org.at("/suffix/matched").asInt()).isEqualTo(1);
        assertThat(org.at("/suffix/recall").asDouble()).isEqualTo(0.5);
        assertThat(org.at("/alias/precision").asDouble()).isEqualTo(1.0);
        Run table = run("eval", "--by-source", "--gold", tmp.resolve("gold").toString(), "--pred", explained.toString());
        assertThat(table.out()).contains("Per source").contains("ORG   suffix              1      1      0 |  100.0   50.0");
    }

    @Test
    void evalNamesAMalformedLine(@TempDir Path tmp) throws IOException {
        write(tmp.resolve("gold/x.gold.jsonl"), "{\"kind\":\"mention\",\"type\":\"ORG\",\"start\":\"a\",\"end\":2,\"text\":\"x\"}");
        Files.createDirectories(tmp.resolve("pred"));
        Run r = run("eval", "--gold", tmp.resolve("gold").toString(), "--pred", tmp.resolve("pred").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("x.gold.jsonl:1: \"start\" must be an integer");
        assertThat(run("eval", "--gold", "x").exitCode()).isEqualTo(2);
    }

    @Test
    void segmentWritesOriginalCharactersAndEvalSegScoresThem(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in.txt");
        Files.writeString(in, "\uFEFF臨港新片區產值增長。\r\n我们在北京。\r\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.txt");
        assertThat(run("segment", "--in", in.toString(), "--out", out.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).replace("  ", "")).isEqualTo("臨港新片區產值增長。");
        assertThat(lines.get(1)).isEqualTo("我们  在  北京  。");

        Path gold = tmp.resolve("gold.txt");
        Files.writeString(gold, "臨港  新片區  產值  增長  。\n我们  在  北京  。\n", StandardCharsets.UTF_8);
        Path words = tmp.resolve("words.txt");
        Files.writeString(words, "我们\n在\n。\n產值\n", StandardCharsets.UTF_8);
        Path pred = tmp.resolve("pred.txt");
        Files.writeString(pred, "臨港新片區  產值  增長。\n我们  在  北京  。\n", StandardCharsets.UTF_8);
        Run r = run("eval-seg", "--gold", gold.toString(), "--pred", pred.toString(), "--words", words.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        // gold 9 words, predicted 7, correct 5 (產值 我们 在 北京 。)
        assertThat(s.get("gold_words").asInt()).isEqualTo(9);
        assertThat(s.get("predicted_words").asInt()).isEqualTo(7);
        assertThat(s.get("correct_words").asInt()).isEqualTo(5);
        assertThat(s.get("precision").asDouble()).isCloseTo(5 / 7.0, within(1e-6));
        assertThat(s.get("recall").asDouble()).isCloseTo(5 / 9.0, within(1e-6));
        // OOV gold words: 臨港 新片區 增長 北京 → 4, of which 北京 correct
        assertThat(s.get("oov_recall").asDouble()).isCloseTo(0.25, within(1e-6));
        assertThat(s.get("iv_recall").asDouble()).isCloseTo(0.8, within(1e-6));
    }
}
