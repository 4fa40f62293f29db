package org.xinzhi.text;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Which CJK characters mark one script, computed from OpenCC4j's tables, so that script detection
 * is a bit test per char instead of a dictionary lookup. A char is traditional when OpenCC's
 * traditional→simplified conversion changes it (發, 會, 臨: OpenCC's own isSimple/isTraditional
 * accept 發 and 會 as both, which would hide most traditional text), and simplified when only the
 * opposite conversion changes it (发, 会).
 *
 * <p>Computing the tables loads all of OpenCC's dictionaries (its 1 MB phrase list included), a
 * large part of a cold start, so the build computes them once ({@link BuildTables}, run by core's
 * build) into the resource {@value #RESOURCE}; without it (classes run straight from an IDE's
 * output) they are computed here, with the same result.
 */
final class ScriptChars {
    static final String RESOURCE = "org/xinzhi/text/script-chars.bin";
    private static final int MAGIC = 0x585a5343; // "XZSC"
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final BitSet TRADITIONAL_ONLY;
    private static final BitSet SIMPLIFIED_ONLY;

    static {
        BitSet[] tables = load();
        if (tables == null) {
            LoggerFactory.getLogger(ScriptChars.class).debug("{} not on the class path: computing the script tables from OpenCC", RESOURCE);
            tables = compute();
        }
        TRADITIONAL_ONLY = tables[0];
        SIMPLIFIED_ONLY = tables[1];
    }

    private ScriptChars() {
    }

    static boolean isTraditionalOnly(char c) {
        return c >= FIRST && c <= LAST && TRADITIONAL_ONLY.get(c - FIRST);
    }

    static boolean isSimplifiedOnly(char c) {
        return c >= FIRST && c <= LAST && SIMPLIFIED_ONLY.get(c - FIRST);
    }

    /** The tables in use: traditional-only, then simplified-only (bit i is char FIRST + i). */
    static BitSet[] tables() {
        return new BitSet[] {(BitSet) TRADITIONAL_ONLY.clone(), (BitSet) SIMPLIFIED_ONLY.clone()};
    }

    /** Both tables from OpenCC's dictionaries: traditional-only, then simplified-only. */
    static BitSet[] compute() {
        BitSet traditionalOnly = new BitSet(LAST - FIRST + 1);
        BitSet simplifiedOnly = new BitSet(LAST - FIRST + 1);
        // Conversion can only change a char that is a key of OpenCC's char or phrase tables, so only
        // those candidates are converted (a few thousand instead of every char in the range).
        IDataMap data = DataMaps.defaults();
        BitSet toSimpleKeys = singleCharKeys(data.tsChar(), data.tsPhrase());
        BitSet toTraditionalKeys = singleCharKeys(data.stChar(), data.stPhrase());
        for (int i = toSimpleKeys.nextSetBit(0); i >= 0; i = toSimpleKeys.nextSetBit(i + 1)) {
            String ch = String.valueOf((char) (i + FIRST));
            if (!ZhConverterUtil.toSimple(ch).equals(ch)) {
                traditionalOnly.set(i);
            }
        }
        toTraditionalKeys.andNot(traditionalOnly);
        for (int i = toTraditionalKeys.nextSetBit(0); i >= 0; i = toTraditionalKeys.nextSetBit(i + 1)) {
            String ch = String.valueOf((char) (i + FIRST));
            if (!ZhConverterUtil.toTraditional(ch).equals(ch)) {
                simplifiedOnly.set(i);
            }
        }
        return new BitSet[] {traditionalOnly, simplifiedOnly};
    }

    /** The resource form of {@link #compute()}. */
    static byte[] computeResource() {
        BitSet[] tables = compute();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            for (BitSet t : tables) {
                long[] words = t.toLongArray();
                out.writeInt(words.length);
                for (long w : words) {
                    out.writeLong(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tables from {@value #RESOURCE}, or null when it is missing or unreadable. */
    private static BitSet[] load() {
        InputStream in = ScriptChars.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != MAGIC) {
                return null;
            }
            BitSet[] tables = new BitSet[2];
            for (int t = 0; t < 2; t++) {
                long[] words = new long[data.readInt()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = data.readLong();
                }
                tables[t] = BitSet.valueOf(words);
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(ScriptChars.class).warn("{} unreadable, computing the script tables: {}", RESOURCE, e.toString());
            return null;
        }
    }

    @SafeVarargs
    private static BitSet singleCharKeys(Map<String, List<String>>... tables) {
        BitSet keys = new BitSet(LAST - FIRST + 1);
        for (Map<String, List<String>> table : tables) {
            for (String k : table.keySet()) {
                if (k.length() == 1 && k.charAt(0) >= FIRST && k.charAt(0) <= LAST) {
                    keys.set(k.charAt(0) - FIRST);
                }
            }
        }
        return keys;
    }
}
