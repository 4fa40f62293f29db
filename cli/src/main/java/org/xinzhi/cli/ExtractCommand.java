package org.xinzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.json.Json;
import org.xinzhi.lexicon.LexiconException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinzhi extract}: documents in, one JSON Lines file per document out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts mentions and facts from .txt files (UTF-8) and writes DIR/<stem>.jsonl per document.",
            "Without --out, the JSON Lines go to standard output.",
            "A file that cannot be read or is not valid UTF-8 is named on stderr and skipped.",
            "Exit code: 0 all files extracted, 1 some failed, 2 usage error."})
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the <stem>.jsonl files (created if missing).")
    Path out;

    @Option(names = "--explain", description = {"Also write why: an \"evidence\" object (score, sources, rule ids, cue spans)",
        "on every mention and fact line, and one \"rejected\" line per name candidate that lost, with the resolver's reason."})
    boolean explain;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() throws Exception {
        input.validate(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        TextFiles.Inputs inputs = TextFiles.expand(input.paths, ".txt");
        int failed = 0;
        for (TextFiles.Problem p : inputs.problems()) {
            err.println("xinzhi extract: skipped " + p);
            failed++;
        }
        Extractor extractor;
        try {
            extractor = input.builder().explain(explain).build();
        } catch (LexiconException e) {
            err.println("xinzhi extract: bad lexicon, nothing extracted:");
            e.errors().forEach(x -> err.println("  " + x));
            return 1;
        }
        Map<String, Path> stems = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path f : inputs.files()) {
            String stem = Json.docIdOf(f);
            Path previous = stems.putIfAbsent(stem, f);
            if (previous != null && out != null) {
                err.println("xinzhi extract: skipped " + f + ": same name as " + previous + " (would overwrite " + stem + ".jsonl)");
                failed++;
            } else {
                files.add(f);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(input.threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> extractOne(extractor, f)));
            }
            int done = 0;
            int extracted = 0;
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String jsonLines = null;
                try {
                    jsonLines = results.get(i).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String why = cause instanceof IOException io ? TextFiles.reason(io) : String.valueOf(cause);
                    err.println("xinzhi extract: skipped " + f + ": " + why);
                    failed++;
                }
                done++;
                if (jsonLines != null) {
                    extracted++;
                }
                if (jsonLines != null && out == null) {
                    stdout.print(jsonLines);
                    stdout.flush();
                }
                if (inputs.anyFolder()) {
                    err.println("[" + done + "/" + files.size() + "] " + f + (jsonLines == null ? " FAILED" : ""));
                    err.flush();
                }
            }
            if (inputs.anyFolder() || failed > 0) {
                err.println("xinzhi extract: " + extracted + " extracted, " + failed + " failed");
            }
        } finally {
            pool.shutdownNow();
        }
        return failed == 0 ? 0 : 1;
    }

    /** Extracts one file; writes DIR/stem.jsonl and returns null, or returns the JSON Lines when printing. */
    private String extractOne(Extractor extractor, Path file) throws IOException {
        String text = TextFiles.readUtf8(file);
        String stem = Json.docIdOf(file);
        Extraction e = extractor.extract(Document.of(stem, text));
        if (out == null) {
            return Json.toJsonLines(e, explain);
        }
        Json.write(e, out.resolve(stem + ".jsonl"), explain);
        return "";
    }
}
