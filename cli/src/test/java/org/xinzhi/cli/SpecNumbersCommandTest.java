package org.xinzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SpecNumbersCommandTest {

    @Test
    void valuesCompareWithinRoundingOfTheSpecs() {
        assertThat(SpecNumbersCommand.sameValue("350.333333333333", "350.3333333333333")).isTrue();
        assertThat(SpecNumbersCommand.sameValue("2.4%", "2.4%")).isTrue();
        assertThat(SpecNumbersCommand.sameValue("5E-06", "0.000005")).isTrue();
        assertThat(SpecNumbersCommand.sameValue("12", "12.1")).isFalse();
        assertThat(SpecNumbersCommand.sameValue("12", null)).isFalse();
    }

    @Test
    void runsThePublicSpecsWhenPresent() {
        Path repo = Path.of(System.getProperty("xinzhi.root", ".."));
        Path root = repo.resolve("../shared/benchmarks").normalize();
        if (!Files.isDirectory(root.resolve("recognizers-text-zh"))) {
            root = repo.resolve("../../shared/benchmarks").normalize(); // a worktree one level deeper
        }
        assumeTrue(Files.isDirectory(root.resolve("recognizers-text-zh")), "benchmarks not available");
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new XinzhiCommand());
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("spec-numbers", "--benchmarks", root.toString());
        assertThat(code).isZero();
        String table = out.toString();
        assertThat(table).contains("PercentModel.json", "CurrencyModel.json", "NumberModel.json", "duckling");
        // the percent spec is the one with a stated target (>= 95%)
        String percentLine = table.lines().filter(l -> l.startsWith("PercentModel.json")).findFirst().orElseThrow();
        double rate = Double.parseDouble(percentLine.replaceAll(".*\\s([0-9.]+)%$", "$1"));
        assertThat(rate).isGreaterThanOrEqualTo(95.0);
    }
}
