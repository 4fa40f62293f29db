package org.xinzhi.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr: redrawn in place on a terminal; on a pipe or log file, one line per
 * tenth of the work, so logs stay readable.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean terminal;
    private int lastTenth = -1;

    ProgressBar(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(total, 1);
        this.terminal = System.console() != null;
    }

    /** Shows that {@code done} of the total are finished, the last one being {@code item}. */
    void step(int done, String item) {
        int filled = (int) ((long) WIDTH * done / total);
        int percent = (int) (100L * done / total);
        String bar = label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " " + percent + "%";
        if (terminal) {
            String tail = item == null ? "" : "  " + item;
            err.print("\r" + bar + (tail.length() > 40 ? tail.substring(0, 40) : tail) + "\u001B[K");
            if (done >= total) {
                err.println();
            }
        } else {
            int tenth = percent / 10;
            if (tenth != lastTenth || done >= total) {
                lastTenth = tenth;
                err.println(bar);
            }
        }
        err.flush();
    }

    /** Prints a message on its own line without garbling the bar. */
    void message(String text) {
        if (terminal) {
            err.print("\r\u001B[K");
        }
        err.println(text);
        err.flush();
    }
}
