package org.xinzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class NerBenchmarksTest {

    private static final String UNER = String.join("\n",
            "# newdoc id = t-0001",
            "# sent_id = t-0001-0001",
            "# text = 星澜科技公司与 Acme Corp 在上海签约。",
            "1\t星澜\tB-ORG\t-\tx",
            "2\t科技\tI-ORG\t-\tx",
            "3\t公司\tI-ORG\t-\tx",
            "4\t与\tO\t-\t-",
            "5\tAcme\tB-ORG\t-\tx",
            "6\tCorp\tI-ORG\t-\tx",
            "7\t在\tO\t-\t-",
            "8\t上海\tB-LOC\t-\tx",
            "9\t签约\tO\t-\t-",
            "10\t。\tO\t-\t-",
            "",
            "# sent_id = t-0001-0002",
            "# text = 北辰银行",
            "1\t北辰\tB-ORG\t-\tx",
            "2\t银行\tI-ORG\t-\tx",
            "");

    @Test
    void unerSpansAreCharOffsetsOfWholeWordsInTheSentenceText(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("t.iob2");
        Files.writeString(f, UNER, StandardCharsets.UTF_8);
        List<NerBenchmarks.Sentence> s = NerBenchmarks.uner(f);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).text()).isEqualTo("星澜科技公司与 Acme Corp 在上海签约。");
        assertThat(s.get(0).orgs()).extracting(o -> s.get(0).text().substring(o[0], o[1]))
                .containsExactly("星澜科技公司", "Acme Corp");
        assertThat(s.get(1).orgs()).extracting(o -> s.get(1).text().substring(o[0], o[1])).containsExactly("北辰银行");
    }

    @Test
    void aWordMissingFromTheSentenceTextIsAnErrorNamingTheLine(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.iob2");
        Files.writeString(f, "# text = 星澜科技\n1\t北辰\tB-ORG\t-\tx\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NerBenchmarks.uner(f)).isInstanceOf(IOException.class).hasMessageContaining("bad.iob2:2");
    }

    @Test
    void evalNerScoresTheSetsItFindsAndNamesTheOthers(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("uner-zh/GSDSIMP/zh_gsdsimp-ud-test.iob2");
        Files.createDirectories(f.getParent());
        Files.writeString(f, UNER, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new XinzhiCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("eval-ner", "--benchmarks", tmp.toString(), "--set", "uner-gsd,uner-gsdsimp");
        assertThat(code).isZero();
        assertThat(err.toString()).contains("skipped uner-gsd").doesNotContain("skipped msra");
        assertThat(out.toString()).contains("| UNER zh GSDSIMP test (simplified) | 2 | ORG | 3 |");
        assertThat(new CommandLine(new XinzhiCommand()).setErr(new PrintWriter(new StringWriter()))
                .execute("eval-ner", "--set", "nope")).isEqualTo(2);
    }

    @Test
    void msraBioGivesOrgSpansAndSplitsSentencesAtBlankLines(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("msra.txt");
        Files.writeString(f, String.join("\n",
                "北\tB-ORG", "辰\tI-ORG", "银\tI-ORG", "行\tI-ORG", "在\tO", "杭\tB-LOC", "州\tI-LOC",
                "星\tB-ORG", "澜\tI-ORG", "。\tO", "", "好\tO", ""), StandardCharsets.UTF_8);
        List<NerBenchmarks.Sentence> s = NerBenchmarks.msra(f);
        assertThat(s).extracting(NerBenchmarks.Sentence::text).containsExactly("北辰银行在杭州星澜。", "好");
        assertThat(s.get(0).orgs()).extracting(o -> s.get(0).text().substring(o[0], o[1])).containsExactly("北辰银行", "星澜");
        assertThat(s.get(1).orgs()).isEmpty();
    }

    @Test
    void clunerEndInclusiveOffsetsBecomeEndExclusiveAndOnlyTheChosenLabelsCount(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("dev.json");
        Files.writeString(f, String.join("\n",
                "{\"text\": \"北辰银行与星澜公司在杭州市政府签约\", \"label\": {\"company\": {\"北辰银行\": [[0, 3]], \"星澜公司\": [[5, 8]]},"
                        + " \"government\": {\"杭州市政府\": [[10, 14]]}, \"address\": {\"杭州\": [[10, 11]]}}}",
                "{\"text\": \"没有名字\", \"label\": {}}", ""), StandardCharsets.UTF_8);
        List<NerBenchmarks.Sentence> s = NerBenchmarks.cluener(f, EvalNerCommand.CLUENER_ORG);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).orgs()).extracting(o -> s.get(0).text().substring(o[0], o[1]))
                .containsExactlyInAnyOrder("北辰银行", "星澜公司", "杭州市政府");
        assertThat(s.get(1).orgs()).isEmpty();
    }

    @Test
    void goldFoldersAreScoredOnTheLeaveOneOutPredictionsWhenGivenAndSaySo(@TempDir Path tmp) throws IOException {
        Path shared = tmp.resolve("shared");
        Files.createDirectories(shared.resolve("devnews/docs"));
        Files.createDirectories(shared.resolve("devnews/gold"));
        Files.writeString(shared.resolve("devnews/docs/d1.txt"), "北辰银行投资星澜公司。", StandardCharsets.UTF_8);
        Files.writeString(shared.resolve("devnews/gold/d1.gold.jsonl"), String.join("\n",
                "{\"kind\": \"mention\", \"type\": \"ORG\", \"start\": 0, \"end\": 4, \"text\": \"北辰银行\"}",
                "{\"kind\": \"mention\", \"type\": \"ORG\", \"start\": 6, \"end\": 10, \"text\": \"星澜公司\"}", ""),
                StandardCharsets.UTF_8);
        Path loo = Files.createDirectories(tmp.resolve("loo"));
        Files.writeString(loo.resolve("d1.jsonl"), String.join("\n",
                "{\"kind\": \"document\", \"doc_id\": \"d1\"}",
                "{\"kind\": \"mention\", \"type\": \"ORG\", \"start\": 0, \"end\": 4, \"text\": \"北辰银行\"}",
                "{\"kind\": \"mention\", \"type\": \"ORG\", \"start\": 4, \"end\": 6, \"text\": \"投资\"}", ""),
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new XinzhiCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        int code = cmd.execute("bench-ner", "--shared", shared.toString(), "--set", "devnews", "--loo", loo.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("leave-one-document-out predictions read from " + loo)
                .contains("| devnews | 1 | ORG | 2 | 0.500 | 0.500 | 0.500 |");
    }
}
