package org.xinzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.xinzhi.eval.SegmentationEvaluator;
import org.xinzhi.eval.SegmentationScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinzhi eval-seg}: SIGHAN word precision, recall, F1 and OOV recall. */
@Command(name = "eval-seg", mixinStandardHelpOptions = true,
        description = {"Scores a segmentation against SIGHAN gold: word precision, recall, F1, OOV recall and IV recall.",
            "OOV = gold words not in the training word list. Files are compared as one character stream",
            "(see docs/foundation.md). Exit code: 0 scored, 1 unreadable or mismatched files, 2 usage error."})
final class EvalSegCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold segmentation (words separated by whitespace).")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted segmentation, same format.")
    Path pred;

    @Option(names = "--words", required = true, paramLabel = "FILE", description = "Training word list, one word per line.")
    Path words;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SegmentationScore s;
        try {
            Set<String> vocabulary = SegmentationEvaluator.wordList(read(words));
            s = SegmentationEvaluator.score(read(gold), read(pred), vocabulary);
        } catch (IOException e) {
            err.println("xinzhi eval-seg: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("xinzhi eval-seg: " + gold + " vs " + pred + ": " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"gold_words\":%d,\"predicted_words\":%d,\"correct_words\":%d,\"precision\":%.6f,"
                            + "\"recall\":%.6f,\"f1\":%.6f,\"oov_rate\":%.6f,\"oov_recall\":%.6f,\"iv_recall\":%.6f,\"differing_chars\":%d}%n",
                    s.words().gold(), s.words().predicted(), s.words().matched(), s.words().precision(), s.words().recall(),
                    s.words().f1(), s.oovRate(), s.oov().recall(), s.inVocabulary().recall(), s.differingChars());
        } else {
            out.printf(Locale.ROOT, "gold words      %d%npredicted words %d%ncorrect words   %d%n", s.words().gold(),
                    s.words().predicted(), s.words().matched());
            out.printf(Locale.ROOT, "precision  %.4f%nrecall     %.4f%nF1         %.4f%n", s.words().precision(),
                    s.words().recall(), s.words().f1());
            out.printf(Locale.ROOT, "OOV rate   %.4f%nOOV recall %.4f%nIV recall  %.4f%n", s.oovRate(), s.oov().recall(),
                    s.inVocabulary().recall());
            if (s.differingChars() > 0) {
                out.printf(Locale.ROOT, "(%d characters differ between gold and prediction at the same position)%n", s.differingChars());
            }
        }
        out.flush();
        return 0;
    }

    private static String read(Path file) throws IOException {
        try {
            return TextFiles.readUtf8(file);
        } catch (IOException e) {
            throw new IOException(file + ": " + TextFiles.reason(e), e);
        }
    }
}
