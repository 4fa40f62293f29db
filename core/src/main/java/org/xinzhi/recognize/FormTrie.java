package org.xinzhi.recognize;

import java.util.Arrays;
import java.util.Collection;

/**
 * A char trie over a fixed set of forms (currency words, unit words), built once per recognizer, so
 * that the longest form starting at a position is found by walking the text without cutting
 * substrings of every length and hashing each.
 */
public final class FormTrie {
    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_KIDS = new Node[0];

    private static final class Node {
        /** Sorted next chars; kids[i] follows keys[i]. */
        char[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        /** The form ending here, or null. */
        String form;
    }

    private final Node root = new Node();
    /** One bit per char that starts a form: most positions of a text start none and cost one bit test. */
    private final long[] starts = new long[(Character.MAX_VALUE + 1) >>> 6];
    private final char[] rootKeys;
    private final Node[] rootKids;
    private final int rootShift;

    public FormTrie(Collection<String> forms) {
        for (String f : forms) {
            if (!f.isEmpty()) {
                starts[f.charAt(0) >>> 6] |= 1L << f.charAt(0);
            }
            Node n = root;
            for (int i = 0; i < f.length(); i++) {
                n = child(n, f.charAt(i));
            }
            n.form = f;
        }
        int size = Integer.highestOneBit(Math.max(4, root.keys.length) * 4);
        rootKeys = new char[size];
        rootKids = new Node[size];
        rootShift = 32 - Integer.numberOfTrailingZeros(size);
        for (int k = 0; k < root.keys.length; k++) {
            int i = rootSlot(root.keys[k]);
            while (rootKids[i] != null) {
                i = (i + 1) & (size - 1);
            }
            rootKeys[i] = root.keys[k];
            rootKids[i] = root.kids[k];
        }
    }

    /** The root's child for c (open addressing: the root has many children, asked at every position), or null. */
    private Node rootChild(char c) {
        int mask = rootKids.length - 1;
        for (int i = rootSlot(c); rootKids[i] != null; i = (i + 1) & mask) {
            if (rootKeys[i] == c) {
                return rootKids[i];
            }
        }
        return null;
    }

    private int rootSlot(char c) {
        return (c * 0x9E3779B1) >>> rootShift;
    }

    private static Node child(Node n, char c) {
        int k = Arrays.binarySearch(n.keys, c);
        if (k >= 0) {
            return n.kids[k];
        }
        int at = -k - 1;
        char[] keys = new char[n.keys.length + 1];
        Node[] kids = new Node[n.kids.length + 1];
        System.arraycopy(n.keys, 0, keys, 0, at);
        System.arraycopy(n.kids, 0, kids, 0, at);
        System.arraycopy(n.keys, at, keys, at + 1, n.keys.length - at);
        System.arraycopy(n.kids, at, kids, at + 1, n.kids.length - at);
        Node made = new Node();
        keys[at] = c;
        kids[at] = made;
        n.keys = keys;
        n.kids = kids;
        return made;
    }

    /** The longest form (at least one char) that t has at position at, or null. */
    public String longest(String t, int at) {
        if (at >= t.length()) {
            return null;
        }
        char first = t.charAt(at);
        if ((starts[first >>> 6] & (1L << first)) == 0) {
            return null;
        }
        Node n = rootChild(first);
        if (n == null) {
            return null;
        }
        String best = n.form;
        for (int i = at + 1; i < t.length(); i++) {
            int k = Arrays.binarySearch(n.keys, t.charAt(i));
            if (k < 0) {
                break;
            }
            n = n.kids[k];
            if (n.form != null) {
                best = n.form;
            }
        }
        return best;
    }

    /**
     * The lengths of the forms that t has at position at, no longer than maxLen (at most 31), as
     * bits: bit n is set when t[at, at + n) is a form.
     */
    public int prefixLengths(String t, int at, int maxLen) {
        Node n = root;
        int bits = 0;
        int stop = Math.min(t.length(), at + maxLen);
        for (int i = at; i < stop; i++) {
            int k = Arrays.binarySearch(n.keys, t.charAt(i));
            if (k < 0) {
                break;
            }
            n = n.kids[k];
            if (n.form != null) {
                bits |= 1 << (i + 1 - at);
            }
        }
        return bits;
    }

    /** Whether the single char c is a form. */
    public boolean isForm(char c) {
        int k = Arrays.binarySearch(root.keys, c);
        return k >= 0 && root.kids[k].form != null;
    }

}
