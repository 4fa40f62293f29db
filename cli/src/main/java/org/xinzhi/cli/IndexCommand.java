package org.xinzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.xinzhi.Extractor;
import org.xinzhi.index.FactIndex;
import org.xinzhi.lexicon.LexiconException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinzhi index}: extract .txt files and index their facts. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Extracts facts from .txt files (UTF-8) and indexes them in the Lucene index DIR (created if missing).",
            "Re-indexing a document replaces its facts; an interrupted run, run again, leaves one copy of each fact.",
            "A file that cannot be read or is not valid UTF-8 is named on stderr and skipped (its facts already in the index are kept).",
            "With --prune, facts of documents that are no longer among the inputs are removed.",
            "Exit code: 0 all files indexed, 1 some skipped, 2 usage error."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path indexDir;


    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100", description = "Commit after every N documents (default ${DEFAULT-VALUE}).")
    int commitEvery;


    @Option(names = "--prune", description = {"After indexing, remove the facts of every document whose file is not among the inputs (deleted or renamed files).",
        "Refused when an input folder could not be listed, so nothing is removed by mistake."})
    boolean prune;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() throws Exception {
        input.validate(spec.commandLine());
        if (commitEvery < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--commit-every must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor;
        try {
            extractor = input.extractor();
        } catch (LexiconException e) {
            err.println("xinzhi index: bad lexicon, nothing indexed:");
            e.errors().forEach(x -> err.println("  " + x));
            err.flush();
            return 1;
        }
        FolderIndexer.Result r;
        int size;
        int pruned = 0;
        FactIndex index;
        try {
            index = FactIndex.open(indexDir, commitEvery);
        } catch (IOException e) {
            err.println("xinzhi index: cannot open index " + indexDir + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        try (index) {
            r = new FolderIndexer(extractor, input.threads, null).run(input.paths, index, "index", err);
            if (prune) {
                pruned = prune(index, r, err);
            }
            size = index.size();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            err.println("xinzhi index: cannot write index " + indexDir + ": " + TextFiles.reason(e instanceof IOException io ? io : new IOException(e.getMessage())));
            err.flush();
            return 1;
        }
        err.println("xinzhi index: " + r.documents() + " documents, " + r.facts() + " facts indexed, "
                + r.skipped() + " skipped" + (prune ? ", " + Math.max(pruned, 0) + " documents pruned" : "")
                + "; " + indexDir + " holds " + size + " facts");
        err.flush();
        return r.skipped() == 0 && pruned >= 0 ? 0 : 1;
    }

    /** Deletes documents not among the inputs; -1 when refused. */
    private static int prune(FactIndex index, FolderIndexer.Result r, PrintWriter err) throws IOException {
        if (r.unlisted() > 0) {
            err.println("xinzhi index: --prune refused: " + r.unlisted() + " input(s) could not be listed, nothing removed");
            return -1;
        }
        Set<String> present = new HashSet<>(r.ids());
        int removed = 0;
        for (String id : index.documentIds()) {
            if (!present.contains(id)) {
                index.delete(id);
                removed++;
            }
        }
        index.commit();
        return removed;
    }
}
