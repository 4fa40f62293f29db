package org.xinzhi.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<String, List<LexiconEntry>> byForm = new TreeMap<>();
        for (LexiconEntry e : entries) {
            byForm.computeIfAbsent(e.surface(), k -> new ArrayList<>()).add(e);
            for (String alias : e.aliases()) {
                byForm.computeIfAbsent(alias, k -> new ArrayList<>()).add(e);
            }
        }
        TreeMap<String, LexiconEntry[]> map = new TreeMap<>();
        byForm.forEach((k, v) -> map.put(k, v.toArray(new LexiconEntry[0])));
        this.empty = map.isEmpty();
        this.trie = empty ? null : new AhoCorasick<>(map);
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
