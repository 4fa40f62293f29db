package org.xinzhi.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xinzhi.eval.Evaluation;
import org.xinzhi.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinzhi eval}: scores a folder of predictions against a folder of gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores predictions (<stem>.jsonl) against gold (<stem>.gold.jsonl): per type and micro-averaged",
            "precision/recall/F1 for exact and overlapping spans, agreement of numeric values, units and qualifiers,",
            "and fact (subject, value) F1 with predicate and time agreement. Rules: docs/foundation.md.",
            "Exit code: 0 scored, 1 a file could not be read, 2 usage error."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold .jsonl files.")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Folder of predicted .jsonl files.")
    Path pred;

    @Option(names = "--json", description = "Print JSON (for scripts) instead of a table.")
    boolean json;

    @Option(names = "--by-source", description = {"Also precision and recall of each source of ORG and PARK names",
        "(lexicon, suffix, role-tag, alias, ...), read from the evidence of predictions written by extract --explain."})
    boolean bySource;

    @Override
    public Integer call() {
        Evaluation e;
        try {
            e = Evaluator.evaluate(gold, pred, bySource);
        } catch (IOException ex) {
            spec.commandLine().getErr().println("xinzhi eval: " + TextFiles.reason(ex));
            return 1;
        }
        spec.commandLine().getOut().print(json ? e.toJson() : e.toTable());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
