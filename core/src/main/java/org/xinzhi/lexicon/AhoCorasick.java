package org.xinzhi.lexicon;

import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;

/**
 * A plain Aho–Corasick automaton over UTF-16 chars: goto edges in one open-addressing hash table
 * keyed by (state, char), failure and output links in int arrays. Built in one pass over the words
 * plus one breadth-first pass, which for the built-in lexicons (tens of thousands of names) takes a
 * few tens of milliseconds, against several hundred for HanLP's double-array trie; matching is one
 * hash probe per char on average. Immutable and thread-safe after construction.
 *
 * @param <V> the value stored for each word
 */
final class AhoCorasick<V> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long FREE = Long.MIN_VALUE;

    /** Receives one hit: the word spans [begin, end) of the text. */
    @FunctionalInterface
    interface Hit<V> {
        /** {@code word} is the word itself (equal to the text's [begin, end)), shared, not cut anew. */
        void hit(int begin, int end, String word, V value);
    }

    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final int[] fail;
    /** Nearest proper suffix state that ends a word, 0 for none (the root never ends one). */
    private final int[] outLink;
    private final int[] depth;
    private final Object[] values;
    /** Goto edges of the root by char (-1: none), so the state most failure chains end in costs no hash probe. */
    private final int[] rootNext;
    /** Per state: its only goto target if it has exactly one edge, else {@link #LEAF} or {@link #BRANCH}. */
    private final int[] sole;
    /** The char of a state's only edge (where {@link #sole} is a target). */
    private final char[] soleChar;
    /** The word ending at each state, or null. */
    private final String[] words;
    private static final int LEAF = -2;
    private static final int BRANCH = -1;

    /** Builds the automaton; empty words are ignored (they would match everywhere). */
    AhoCorasick(SortedMap<String, V> words) {
        int maxStates = 1;
        for (String w : words.keySet()) {
            maxStates += w.length();
        }
        int capacity = Integer.highestOneBit(Math.max(16, maxStates * 2 - 1)) << 1;
        keys = new long[capacity];
        java.util.Arrays.fill(keys, FREE);
        targets = new int[capacity];
        mask = capacity - 1;
        int[] depths = new int[maxStates];
        Object[] vals = new Object[maxStates];
        String[] wordAt = new String[maxStates];
        // children lists for the breadth-first pass: first child, next sibling, edge char
        int[] firstChild = new int[maxStates];
        int[] nextSibling = new int[maxStates];
        char[] edgeChar = new char[maxStates];
        java.util.Arrays.fill(firstChild, -1);
        int states = 1;
        for (Map.Entry<String, V> e : words.entrySet()) {
            String w = e.getKey();
            if (w.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                int t = next(s, c);
                if (t < 0) {
                    t = states++;
                    put(s, c, t);
                    depths[t] = depths[s] + 1;
                    edgeChar[t] = c;
                    nextSibling[t] = firstChild[s];
                    firstChild[s] = t;
                }
                s = t;
            }
            vals[s] = e.getValue();
            wordAt[s] = w;
        }
        rootNext = new int[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(rootNext, -1);
        for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
            rootNext[edgeChar[c]] = c;
        }
        // one edge (most states of a name list are inside a chain): a char compare, no hash probe
        sole = new int[states];
        soleChar = new char[states];
        for (int u = 0; u < states; u++) {
            int k = firstChild[u];
            sole[u] = k < 0 ? LEAF : nextSibling[k] >= 0 ? BRANCH : k;
            soleChar[u] = k < 0 ? 0 : edgeChar[k];
        }
        fail = new int[states];
        outLink = new int[states];
        depth = java.util.Arrays.copyOf(depths, states);
        values = java.util.Arrays.copyOf(vals, states);
        this.words = java.util.Arrays.copyOf(wordAt, states);
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
            queue[tail++] = c; // fail and outLink stay 0 at depth 1
        }
        while (head < tail) {
            int u = queue[head++];
            for (int v = firstChild[u]; v >= 0; v = nextSibling[v]) {
                char c = edgeChar[v];
                int f = fail[u];
                int t;
                while ((t = next(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                int fv = t < 0 ? 0 : t;
                fail[v] = fv;
                outLink[v] = values[fv] != null ? fv : outLink[fv];
                queue[tail++] = v;
            }
        }
    }

    /** Reports every occurrence of every word in {@code text}, overlapping ones included. */
    @SuppressWarnings("unchecked")
    void parse(String text, Hit<V> hit) {
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int t = -1;
            while (s != 0) {
                int only = sole[s];
                if (only >= 0) {
                    if (soleChar[s] == c) {
                        t = only;
                        break;
                    }
                } else if (only == BRANCH && (t = next(s, c)) >= 0) {
                    break;
                }
                s = fail[s];
            }
            if (s == 0) {
                t = rootNext[c];
            }
            s = t < 0 ? 0 : t;
            for (int u = values[s] != null ? s : outLink[s]; u != 0; u = outLink[u]) {
                hit.hit(i + 1 - depth[u], i + 1, words[u], (V) values[u]);
            }
        }
    }

    private int next(int state, char c) {
        long key = ((long) state << 16) | c;
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return targets[i];
            }
            if (k == FREE) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    private void put(int state, char c, int target) {
        long key = ((long) state << 16) | c;
        int i = slot(key);
        while (keys[i] != FREE) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        targets[i] = target;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
