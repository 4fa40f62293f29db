package org.xinzhi.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The built-in lexicons as the lexicons module's build leaves them (resource {@value #RESOURCE}):
 * the entries of every built-in file, normalized and merged, before STOP entries apply, and the
 * automaton over the ORG and PARK names of the built-in set alone. Reading them is a fraction of
 * parsing ~16k TSV lines, normalizing every term with OpenCC and building the automaton, which
 * made up most of a cold start.
 *
 * <p>The file is used only when its fingerprint matches: a CRC-32 over the built-in index and
 * files as the class path has them now and over the classes and tables that parse, normalize and
 * match them. Anything else (an edited or shadowed TSV, a changed parser) falls back to parsing,
 * which gives the same entries, more slowly. The automaton is used only for a set made of the
 * built-in lexicons alone (user lexicons change the names).
 *
 * <p>Layout: magic, then three sections each preceded by its byte length (numbers: version,
 * fingerprint, file names, entries, the automaton's terminal states, as unsigned varints; raw: the
 * automaton's int and char arrays, big-endian; pool: every string, UTF-8, one after the other, a
 * string being its char count in the number section), then a CRC-32 of all that.
 */
final class PrebuiltLexicons {
    static final String RESOURCE = LexiconSet.BUILT_IN_FOLDER + "built-in.bin";
    private static final int MAGIC = 0x585a4c58; // "XZLX"
    private static final int VERSION = 2;
    /** Class files and tables whose bytes decide how a built-in line becomes an entry and a match. */
    private static final List<String> CODE = List.of(
            "org/xinzhi/lexicon/LexiconSet.class",
            "org/xinzhi/lexicon/LexiconSet$Builder.class",
            "org/xinzhi/lexicon/LexiconParser.class",
            "org/xinzhi/lexicon/TermNormalizer.class",
            "org/xinzhi/lexicon/LexiconEntry.class",
            "org/xinzhi/lexicon/EntryType.class",
            "org/xinzhi/lexicon/LexiconMatcher.class",
            "org/xinzhi/lexicon/AhoCorasick.class",
            "org/xinzhi/lexicon/PrebuiltLexicons.class",
            "org/xinzhi/text/TextNormalizer.class",
            "org/xinzhi/text/ScriptConverter.class",
            "org/xinzhi/text/ScriptChars.class",
            "org/xinzhi/text/script-chars.bin",
            "data/dictionary/TSCharacters.txt",
            "data/dictionary/TSPhrases.txt");

    /** The types of the prebuilt automaton, in the order {@link LexiconSet#matcher} is asked for them. */
    static final EntryType[] NAME_TYPES = {EntryType.ORG, EntryType.PARK};

    /** What the file holds. */
    record Prebuilt(List<LexiconEntry> entries, Names names) {
    }

    /**
     * The automaton over the names of the built-in set alone ({@link #NAME_TYPES}); a state's value
     * is given as indexes into those types' entries, concatenated.
     */
    record Names(int nameCount, int[] parent, char[] edgeChar, int[] fail, int[] outLink, int[] terminals, int[][] entryIndexes) {

        /** The matcher {@code LexiconSet.matcher(ORG, PARK)} would build over {@code names}. */
        LexiconMatcher matcher(List<LexiconEntry> names) {
            if (names.size() != nameCount) {
                throw new IllegalStateException("prebuilt automaton for " + nameCount + " names, set has " + names.size());
            }
            Object[] values = new Object[parent.length];
            for (int i = 0; i < terminals.length; i++) {
                int[] idx = entryIndexes[i];
                LexiconEntry[] es = new LexiconEntry[idx.length];
                for (int k = 0; k < idx.length; k++) {
                    es[k] = names.get(idx[k]);
                }
                values[terminals[i]] = es;
            }
            return new LexiconMatcher(new AhoCorasick<LexiconEntry[]>(parent, edgeChar, fail, outLink, values));
        }
    }

    private PrebuiltLexicons() {
    }

    /**
     * The fingerprint of the built-in index, the files it names and {@link #CODE}, as {@code loader}
     * sees them; -1 when one of them is missing.
     */
    static long fingerprint(ClassLoader loader, byte[] index, List<String> files) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(index);
        List<String> all = new ArrayList<>(files);
        all.addAll(CODE);
        byte[] buffer = new byte[1 << 16]; // streamed: the files need not be held in memory
        for (String name : all) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    return -1;
                }
                crc.update(name.getBytes(StandardCharsets.UTF_8));
                crc.update(0);
                for (int n; (n = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, n);
                }
                crc.update(0);
            }
        }
        return crc.getValue();
    }

    static byte[] read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /**
     * The file's bytes for the merged built-in entries (in merge order) read from {@code files}, and
     * for {@code set}, the lexicon set those entries alone make.
     */
    static byte[] write(long fingerprint, List<String> files, List<LexiconEntry> entries, LexiconSet set) {
        Writer w = new Writer();
        w.varint(VERSION);
        w.fixed64(fingerprint);
        w.varint(files.size());
        for (String f : files) {
            w.string(f);
        }
        Map<String, Integer> fileIndex = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileIndex.put(files.get(i), i);
        }
        w.varint(entries.size());
        for (LexiconEntry e : entries) {
            int colon = e.source().lastIndexOf(':');
            Integer file = fileIndex.get(e.source().substring(0, colon));
            if (file == null) {
                throw new IllegalArgumentException("entry from outside the built-in files: " + e.source());
            }
            w.string(e.surface());
            w.varint(e.type().ordinal());
            if (e.canonical().equals(e.surface())) {
                w.varint(0);
            } else {
                w.varint(1);
                w.string(e.canonical());
            }
            w.varint(e.aliases().size());
            for (String a : e.aliases()) {
                w.string(a);
            }
            w.varint(e.attributes().size());
            for (Map.Entry<String, String> kv : e.attributes().entrySet()) {
                w.string(kv.getKey());
                w.string(kv.getValue());
            }
            w.varint(file);
            w.varint(Integer.parseInt(e.source().substring(colon + 1)));
        }
        writeNames(w, set);
        return w.finish();
    }

    private static void writeNames(Writer w, LexiconSet set) {
        List<LexiconEntry> names = set.namesOf(NAME_TYPES);
        AhoCorasick<LexiconEntry[]> automaton = set.matcher(NAME_TYPES).automaton();
        if (automaton == null) {
            w.varint(0);
            return;
        }
        w.varint(1);
        w.varint(names.size());
        Map<LexiconEntry, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] parent = automaton.parents();
        Object[] values = automaton.stateValues();
        w.varint(parent.length);
        w.ints(parent);
        w.ints(automaton.failLinks());
        w.ints(automaton.outLinks());
        w.chars(automaton.edgeChars());
        int terminals = 0;
        for (Object v : values) {
            terminals += v == null ? 0 : 1;
        }
        w.varint(terminals);
        for (int s = 0; s < values.length; s++) {
            if (values[s] != null) {
                LexiconEntry[] es = (LexiconEntry[]) values[s];
                w.varint(s);
                w.varint(es.length);
                for (LexiconEntry e : es) {
                    w.varint(index.get(e));
                }
            }
        }
    }

    /**
     * What {@code bytes} hold if they were written for {@code fingerprint}, else null.
     *
     * @throws IllegalArgumentException when the bytes are not a well-formed file
     */
    static Prebuilt read(byte[] bytes, long fingerprint) {
        Reader r = new Reader(bytes);
        if (!r.start() || r.varint() != VERSION || r.fixed64() != fingerprint) {
            return null;
        }
        String[] files = new String[r.varint()];
        for (int i = 0; i < files.length; i++) {
            files[i] = r.string() + ":";
        }
        EntryType[] types = EntryType.values();
        int n = r.varint();
        List<LexiconEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String surface = r.string();
            EntryType type = types[r.varint()];
            String canonical = r.varint() == 0 ? surface : r.string();
            int aliasCount = r.varint();
            List<String> aliases = aliasCount == 0 ? List.of() : new ArrayList<>(aliasCount);
            for (int k = 0; k < aliasCount; k++) {
                aliases.add(r.string());
            }
            int attrCount = r.varint();
            Map<String, String> attrs = attrCount == 0 ? Map.of() : new LinkedHashMap<>();
            for (int k = 0; k < attrCount; k++) {
                attrs.put(r.string(), r.string());
            }
            String file = files[r.varint()];
            String source = file.concat(Integer.toString(r.varint()));
            out.add(new LexiconEntry(surface, type, canonical, aliases, attrs, source));
        }
        Names names = null;
        if (r.varint() == 1) {
            int nameCount = r.varint();
            int states = r.varint();
            int[] parent = r.ints(states);
            int[] fail = r.ints(states);
            int[] outLink = r.ints(states);
            char[] edgeChar = r.chars(states);
            int[] terminals = new int[r.varint()];
            int[][] entryIndexes = new int[terminals.length][];
            for (int i = 0; i < terminals.length; i++) {
                terminals[i] = r.varint();
                int[] idx = new int[r.varint()];
                for (int k = 0; k < idx.length; k++) {
                    idx[k] = r.varint();
                }
                entryIndexes[i] = idx;
            }
            names = new Names(nameCount, parent, edgeChar, fail, outLink, terminals, entryIndexes);
        }
        r.end();
        return new Prebuilt(out, names);
    }

    /** Numbers, raw arrays and strings go to three sections. */
    private static final class Writer {
        private final ByteArrayOutputStream numbers = new ByteArrayOutputStream();
        private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
        private final StringBuilder pool = new StringBuilder();

        private static void fixed32(ByteArrayOutputStream out, int v) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write(v >>> shift);
            }
        }

        void fixed64(long v) {
            fixed32(numbers, (int) (v >>> 32));
            fixed32(numbers, (int) v);
        }

        void varint(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            while (v >= 0x80) {
                numbers.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            numbers.write(v);
        }

        void string(String s) {
            varint(s.length());
            pool.append(s);
        }

        void ints(int[] values) {
            for (int v : values) {
                fixed32(raw, v);
            }
        }

        void chars(char[] values) {
            for (char c : values) {
                raw.write(c >>> 8);
                raw.write(c);
            }
        }

        byte[] finish() {
            byte[] text = pool.toString().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fixed32(out, MAGIC);
            fixed32(out, numbers.size());
            out.writeBytes(numbers.toByteArray());
            fixed32(out, raw.size());
            out.writeBytes(raw.toByteArray());
            fixed32(out, text.length);
            out.writeBytes(text);
            CRC32 crc = new CRC32();
            crc.update(out.toByteArray());
            fixed32(out, (int) crc.getValue());
            return out.toByteArray();
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int pos;
        private int numbersEnd;
        private int rawPos;
        private int rawEnd;
        private String pool;
        private int poolPos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
            this.numbersEnd = Math.min(4, bytes.length);
        }

        /** Reads the magic number, then checks and splits the sections when it matches. */
        boolean start() {
            if (fixed32() != MAGIC) {
                return false;
            }
            if (bytes.length < 20) {
                throw new IllegalArgumentException("truncated");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
                throw new IllegalArgumentException("checksum mismatch");
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            int numbersLength = section(b, 4);
            numbersEnd = 8 + numbersLength;
            int rawLength = section(b, numbersEnd);
            rawPos = numbersEnd + 4;
            rawEnd = rawPos + rawLength;
            int poolLength = section(b, rawEnd);
            if (rawEnd + 4 + poolLength != bytes.length - 4) {
                throw new IllegalArgumentException("sections do not fill the file");
            }
            pool = new String(bytes, rawEnd + 4, poolLength, StandardCharsets.UTF_8);
            pos = 8;
            return true;
        }

        /** The length stored at {@code at}, checked against the file. */
        private int section(ByteBuffer b, int at) {
            if (at < 0 || at + 4 > bytes.length - 4) {
                throw new IllegalArgumentException("truncated");
            }
            int n = b.getInt(at);
            if (n < 0 || n > bytes.length - 8 - at) {
                throw new IllegalArgumentException("truncated");
            }
            return n;
        }

        int fixed32() {
            if (pos + 4 > numbersEnd) {
                throw new IllegalArgumentException("truncated");
            }
            int v = ((bytes[pos] & 0xff) << 24) | ((bytes[pos + 1] & 0xff) << 16) | ((bytes[pos + 2] & 0xff) << 8) | (bytes[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        long fixed64() {
            long hi = fixed32() & 0xffffffffL;
            return (hi << 32) | (fixed32() & 0xffffffffL);
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (pos >= numbersEnd) {
                    throw new IllegalArgumentException("truncated");
                }
                byte b = bytes[pos++];
                v |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("malformed number");
        }

        String string() {
            int n = varint();
            if (n > pool.length() - poolPos) {
                throw new IllegalArgumentException("truncated");
            }
            String s = pool.substring(poolPos, poolPos + n);
            poolPos += n;
            return s;
        }

        /** {@code n} ints of the raw section, in one bulk copy. */
        int[] ints(int n) {
            if (n < 0 || (long) n * 4 > rawEnd - rawPos) {
                throw new IllegalArgumentException("truncated");
            }
            int[] out = new int[n];
            ByteBuffer.wrap(bytes, rawPos, n * 4).asIntBuffer().get(out);
            rawPos += n * 4;
            return out;
        }

        char[] chars(int n) {
            if (n < 0 || (long) n * 2 > rawEnd - rawPos) {
                throw new IllegalArgumentException("truncated");
            }
            char[] out = new char[n];
            ByteBuffer.wrap(bytes, rawPos, n * 2).asCharBuffer().get(out);
            rawPos += n * 2;
            return out;
        }

        void end() {
            if (pos != numbersEnd || rawPos != rawEnd || poolPos != pool.length()) {
                throw new IllegalArgumentException("trailing bytes");
            }
        }
    }
}
