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
 * <p>The prebuilt built-in lexicons store an automaton as its parent, edge-char, failure-link,
 * output-link and value arrays ({@link #parents()} …); {@link #AhoCorasick(int[], char[], int[],
 * int[], Object[])} rebuilds the same automaton from them without the breadth-first pass.
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
    /** Per state, the state it hangs from and the char of that edge (for {@link #parents()}, {@link #edgeChars()}). */
    private final int[] parent;
    private final char[] edgeChar;

    /** Builds the automaton; empty words are ignored (they would match everywhere). */
    AhoCorasick(SortedMap<String, V> wordMap) {
        this(sortedKeys(wordMap), wordMap);
    }

    private AhoCorasick(String[] sorted, SortedMap<String, V> wordMap) {
        this(sorted, valuesOf(sorted, wordMap));
    }

    /**
     * Builds the automaton from distinct words in ascending {@link String#compareTo} order, {@code
     * wordValues[i]} belonging to {@code words[i]}; empty words are ignored. In that order a word
     * shares with the trie exactly its common prefix with the word before it, and every char after
     * that prefix is a new edge: the trie is built without a single lookup.
     */
    AhoCorasick(String[] words, Object[] wordValues) {
        this(trieOf(words, wordValues), null, null);
    }

    /**
     * Rebuilds an automaton from another's {@link #parents()}, {@link #edgeChars()},
     * {@link #failLinks()}, {@link #outLinks()} and {@link #stateValues()}: the same states, edges
     * and links, with no breadth-first pass (how the prebuilt built-in names load).
     *
     * @throws IllegalArgumentException when the arrays do not describe a trie
     */
    AhoCorasick(int[] parent, char[] edgeChar, int[] failLinks, int[] outLinks, Object[] stateValues) {
        this(trieOf(parent, edgeChar, failLinks, outLinks, stateValues), failLinks, firstOutputs(failLinks, outLinks, stateValues));
    }

    /** A trie before failure links: states in creation order, children as prepended sibling lists. */
    private record Trie(int count, int[] parent, char[] edgeChar, int[] firstChild, int[] nextSibling, int[] depth,
                        Object[] values, String[] words) {
    }

    private static Trie trieOf(String[] words, Object[] wordValues) {
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
        int[] parent = new int[maxStates];
        char[] edgeChar = new char[maxStates];
        int[] firstChild = new int[maxStates];
        int[] nextSibling = new int[maxStates];
        int[] depth = new int[maxStates];
        Object[] values = new Object[maxStates];
        String[] wordAt = new String[maxStates];
        Arrays.fill(firstChild, -1);
        int[] path = new int[longest + 1]; // path[d]: the state after the previous word's first d chars
        int count = 1;
        prev = "";
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            int common = commonPrefix(prev, w);
            int s = path[common];
            for (int k = common; k < w.length(); k++) {
                int t = count++;
                parent[t] = s;
                edgeChar[t] = w.charAt(k);
                depth[t] = k + 1;
                nextSibling[t] = firstChild[s];
                firstChild[s] = t;
                path[k + 1] = t;
                s = t;
            }
            values[s] = wordValues[i];
            wordAt[s] = w;
            prev = w;
        }
        return new Trie(count, parent, edgeChar, firstChild, nextSibling, depth, values, wordAt);
    }

    private static Trie trieOf(int[] parent, char[] edgeChar, int[] failLinks, int[] outLinks, Object[] stateValues) {
        int count = parent.length;
        if (count < 1 || edgeChar.length != count || failLinks.length != count || outLinks.length != count
                || stateValues.length != count) {
            throw new IllegalArgumentException("automaton arrays of different lengths");
        }
        int[] firstChild = new int[count];
        int[] nextSibling = new int[count];
        int[] depth = new int[count];
        Arrays.fill(firstChild, -1);
        // Parents precede children in state order; prepending in that order gives the sibling lists
        // the original's construction built.
        for (int t = 1; t < count; t++) {
            int p = parent[t];
            if (p < 0 || p >= t || failLinks[t] < 0 || failLinks[t] >= count || outLinks[t] < 0 || outLinks[t] >= count) {
                throw new IllegalArgumentException("malformed automaton at state " + t);
            }
            depth[t] = depth[p] + 1;
            nextSibling[t] = firstChild[p];
            firstChild[p] = t;
        }
        String[] wordAt = new String[count];
        char[] buf = new char[64];
        for (int t = 1; t < count; t++) {
            if (stateValues[t] != null) {
                if (buf.length < depth[t]) {
                    buf = new char[depth[t]];
                }
                for (int u = t, k = depth[t] - 1; u != 0; u = parent[u], k--) {
                    buf[k] = edgeChar[u];
                }
                wordAt[t] = new String(buf, 0, depth[t]);
            }
        }
        return new Trie(count, parent.clone(), edgeChar.clone(), firstChild, nextSibling, depth, stateValues.clone(), wordAt);
    }

    /** Per state, the state itself if it ends a word, else its nearest failure state that does, 0 for none. */
    private static int[] firstOutputs(int[] failLinks, int[] outLinks, Object[] stateValues) {
        int[] firstOut = new int[stateValues.length];
        for (int v = 1; v < stateValues.length; v++) {
            firstOut[v] = stateValues[v] != null ? v : outLinks[v];
        }
        return firstOut;
    }

    /**
     * Lays the trie out for matching; computes failure links and first outputs breadth-first unless
     * given ({@code failLinks} and {@code firstOutputs} both null or both set).
     */
    private AhoCorasick(Trie trie, int[] failLinks, int[] firstOutputs) {
        int count = trie.count();
        int[] firstChild = trie.firstChild();
        int[] nextSibling = trie.nextSibling();
        char[] edgeChars = trie.edgeChar();
        depth = Arrays.copyOf(trie.depth(), count);
        values = Arrays.copyOf(trie.values(), count);
        words = Arrays.copyOf(trie.words(), count);
        parent = Arrays.copyOf(trie.parent(), count);
        edgeChar = Arrays.copyOf(edgeChars, count);
        int[] fail;
        int[] firstOut;
        if (failLinks != null) {
            fail = failLinks;
            firstOut = firstOutputs;
        } else {
            EdgeTable all = new EdgeTable(count);
            for (int t = 1; t < count; t++) {
                all.put(parent[t], edgeChars[t], t);
            }
            fail = new int[count];
            firstOut = new int[count];
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
                    char c = edgeChars[v];
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
        }
        rootNext = new int[Character.MAX_VALUE + 1];
        Arrays.fill(rootNext, -1);
        for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
            rootNext[edgeChars[c]] = c;
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
                    filter |= filterBit(edgeChars[v]);
                }
            }
            states[u * STRIDE + SOLE_CHAR] = sole >= 0 ? edgeChars[k] : filter;
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
                    branches.put(u, edgeChars[v], v);
                    int h = edgeHash(u, edgeChars[v]);
                    edgeFilter[h >>> 6] |= 1L << h;
                }
            }
        }
    }

    /** Per state, the state it hangs from (0 for the root itself). */
    int[] parents() {
        return parent.clone();
    }

    /** Per state, the char of the edge that leads to it. */
    char[] edgeChars() {
        return edgeChar.clone();
    }

    int[] failLinks() {
        int[] fail = new int[depth.length];
        for (int u = 0; u < fail.length; u++) {
            fail[u] = states[u * STRIDE + FAIL];
        }
        return fail;
    }

    /** Per state, the nearest proper failure state that ends a word, 0 for none. */
    int[] outLinks() {
        int[] out = new int[depth.length];
        for (int u = 1; u < out.length; u++) {
            out[u] = states[states[u * STRIDE + FAIL] * STRIDE + FIRST_OUT];
        }
        return out;
    }

    /** Per state, the value of the word ending there, or null. */
    Object[] stateValues() {
        return values.clone();
    }

    /** Same states, edges, links and (deeply equal) values. */
    boolean sameAs(AhoCorasick<?> other) {
        return Arrays.equals(parent, other.parent) && Arrays.equals(edgeChar, other.edgeChar) && Arrays.equals(states, other.states)
                && Arrays.equals(depth, other.depth) && Arrays.equals(words, other.words) && Arrays.deepEquals(values, other.values);
    }

    private static String[] sortedKeys(SortedMap<String, ?> words) {
        String[] keys = words.keySet().toArray(new String[0]);
        if (words.comparator() != null) {
            Arrays.sort(keys);
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
