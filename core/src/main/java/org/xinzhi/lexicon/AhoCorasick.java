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
        void hit(int begin, int end, V value);
    }

    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final int[] fail;
    /** Nearest proper suffix state that ends a word, 0 for none (the root never ends one). */
    private final int[] outLink;
    private final int[] depth;
    private final Object[] values;

    /** Builds the automaton; empty words are ignored (they would match everywhere). */
    AhoCorasick(SortedMap<String, V> words) {
        this(sortedKeys(words), words);
    }

    private AhoCorasick(String[] sorted, SortedMap<String, V> words) {
        this(sorted, valuesOf(sorted, words));
    }

    /**
     * Builds the automaton from distinct words in ascending {@link String#compareTo} order, {@code
     * wordValues[i]} belonging to {@code words[i]}; empty words are ignored. In that order a word
     * shares with the trie exactly its common prefix with the word before it, and every char after
     * that prefix is a new edge: the trie is built without a single lookup.
     */
    AhoCorasick(String[] words, Object[] wordValues) {
        int maxStates = 1;
        int longest = 0;
        String prev = "";
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            int common = commonPrefix(prev, w);
            if (common == w.length() || common < prev.length() && prev.charAt(common) > w.charAt(common)) {
                throw new IllegalArgumentException("words not distinct and ascending: '" + prev + "', '" + w + "'");
            }
            maxStates += w.length() - common;
            longest = Math.max(longest, w.length());
            prev = w;
        }
        int capacity = Integer.highestOneBit(Math.max(16, maxStates * 2 - 1)) << 1;
        keys = new long[capacity];
        java.util.Arrays.fill(keys, FREE);
        targets = new int[capacity];
        mask = capacity - 1;
        int[] depths = new int[maxStates];
        Object[] vals = new Object[maxStates];
        // children lists for the breadth-first pass: first child, next sibling, edge char
        int[] firstChild = new int[maxStates];
        int[] nextSibling = new int[maxStates];
        char[] edgeChar = new char[maxStates];
        java.util.Arrays.fill(firstChild, -1);
        int[] path = new int[longest + 1]; // path[d]: the state after the previous word's first d chars
        int states = 1;
        prev = "";
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            int common = commonPrefix(prev, w);
            int s = path[common];
            for (int k = common; k < w.length(); k++) {
                char c = w.charAt(k);
                int t = states++;
                put(s, c, t);
                depths[t] = k + 1;
                edgeChar[t] = c;
                nextSibling[t] = firstChild[s];
                firstChild[s] = t;
                path[k + 1] = t;
                s = t;
            }
            vals[s] = wordValues[i];
            prev = w;
        }
        fail = new int[states];
        outLink = new int[states];
        depth = java.util.Arrays.copyOf(depths, states);
        values = java.util.Arrays.copyOf(vals, states);
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

    /**
     * Rebuilds an automaton from another's {@link #parents()}, {@link #edgeChars()},
     * {@link #failLinks()}, {@link #outLinks()} and {@link #stateValues()}: the same states, edges
     * and links, with no breadth-first pass (how the prebuilt built-in names load).
     *
     * @throws IllegalArgumentException when the arrays do not describe a trie
     */
    AhoCorasick(int[] parent, char[] edgeChar, int[] failLinks, int[] outLinks, Object[] stateValues) {
        int states = parent.length;
        if (states < 1 || edgeChar.length != states || failLinks.length != states || outLinks.length != states
                || stateValues.length != states) {
            throw new IllegalArgumentException("automaton arrays of different lengths");
        }
        int capacity = Integer.highestOneBit(Math.max(16, states * 2 - 1)) << 1;
        keys = new long[capacity];
        java.util.Arrays.fill(keys, FREE);
        targets = new int[capacity];
        mask = capacity - 1;
        depth = new int[states];
        // Parents precede children in state order, and inserting in that order fills the table as
        // the original's construction did.
        for (int t = 1; t < states; t++) {
            int p = parent[t];
            if (p < 0 || p >= t || failLinks[t] < 0 || failLinks[t] >= states || outLinks[t] < 0 || outLinks[t] >= states) {
                throw new IllegalArgumentException("malformed automaton at state " + t);
            }
            put(p, edgeChar[t], t);
            depth[t] = depth[p] + 1;
        }
        fail = failLinks;
        outLink = outLinks;
        values = stateValues;
    }

    /** Per state, the state it hangs from (0 for the root itself). */
    int[] parents() {
        int[] parent = new int[depth.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                parent[targets[i]] = (int) (keys[i] >>> 16);
            }
        }
        return parent;
    }

    /** Per state, the char of the edge that leads to it. */
    char[] edgeChars() {
        char[] chars = new char[depth.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                chars[targets[i]] = (char) keys[i];
            }
        }
        return chars;
    }

    int[] failLinks() {
        return fail.clone();
    }

    int[] outLinks() {
        return outLink.clone();
    }

    /** Per state, the value of the word ending there, or null. */
    Object[] stateValues() {
        return values.clone();
    }

    /** Same states, edges, links and (deeply equal) values. */
    boolean sameAs(AhoCorasick<?> other) {
        return java.util.Arrays.equals(keys, other.keys) && java.util.Arrays.equals(targets, other.targets)
                && java.util.Arrays.equals(fail, other.fail) && java.util.Arrays.equals(outLink, other.outLink)
                && java.util.Arrays.equals(depth, other.depth) && java.util.Arrays.deepEquals(values, other.values);
    }

    private static String[] sortedKeys(SortedMap<String, ?> words) {
        String[] keys = words.keySet().toArray(new String[0]);
        if (words.comparator() != null) {
            java.util.Arrays.sort(keys);
        }
        return keys;
    }

    private static Object[] valuesOf(String[] keys, Map<String, ?> words) {
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = words.get(keys[i]);
        }
        return values;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Reports every occurrence of every word in {@code text}, overlapping ones included. */
    @SuppressWarnings("unchecked")
    void parse(String text, Hit<V> hit) {
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int t;
            while ((t = next(s, c)) < 0 && s != 0) {
                s = fail[s];
            }
            s = t < 0 ? 0 : t;
            for (int u = values[s] != null ? s : outLink[s]; u != 0; u = outLink[u]) {
                hit.hit(i + 1 - depth[u], i + 1, (V) values[u]);
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
