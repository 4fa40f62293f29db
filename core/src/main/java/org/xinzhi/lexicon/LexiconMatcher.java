package org.xinzhi.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a set of lexicon surfaces (and aliases) in a text with one pass of an
 * Aho–Corasick automaton ({@link AhoCorasick}, built privately per matcher, never HanLP's global
 * dictionaries). Immutable and thread-safe after construction.
 */
public final class LexiconMatcher implements Serializable {
    private static final long serialVersionUID = 2L;

    private final AhoCorasick<LexiconEntry[]> trie;
    private final boolean empty;

    LexiconMatcher(Collection<LexiconEntry> entries) {
        // Grouped in a hash map and sorted once: cheaper than a TreeMap's insertions for the ~25k
        // built-in names, which every extractor builds at start.
        Map<String, List<LexiconEntry>> byForm = new HashMap<>();
        for (LexiconEntry e : entries) {
            add(byForm, e.surface(), e);
            for (String alias : e.aliases()) {
                add(byForm, alias, e);
            }
        }
        String[] forms = byForm.keySet().toArray(new String[0]);
        Arrays.sort(forms);
        Object[] values = new Object[forms.length];
        for (int i = 0; i < forms.length; i++) {
            values[i] = byForm.get(forms[i]).toArray(new LexiconEntry[0]);
        }
        this.empty = forms.length == 0;
        this.trie = empty ? null : new AhoCorasick<>(forms, values);
    }

    /** A matcher over an automaton made elsewhere (the prebuilt built-in names). */
    LexiconMatcher(AhoCorasick<LexiconEntry[]> trie) {
        this.trie = trie;
        this.empty = false;
    }

    /** The automaton, for the prebuilt built-in lexicons; null when no form was given. */
    AhoCorasick<LexiconEntry[]> automaton() {
        return trie;
    }

    private static void add(Map<String, List<LexiconEntry>> byForm, String form, LexiconEntry e) {
        List<LexiconEntry> list = byForm.get(form);
        if (list == null) {
            list = new ArrayList<>(1);
            byForm.put(form, list);
        }
        list.add(e);
    }

    /** Every hit, overlapping ones included, ordered by start then longest first. */
    public List<LexiconMatch> findAll(String text) {
        List<LexiconMatch> out = new ArrayList<>();
        if (empty || text.isEmpty()) {
            return out;
        }
        trie.parse(text, (begin, end, surface, entries) -> {
            for (LexiconEntry e : entries) {
                out.add(new LexiconMatch(begin, end, surface, e));
            }
        });
        out.sort(Comparator.comparingInt(LexiconMatch::start).thenComparing(Comparator.comparingInt(LexiconMatch::end).reversed()));
        return out;
    }

    /** Hits that do not overlap: leftmost, then longest, first. */
    public List<LexiconMatch> findLongest(String text) {
        List<LexiconMatch> all = findAll(text);
        List<LexiconMatch> out = new ArrayList<>();
        int covered = 0;
        for (LexiconMatch m : all) {
            if (m.start() >= covered) {
                out.add(m);
                covered = m.end();
            }
        }
        return out;
    }
}
