package org.xinzhi.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The built-in lexicons as the lexicons module's build leaves them (resource {@value #RESOURCE}):
 * the entries of every built-in file, normalized and merged, before STOP entries apply. Reading
 * them is a fraction of parsing ~16k TSV lines and normalizing every term with OpenCC, which made
 * up most of a cold start.
 *
 * <p>The file is used only when its fingerprint matches: a CRC-32 over the built-in index and
 * files as the class path has them now and over the classes and tables that parse and normalize
 * them. Anything else (an edited or shadowed TSV, a changed parser) falls back to parsing, which
 * gives the same entries, more slowly.
 *
 * <p>Layout: magic, the length of the number stream, the number stream (version, fingerprint, the
 * source file names, then the entries; unsigned varints), then one UTF-8 pool with every string;
 * a string is its char count in the number stream, the strings follow each other in the pool.
 */
final class PrebuiltLexicons {
    static final String RESOURCE = LexiconSet.BUILT_IN_FOLDER + "built-in.bin";
    private static final int MAGIC = 0x585a4c58; // "XZLX"
    private static final int VERSION = 1;
    /** Class files and tables whose bytes decide how a built-in line becomes an entry. */
    private static final List<String> CODE = List.of(
            "org/xinzhi/lexicon/LexiconSet.class",
            "org/xinzhi/lexicon/LexiconSet$Builder.class",
            "org/xinzhi/lexicon/LexiconParser.class",
            "org/xinzhi/lexicon/TermNormalizer.class",
            "org/xinzhi/lexicon/LexiconEntry.class",
            "org/xinzhi/lexicon/EntryType.class",
            "org/xinzhi/lexicon/PrebuiltLexicons.class",
            "org/xinzhi/text/TextNormalizer.class",
            "org/xinzhi/text/ScriptConverter.class",
            "org/xinzhi/text/ScriptChars.class",
            "org/xinzhi/text/script-chars.bin",
            "data/dictionary/TSCharacters.txt",
            "data/dictionary/TSPhrases.txt");

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
        for (String name : all) {
            byte[] bytes = read(loader, name);
            if (bytes == null) {
                return -1;
            }
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(bytes);
            crc.update(0);
        }
        return crc.getValue();
    }

    static byte[] read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** The file's bytes for the merged built-in entries (in merge order) read from {@code files}. */
    static byte[] write(long fingerprint, List<String> files, List<LexiconEntry> entries) {
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
        return w.finish();
    }

    /**
     * The entries of {@code bytes} if they were written for {@code fingerprint}, else null.
     *
     * @throws IllegalArgumentException when the bytes are not a well-formed file
     */
    static List<LexiconEntry> read(byte[] bytes, long fingerprint) {
        Reader r = new Reader(bytes);
        if (!r.start() || r.varint() != VERSION || r.fixed64() != fingerprint) {
            return null;
        }
        String[] files = new String[r.varint()];
        for (int i = 0; i < files.length; i++) {
            files[i] = r.string();
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
            int line = r.varint();
            out.add(new LexiconEntry(surface, type, canonical, aliases, attrs, file + ":" + line));
        }
        r.end();
        return out;
    }

    /** Numbers go to one stream, strings to a pool written after it. */
    private static final class Writer {
        private final ByteArrayOutputStream numbers = new ByteArrayOutputStream();
        private final StringBuilder pool = new StringBuilder();

        void fixed32(int v) {
            fixed32(numbers, v);
        }

        private static void fixed32(ByteArrayOutputStream out, int v) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write(v >>> shift);
            }
        }

        void fixed64(long v) {
            fixed32((int) (v >>> 32));
            fixed32((int) v);
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

        /** magic, length of the number stream, the number stream, the pool. */
        byte[] finish() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fixed32(out, MAGIC);
            fixed32(out, numbers.size());
            out.writeBytes(numbers.toByteArray());
            out.writeBytes(pool.toString().getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int pos;
        private int numbersEnd;
        private String pool;
        private int poolPos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
            this.numbersEnd = Math.min(8, bytes.length);
        }

        /** Reads the magic number; the rest is read only when it matches. */
        boolean start() {
            if (fixed32() != MAGIC) {
                return false;
            }
            int n = fixed32();
            if (n < 0 || n > bytes.length - 8) {
                throw new IllegalArgumentException("truncated");
            }
            numbersEnd = 8 + n;
            pool = new String(bytes, numbersEnd, bytes.length - numbersEnd, StandardCharsets.UTF_8);
            return true;
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

        void end() {
            if (pos != numbersEnd || poolPos != pool.length()) {
                throw new IllegalArgumentException("trailing bytes");
            }
        }
    }
}
