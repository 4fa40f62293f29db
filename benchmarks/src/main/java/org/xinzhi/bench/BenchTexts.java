package org.xinzhi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xinzhi.Document;

/**
 * The texts every benchmark reads, loaded at run time (the SIGHAN sets are research-only and are
 * never copied into the repository).
 */
public final class BenchTexts {

    /** The four SIGHAN 2005 test files (AS and CityU are traditional, MSR and PKU simplified). */
    public static final List<String> SIGHAN_FILES = List.of("as_test.utf8", "cityu_test.utf8", "msr_test.utf8", "pku_test.utf8");

    private BenchTexts() {
    }

    /** A named list of documents plus its size. */
    public record TextSet(String name, List<Document> docs, long chars, long utf8Bytes) {
        static TextSet of(String name, List<Document> docs) {
            long chars = 0;
            long bytes = 0;
            for (Document d : docs) {
                chars += d.text().length();
                bytes += utf8Length(d.text());
            }
            return new TextSet(name, List.copyOf(docs), chars, bytes);
        }

        /** The distinct texts (repeats share one String instance). */
        public List<String> distinctTexts() {
            List<String> out = new ArrayList<>();
            java.util.Set<String> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Document d : docs) {
                if (seen.add(d.text())) {
                    out.add(d.text());
                }
            }
            return out;
        }
    }

    /** The repository root: -Dxinzhi.root, else the working directory or its parent holding corpus/. */
    public static Path repoRoot() {
        String prop = System.getProperty("xinzhi.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("corpus/news"))) {
                return p;
            }
        }
        return here;
    }

    /**
     * Where the SIGHAN 2005 test files are: -Dxinzhi.sighan, else shared/benchmarks/sighan2005/testing
     * beside the repository (../shared) or beside its parent (../../shared, for git worktrees).
     * May not exist; callers check.
     */
    public static Path sighanDir(Path root) {
        String prop = System.getProperty("xinzhi.sighan");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        Path near = root.resolve("../shared/benchmarks/sighan2005/testing").normalize();
        Path far = root.resolve("../../shared/benchmarks/sighan2005/testing").normalize();
        return Files.isDirectory(near) || !Files.isDirectory(far) ? near : far;
    }

    /** The corpus documents once, in file-name order, with the file stem as id. */
    public static List<Document> corpus(Path newsDir) {
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(newsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
                out.add(Document.of(stem, read(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + newsDir, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no *.txt documents in " + newsDir);
        }
        return out;
    }

    /**
     * The corpus repeated until it holds at least {@code minUtf8Bytes} bytes of UTF-8, each copy
     * under its own document id (r0001/000_xxx ...). Copies share the text instance, so a 100 MB
     * set costs no more memory than the corpus itself.
     */
    public static TextSet repeated(List<Document> corpus, long minUtf8Bytes) {
        long once = 0;
        for (Document d : corpus) {
            once += utf8Length(d.text());
        }
        long copies = Math.max(1, (minUtf8Bytes + once - 1) / once);
        List<Document> docs = new ArrayList<>((int) (copies * corpus.size()));
        for (long r = 0; r < copies; r++) {
            for (Document d : corpus) {
                docs.add(new Document(String.format("r%05d/%s", r, d.id()), d.text(), d.published()));
            }
        }
        return TextSet.of("corpus/news ×" + copies, docs);
    }

    /**
     * The SIGHAN 2005 test files, each cut at line breaks into documents of about
     * {@code docChars} characters (news-article size), BOM dropped and CRLF read as LF.
     */
    public static TextSet sighan(Path testingDir, int docChars) {
        List<Document> docs = new ArrayList<>();
        for (String name : SIGHAN_FILES) {
            Path f = testingDir.resolve(name);
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("missing SIGHAN test file " + f);
            }
            String text = read(f).replace("\r\n", "\n");
            int part = 0;
            int pos = 0;
            while (pos < text.length()) {
                int end = Math.min(text.length(), pos + docChars);
                int nl = text.indexOf('\n', end);
                end = nl < 0 ? text.length() : nl + 1;
                docs.add(Document.of(name.replace("_test.utf8", "") + "/" + part++, text.substring(pos, end)));
                pos = end;
            }
        }
        return TextSet.of("SIGHAN 2005 test (as+cityu+msr+pku)", docs);
    }

    static String read(Path f) {
        try {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
