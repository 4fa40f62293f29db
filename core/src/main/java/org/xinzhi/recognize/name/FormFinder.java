package org.xinzhi.recognize.name;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every occurrence of many strings in one text, found in one left-to-right pass (an Aho–Corasick
 * automaton built per call): time is linear in the text, the total length of the strings and the
 * number of occurrences reported, whatever the text repeats. Looking each string up at each
 * possible start instead costs the length of the string at every start where its prefix matches,
 * which is quadratic on a long run of one character ({@code '%'×N + 股份有限公司}).
 */
final class FormFinder {

    private FormFinder() {
    }

    /**
     * For each of {@code forms} (distinct, non-empty), the starts of its occurrences in {@code text}
     * that {@code startAllowed} admits, ascending, at most {@code cap} of them.
     */
    static int[][] starts(String text, List<String> forms, boolean[] startAllowed, int cap) {
        // trie: edges keyed by (state, char); state 0 is the root; children chained for the BFS
        Map<Long, Integer> edges = new HashMap<>();
        int total = 1;
        for (String f : forms) {
            total += f.length();
        }
        int[] fail = new int[total];
        int[] out = new int[total];    // nearest state on the fail chain (itself included) that ends a form, or -1
        int[] formAt = new int[total]; // the form ending at a state, or -1
        int[] depth = new int[total];
        int[] firstChild = new int[total];
        int[] nextSibling = new int[total];
        char[] via = new char[total];
        Arrays.fill(formAt, -1);
        Arrays.fill(firstChild, -1);
        int states = 1;
        for (int fi = 0; fi < forms.size(); fi++) {
            String f = forms.get(fi);
            if (f.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < f.length(); i++) {
                long k = edge(s, f.charAt(i));
                Integer next = edges.get(k);
                if (next == null) {
                    next = states++;
                    edges.put(k, next);
                    depth[next] = depth[s] + 1;
                    via[next] = f.charAt(i);
                    nextSibling[next] = firstChild[s];
                    firstChild[s] = next;
                }
                s = next;
            }
            formAt[s] = fi;
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        out[0] = -1;
        queue.add(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int child = firstChild[s]; child >= 0; child = nextSibling[child]) {
                int f = 0;
                if (s != 0) {
                    for (int g = fail[s]; ; g = fail[g]) {
                        Integer n = edges.get(edge(g, via[child]));
                        if (n != null) {
                            f = n;
                            break;
                        }
                        if (g == 0) {
                            break;
                        }
                    }
                }
                fail[child] = f;
                out[child] = formAt[child] >= 0 ? child : out[f];
                queue.add(child);
            }
        }
        int[][] found = new int[forms.size()][];
        int[] counts = new int[forms.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = new int[4];
        }
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (true) {
                Integer n = edges.get(edge(s, c));
                if (n != null) {
                    s = n;
                    break;
                }
                if (s == 0) {
                    break;
                }
                s = fail[s];
            }
            for (int o = out[s]; o >= 0; o = out[fail[o]]) {
                int fi = formAt[o];
                int start = i + 1 - depth[o];
                if (counts[fi] < cap && startAllowed[start]) {
                    if (counts[fi] == found[fi].length) {
                        found[fi] = Arrays.copyOf(found[fi], found[fi].length * 2);
                    }
                    found[fi][counts[fi]++] = start;
                }
            }
        }
        for (int i = 0; i < found.length; i++) {
            found[i] = Arrays.copyOf(found[i], counts[i]);
        }
        return found;
    }

    private static long edge(int state, char c) {
        return ((long) state << 16) | c;
    }
}
