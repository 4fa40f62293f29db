package org.xinzhi.text;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.github.houbb.opencc4j.support.segment.Segment;
import com.github.houbb.opencc4j.support.segment.impl.Segments;
import java.util.List;
import java.util.Map;

/**
 * Converts traditional to simplified phrase by phrase. Package-private so tests can plug in a
 * converter whose phrases change length.
 */
interface ScriptConverter {

    /** Splits a text into consecutive phrases, each converted as a unit; they concatenate to the text. */
    List<String> phrases(String text);

    /** The simplified form of one phrase (may be longer or shorter than the phrase). */
    String toSimplified(String phrase);

    /**
     * OpenCC4j's converter: its default phrase segmentation and data, looked up the way its
     * {@code DefaultUnitConvert} does (phrase table, else char by char), without segmenting each
     * phrase a second time as {@code toSimple(phrase)} would.
     */
    static ScriptConverter openCc() {
        return new ScriptConverter() {
            @Override
            public List<String> phrases(String text) {
                return OpenCc.SEGMENT.seg(text);
            }

            @Override
            public String toSimplified(String phrase) {
                List<String> whole = OpenCc.PHRASES.get(phrase);
                if (whole != null && !whole.isEmpty()) {
                    return whole.get(0);
                }
                Map<String, List<String>> charTable = OpenCc.CHARS;
                if (phrase.length() == 1) {
                    List<String> c = charTable.get(phrase);
                    return c == null || c.isEmpty() || c.get(0).length() != 1 ? phrase : c.get(0);
                }
                StringBuilder out = new StringBuilder(phrase.length());
                for (int i = 0; i < phrase.length(); i++) {
                    List<String> c = charTable.get(String.valueOf(phrase.charAt(i)));
                    out.append(c == null || c.isEmpty() || c.get(0).length() != 1 ? String.valueOf(phrase.charAt(i)) : c.get(0));
                }
                return out.toString();
            }
        };
    }

    /**
     * OpenCC's segmenter and tables, loaded on first use (the JVM's class initialization makes that
     * thread-safe): a simplified document never needs them, and loading them is a large part of a
     * cold start.
     */
    final class OpenCc {
        static final Segment SEGMENT = Segments.defaults();
        static final Map<String, List<String>> PHRASES;
        static final Map<String, List<String>> CHARS;

        static {
            IDataMap data = DataMaps.defaults();
            PHRASES = data.tsPhrase();
            CHARS = data.tsChar();
        }

        private OpenCc() {
        }
    }
}
