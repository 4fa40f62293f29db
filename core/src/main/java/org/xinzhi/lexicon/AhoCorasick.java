package org.xinzhi.lexicon;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * A plain Aho–Corasick automaton over UTF-16 chars. Built in one pass over the words plus one
 * breadth-first pass, which for the built-in lexicons (tens of thousands of names) takes a few tens
 * of milliseconds, against several hundred for HanLP's double-array trie. Immutable and thread-safe
 * after construction.
 *
 * <p>Laid out for matching beside a segmenter that fills the caches with its own dictionaries:
 * what matching reads of a state (its only edge if it has one, its failure state, its first
 * output) sits in one 16-byte record; the root's edges are an array indexed by char; only states
 * with two or more edges keep theirs in a small open-addressing hash table of (state, char) keys,
 * key and target side by side. Most positions of a text thus cost one or two cache lines.
 *
 * @param <V> the value stored for each word
 */
final class AhoCorasick<V> implements Serializable {
    private static final long serialVersionUID = 2L;

    /** Receives one hit: the word spans [begin, end) of the text. */
    @FunctionalInterface
    interface Hit<V> {
        /** {@code word} is the word itself (equal to the text's [begin, end)), shared, not cut anew. */
        void hit(int begin, int end, String word, V value);
    }

    private static final int STRIDE = 4;
    /** Record field: the only goto target if the state has exactly one edge, else {@link #LEAF} or {@link #BRANCH}. */
    private static final int SOLE = 0;
    /**
     * Record field: the char of that only edge; for a branching state, a 32-bit filter of its edge
     * chars (bit {@link #filterBit}), so most chars without an edge cost no hash probe.
     */
    private static final int SOLE_CHAR = 1;
    private static final int FAIL = 2;
    /** Record field: the state itself if it ends a word, else its nearest failure state that does, 0 for none. */
    private static final int FIRST_OUT = 3;
    private static final int LEAF = -2;
    private static final int BRANCH = -1;

    /** Per-state records, {@link #STRIDE} ints each. */
    private final int[] states;
    /** Edges of the branching states other than the root. */
    private final EdgeTable branches;
    /**
     * One bit per (state, char) hash of those edges, small enough to stay in cache: a char that
     * continues no word (most positions of a text) is turned away without probing {@link #branches}.
     */
    private final long[] edgeFilter;
    private final int edgeFilterShift;
    /** Goto edges of the root by char (-1: none): the state most failure chains end in costs no hash probe. */
    private final int[] rootNext;
    private final int[] depth;
    private final Object[] values;
    /** The word ending at each state, or null. */
    private final String[] words;

    /** Builds the automaton; empty words are ignored (they would match everywhere). */
    AhoCorasick(SortedMap<String, V> wordMap) {
        int maxStates = 1;
        for (String w : wordMap.keySet()) {
            maxStates += w.length();
        }
        EdgeTable all = new EdgeTable(maxStates);
        int[] depths = new int[maxStates];
        Object[] vals = new Object[maxStates];
        String[] wordAt = new String[maxStates];
        // children lists for the breadth-first pass: first child, next sibling, edge char
        int[] firstChild = new int[maxStates];
        int[] nextSibling = new int[maxStates];
        char[] edgeChar = new char[maxStates];
        Arrays.fill(firstChild, -1);
        int count = 1;
        for (Map.Entry<String, V> e : wordMap.entrySet()) {
            String w = e.getKey();
            if (w.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                int t = all.get(s, c);
                if (t < 0) {
                    t = count++;
                    all.put(s, c, t);
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
        int[] fail = new int[count];
        int[] firstOut = new int[count];
        depth = Arrays.copyOf(depths, count);
        values = Arrays.copyOf(vals, count);
        words = Arrays.copyOf(wordAt, count);
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
            queue[tail++] = c; // fail stays 0 at depth 1
            firstOut[c] = values[c] != null ? c : 0;
        }
        while (head < tail) {
            int u = queue[head++];
            for (int v = firstChild[u]; v >= 0; v = nextSibling[v]) {
                char c = edgeChar[v];
                int f = fail[u];
                int t;
                while ((t = all.get(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                int fv = t < 0 ? 0 : t;
                fail[v] = fv;
                firstOut[v] = values[v] != null ? v : firstOut[fv];
                queue[tail++] = v;
            }
        }
        rootNext = new int[Character.MAX_VALUE + 1];
        Arrays.fill(rootNext, -1);
        for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
            rootNext[edgeChar[c]] = c;
        }
        states = new int[count * STRIDE];
        int branchEdges = 0;
        for (int u = 0; u < count; u++) {
            int k = firstChild[u];
            int sole = k < 0 ? LEAF : nextSibling[k] >= 0 ? BRANCH : k;
            states[u * STRIDE + SOLE] = sole;
            int filter = 0;
            if (sole == BRANCH) {
                for (int v = k; v >= 0; v = nextSibling[v]) {
                    filter |= filterBit(edgeChar[v]);
                }
            }
            states[u * STRIDE + SOLE_CHAR] = sole >= 0 ? edgeChar[k] : filter;
            states[u * STRIDE + FAIL] = fail[u];
            states[u * STRIDE + FIRST_OUT] = firstOut[u];
            if (sole == BRANCH && u != 0) {
                for (int v = k; v >= 0; v = nextSibling[v]) {
                    branchEdges++;
                }
            }
        }
        branches = new EdgeTable(branchEdges);
        // about 16 bits per edge, at most 2^19 bits (64 KB)
        int filterBits = Math.min(19, Math.max(6, 32 - Integer.numberOfLeadingZeros(branchEdges * 16)));
        edgeFilter = new long[1 << (filterBits - 6)];
        edgeFilterShift = 32 - filterBits;
        for (int u = 1; u < count; u++) {
            if (states[u * STRIDE + SOLE] == BRANCH) {
                for (int v = firstChild[u]; v >= 0; v = nextSibling[v]) {
                    branches.put(u, edgeChar[v], v);
                    int h = edgeHash(u, edgeChar[v]);
                    edgeFilter[h >>> 6] |= 1L << h;
                }
            }
        }
    }

    /** Reports every occurrence of every word in {@code text}, overlapping ones included. */
    @SuppressWarnings("unchecked")
    void parse(String text, Hit<V> hit) {
        int[] st = states;
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int t = -1;
            while (s != 0) {
                int r = s * STRIDE;
                int only = st[r + SOLE];
                if (only >= 0) {
                    if (st[r + SOLE_CHAR] == c) {
                        t = only;
                        break;
                    }
                } else if (only == BRANCH && (st[r + SOLE_CHAR] & filterBit(c)) != 0 && mayHaveEdge(s, c)
                        && (t = branches.get(s, c)) >= 0) {
                    break;
                }
                s = st[r + FAIL];
            }
            if (s == 0) {
                t = rootNext[c];
            }
            s = t < 0 ? 0 : t;
            for (int u = st[s * STRIDE + FIRST_OUT]; u != 0; u = st[st[u * STRIDE + FAIL] * STRIDE + FIRST_OUT]) {
                hit.hit(i + 1 - depth[u], i + 1, words[u], (V) values[u]);
            }
        }
    }

    private int edgeHash(int state, char c) {
        return (state * 0x9E3779B1 + c * 0x85EBCA6B) * 0xC2B2AE35 >>> edgeFilterShift;
    }

    private boolean mayHaveEdge(int state, char c) {
        int h = edgeHash(state, c);
        return (edgeFilter[h >>> 6] & (1L << h)) != 0;
    }

    private static int filterBit(char c) {
        return 1 << ((c * 0x9E3779B1) >>> 27);
    }

    /** Goto edges keyed by (state, char), open addressing, key and target in neighbouring slots. */
    private static final class EdgeTable implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final long FREE = Long.MIN_VALUE;

        private final long[] slots;
        private final int mask;

        /** A table for up to {@code edges} edges, at most half full. */
        EdgeTable(int edges) {
            int capacity = Integer.highestOneBit(Math.max(8, edges * 2 - 1)) << 1;
            slots = new long[capacity * 2];
            for (int i = 0; i < slots.length; i += 2) {
                slots[i] = FREE;
            }
            mask = capacity - 1;
        }

        int get(int state, char c) {
            long key = ((long) state << 16) | c;
            int i = slot(key);
            while (true) {
                long k = slots[i * 2];
                if (k == key) {
                    return (int) slots[i * 2 + 1];
                }
                if (k == FREE) {
                    return -1;
                }
                i = (i + 1) & mask;
            }
        }

        void put(int state, char c, int target) {
            long key = ((long) state << 16) | c;
            int i = slot(key);
            while (slots[i * 2] != FREE) {
                i = (i + 1) & mask;
            }
            slots[i * 2] = key;
            slots[i * 2 + 1] = target;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }
}
