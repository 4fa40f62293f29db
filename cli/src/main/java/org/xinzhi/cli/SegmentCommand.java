package org.xinzhi.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xinzhi.segment.WordSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinzhi segment}: one sentence per line in, words separated by two spaces out (SIGHAN format). */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Segments one sentence per line into words separated by two spaces (the SIGHAN 2005 format).",
            "Words keep the original characters; segmentation runs on the normalized text (width folded,",
            "traditional converted to simplified) unless --no-convert is given.",
            "Exit code: 0 done, 1 input unreadable or not UTF-8, 2 usage error."})
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "UTF-8 text, one sentence per line (a BOM is dropped).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output, UTF-8, LF line ends.")
    Path out;

    @Option(names = "--no-convert", description = "Plain HanLP standard segmentation on the text as it is (no width folding, no conversion).")
    boolean noConvert;

    @Override
    public Integer call() {
        String text;
        try {
            text = TextFiles.readUtf8(in);
        } catch (IOException e) {
            spec.commandLine().getErr().println("xinzhi segment: " + in + ": " + TextFiles.reason(e));
            return 1;
        }
        WordSplitter splitter = noConvert ? WordSplitter.plain() : WordSplitter.converting();
        String[] lines = text.split("\r?\n|\r", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) {
            n--; // the final line break does not start another line
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (int i = 0; i < n; i++) {
                    w.write(String.join("  ", splitter.words(lines[i])));
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("xinzhi segment: " + out + ": " + TextFiles.reason(e));
            return 1;
        }
        return 0;
    }
}
