package org.xinzhi.bench;

import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;

/**
 * Child JVM for the cold-start figure: builds an extractor with the built-in lexicons, extracts one
 * sentence and prints one line. The parent times from process spawn to that line.
 */
public final class ColdStart {
    static final String MARK = "FIRST_RESULT";

    private ColdStart() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Extractor extractor = Extractor.builder().build();
        long built = System.nanoTime();
        Extraction e = extractor.extract(Document.of("cold", "临港新片区管委会表示，2023年规上工业总产值达到1234.5亿元，同比增长12.5%。"));
        long done = System.nanoTime();
        System.out.println(MARK + " tokens=" + e.tokens().size() + " mentions=" + e.mentions().size()
                + " build_ms=" + (built - t0) / 1_000_000 + " first_extract_ms=" + (done - built) / 1_000_000);
        System.out.flush();
    }
}
