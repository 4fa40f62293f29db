package org.xinzhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xinzhi.Extractor;
import org.xinzhi.index.FactIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinzhi index}: extract .txt files and index their facts. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Extracts facts from .txt files (UTF-8) and indexes them in the Lucene index DIR (created if missing).",
            "Re-indexing a document replaces its facts; an interrupted run, run again, leaves one copy of each fact.",
            "A file that cannot be read or is not valid UTF-8 is named on stderr and skipped.",
            "Exit code: 0 all files indexed, 1 some skipped, 2 usage error."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path indexDir;


    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100", description = "Commit after every N documents (default ${DEFAULT-VALUE}).")
    int commitEvery;


    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() throws Exception {
        input.validate(spec.commandLine());
        if (commitEvery < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--commit-every must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = input.extractor();
        FolderIndexer.Result r;
        int size;
        try (FactIndex index = FactIndex.open(indexDir, commitEvery)) {
            r = new FolderIndexer(extractor, input.threads, null).run(input.paths, index, "index", err);
            size = index.size();
        }
        err.println("xinzhi index: " + r.documents() + " documents, " + r.facts() + " facts indexed, "
                + r.skipped() + " skipped; " + indexDir + " holds " + size + " facts");
        err.flush();
        return r.skipped() == 0 ? 0 : 1;
    }
}
