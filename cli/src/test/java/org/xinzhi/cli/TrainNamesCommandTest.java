package org.xinzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.recognize.name.NameModel;
import picocli.CommandLine;

/** The name scorer's weights are reproducible: the same data gives the same weights, and the shipped ones come from the documented command. */
class TrainNamesCommandTest {

    @TempDir
    Path tmp;

    private static final Path REPO = Path.of(System.getProperty("xinzhi.root", "..")).toAbsolutePath().normalize();

    private static int run(String... args) {
        CommandLine cl = new CommandLine(new XinzhiCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private static NameModel read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return NameModel.read(in, p.toString());
        }
    }

    @Test
    void trainingTwiceOnTheSameDataGivesTheSameWeights() throws IOException {
        String data = REPO.resolve("corpus/news") + "=" + REPO.resolve("corpus/gold");
        Path a = tmp.resolve("a.tsv");
        Path b = tmp.resolve("b.tsv");
        assertThat(run("train-names", "--data", data, "--out", a.toString())).isZero();
        assertThat(run("train-names", "--data", data, "--out", b.toString())).isZero();
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        NameModel m = read(a);
        assertThat(m.size()).isGreaterThan(100);
        assertThat(m.header()).anyMatch(h -> h.contains("data: 5 documents of news"));
    }

    @Test
    void theShippedWeightsComeFromTheDocumentedCommand() throws IOException {
        Path devnews = REPO.resolve("../shared/devnews").normalize();
        if (!Files.isDirectory(devnews.resolve("gold"))) {
            devnews = REPO.resolve("../../shared/devnews").normalize(); // a worktree one level deeper
        }
        assumeTrue(Files.isDirectory(devnews.resolve("gold")), "../shared/devnews not available");
        Path out = tmp.resolve("model.tsv");
        // README: java -jar cli/target/xinzhi.jar train-names --data ../shared/devnews/docs=../shared/devnews/gold
        //             --data corpus/news=corpus/gold --out core/src/main/resources/org/xinzhi/recognize/name/name-model.tsv
        assertThat(run("train-names", "--data", devnews.resolve("docs") + "=" + devnews.resolve("gold"),
                "--data", REPO.resolve("corpus/news") + "=" + REPO.resolve("corpus/gold"), "--out", out.toString())).isZero();
        assertThat(read(out).fingerprint())
                .as("the shipped name-model.tsv is stale: retrain with the command above")
                .isEqualTo(NameModel.builtIn().fingerprint());
    }
}
