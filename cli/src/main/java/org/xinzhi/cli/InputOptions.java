package org.xinzhi.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xinzhi.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads documents shares: inputs, threads, user lexicons. */
final class InputOptions {

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Documents extracted in parallel (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--lexicons", paramLabel = "PATH", description = "Extra lexicon TSV files or folders, merged over the built-in ones.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--fast", description = "Fast mode: plain HanLP segmentation without its organization/place role tags (faster, slightly lower ORG recall).")
    boolean fast;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".txt files or folders (searched recursively for *.txt).")
    List<Path> paths;

    /** Checks --threads; a bad value is a usage error (exit 2). */
    void validate(CommandLine cmd) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(cmd, "--threads must be at least 1");
        }
    }

    /** An extractor with the built-in lexicons and the user's. */
    Extractor extractor() {
        return builder().build();
    }

    /** The builder of {@link #extractor()}, for commands that set more. */
    Extractor.Builder builder() {
        return Extractor.builder().lexicons(lexicons.toArray(Path[]::new)).hanlpRoleTags(!fast);
    }
}
