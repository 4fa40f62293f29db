package org.xinzhi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Spawns a fresh JVM (same java binary and class path as this one) and times it from spawn to the
 * line that starts with a given mark.
 */
final class ChildJvm {

    /** What the child printed on its mark line and how long after spawn that line came. */
    record Outcome(String line, double millisToMark, int exitCode, String output) {
    }

    private ChildJvm() {
    }

    static Outcome run(List<String> jvmArgs, Class<?> main, List<String> args, String mark, long timeoutSeconds) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        StringBuilder all = new StringBuilder();
        String found = null;
        double millis = Double.NaN;
        try {
            long t0 = System.nanoTime();
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (found == null && line.startsWith(mark)) {
                        millis = (System.nanoTime() - t0) / 1e6;
                        found = line;
                    }
                    all.append(line).append('\n');
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("child JVM " + main.getSimpleName() + " timed out");
            }
            if (found == null) {
                throw new IllegalStateException("child JVM " + main.getSimpleName() + " exited " + p.exitValue()
                        + " without a result:\n" + all);
            }
            return new Outcome(found, millis, p.exitValue(), all.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + cmd.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The value of {@code key=} in a mark line, e.g. field("HEAP peak_used_mb=80 ...", "peak_used_mb"). */
    static String field(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "?";
    }
}
