package org.xinzhi.fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of the fact rules, read once from {@code org/xinzhi/fact/fact-words.tsv}: one
 * {@code class<TAB>word} per line, {@code #} comments. Words are in simplified (normalized) form.
 * Each list is returned longest word first, so a prefix test finds the longest match. Immutable.
 */
final class FactWords {

    static final String RESOURCE = "org/xinzhi/fact/fact-words.tsv";

    private static final Map<String, String[]> LISTS = load();

    private FactWords() {
    }

    /** The words of one class, longest first; an unknown class is an error (a typo in the code). */
    static String[] of(String cls) {
        String[] w = LISTS.get(cls);
        if (w == null) {
            throw new IllegalStateException("no word class '" + cls + "' in " + RESOURCE);
        }
        return w;
    }

    /** The longest word of {@code words} that starts at {@code i}, or null. */
    static String startsWithAny(String s, int i, String[] words) {
        for (String w : words) {
            if (s.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word of {@code words} that ends at {@code end}, not before {@code from}, or null. */
    static String endsWithAny(String s, int from, int end, String[] words) {
        for (String w : words) {
            int b = end - w.length();
            if (b >= from && s.startsWith(w, b)) {
                return w;
            }
        }
        return null;
    }

    private static Map<String, String[]> load() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        try (InputStream in = FactWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t");
                if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + no + ": expected class<TAB>word");
                }
                m.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            v.sort(Comparator.comparingInt(String::length).reversed());
            out.put(k, v.toArray(String[]::new));
        });
        return Map.copyOf(out);
    }
}
