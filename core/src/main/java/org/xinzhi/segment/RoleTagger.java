package org.xinzhi.segment;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NS;
import com.hankcs.hanlp.corpus.tag.NT;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.common.EnumItemDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import com.hankcs.hanlp.dictionary.nt.OrganizationDictionary;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import com.hankcs.hanlp.utility.Predefine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HanLP's place or organization role tagging (a hidden Markov model over words, then role patterns
 * such as {@code CCD}), on HanLP's own dictionaries, transition matrices and pattern automata, with
 * array-based decoding.
 *
 * <p>Why not HanLP's {@code PlaceRecognition}/{@code OrganizationRecognition}: they decode over
 * {@code TreeMap}-backed label sets, re-iterating the previous word's labels and recomputing the
 * emission logarithm once per label pair, and allocate a new label map for every unknown word; on
 * news that is a fifth of extraction time. This class makes the same decisions (the same
 * left-to-right decoding with HanLP's tie-breaking, in the same floating-point order), so the
 * segmentation is identical; {@code CascadedViterbiSegmentTest} checks that against HanLP itself.
 * Immutable and thread-safe.
 */
final class RoleTagger<E extends Enum<E>> {

    private static final int MEMO_LIMIT = 200_000;

    /** A word's possible roles in ascending ordinal order, with emission costs. */
    private record Roles(int[] labels, double[] emission) {
    }

    /** The word-specific rules HanLP applies before looking a word up in the role dictionary. */
    private interface Override {
        /** Roles for a vertex, or null to use the role dictionary. */
        Roles rolesOf(Vertex v);
    }

    private final EnumItemDictionary<E> dictionary;
    private final TransformMatrixDictionary<E> matrix;
    private final AhoCorasickDoubleArrayTrie<String> patterns;
    private final E[] values;
    private final int nonName;
    private final Roles unknown;
    private final String tag;
    private final CoreDictionary.Attribute attribute;
    private final int wordId;
    private final Override override;
    /**
     * Roles by word, filled as words are met: a pure function of the word, kept because the role
     * dictionary's label maps are scattered over the heap and reading them costs more than the
     * decoding. Bounded; words past the bound are looked up every time.
     */
    private final ConcurrentHashMap<String, Roles> memo = new ConcurrentHashMap<>();

    private RoleTagger(Class<E> type, EnumItemDictionary<E> dictionary, TransformMatrixDictionary<E> matrix,
                       AhoCorasickDoubleArrayTrie<String> patterns, E nonName, String tag, OverrideFactory<E> override) {
        this.dictionary = dictionary;
        this.matrix = matrix;
        this.patterns = patterns;
        this.values = type.getEnumConstants();
        this.nonName = nonName.ordinal();
        this.unknown = toRoles(new EnumItem<>(nonName, matrix.getTotalFrequency(nonName)));
        this.tag = tag;
        this.wordId = CoreDictionary.getWordID(tag);
        this.attribute = CoreDictionary.get(wordId);
        this.override = override.create(this);
    }

    private interface OverrideFactory<E extends Enum<E>> {
        Override create(RoleTagger<E> tagger);
    }

    /** Place names (ns): 二字地名 may take a suffix or prefix, longer rare ones only a suffix. */
    static RoleTagger<NS> places() {
        return new RoleTagger<>(NS.class, PlaceDictionary.dictionary, PlaceDictionary.transformMatrixDictionary,
                PlaceDictionary.trie, NS.Z, Predefine.TAG_PLACE, t -> {
                    Roles shortPlace = t.toRoles(new EnumItem<>(NS.H, NS.G));
                    Roles longPlace = t.toRoles(new EnumItem<>(NS.G));
                    return v -> {
                        if (v.getNature() == Nature.ns && v.getAttribute().totalFrequency <= 1000) {
                            return v.realWord.length() < 3 ? shortPlace : longPlace;
                        }
                        return null;
                    };
                });
    }

    /** Organization names (nt): rare transliterations, known institutions and numbers have fixed roles. */
    static RoleTagger<NT> organizations() {
        return new RoleTagger<>(NT.class, OrganizationDictionary.dictionary, OrganizationDictionary.transformMatrixDictionary,
                OrganizationDictionary.trie, NT.Z, Predefine.TAG_GROUP, t -> {
                    Roles foreign = t.toRoles(new EnumItem<>(NT.F, 1000));
                    EnumItem<NT> kd = new EnumItem<>(NT.K, 1000);
                    kd.addLabel(NT.D, 1000);
                    Roles institution = t.toRoles(kd);
                    Roles number = t.toRoles(new EnumItem<>(NT.M, 1000));
                    return v -> {
                        Nature n = v.guessNature();
                        if (n == Nature.nrf) {
                            return v.getAttribute().totalFrequency <= 1000 ? foreign : null;
                        }
                        if (n == Nature.ni || n == Nature.nic || n == Nature.nis || n == Nature.nit) {
                            return institution;
                        }
                        return n == Nature.m ? number : null;
                    };
                });
    }

    /**
     * Tags the roles of {@code path} (a best path, begin and end vertices included) and inserts each
     * recognized name into {@code optimum}, as HanLP's recognizers do.
     */
    void recognize(List<Vertex> path, WordNet optimum, WordNet all) {
        Vertex[] words = path.toArray(new Vertex[0]);
        int n = words.length;
        Roles[] roles = new Roles[n];
        for (int i = 0; i < n; i++) {
            roles[i] = rolesOf(words[i]);
        }
        char[] tags = decode(roles);
        patterns.parseText(new String(tags), (begin, end, pattern) -> {
            StringBuilder name = new StringBuilder();
            for (int i = begin; i < end; i++) {
                name.append(words[i].realWord);
            }
            String s = name.toString();
            EnumItem<E> known = dictionary.get(s);
            if (known != null && known.containsLabel(values[nonName])) {
                return; // a listed bad case (盖公章 Z)
            }
            int offset = 0;
            for (int i = 0; i < begin; i++) {
                offset += words[i].realWord.length();
            }
            optimum.insert(offset, new Vertex(tag, s, attribute, wordId), all);
        });
    }

    private Roles rolesOf(Vertex v) {
        Roles fixed = override.rolesOf(v);
        if (fixed != null) {
            return fixed;
        }
        // HanLP looks roles up by the equivalent word (未##数 for any number), which is more exact.
        Roles known = memo.get(v.word);
        if (known != null) {
            return known;
        }
        EnumItem<E> item = dictionary.get(v.word);
        Roles roles = item == null ? unknown : toRoles(item);
        if (memo.size() < MEMO_LIMIT) {
            memo.putIfAbsent(v.word, roles);
        }
        return roles;
    }

    /** The label map (a TreeMap: ascending ordinal, the order HanLP decodes in) as arrays. */
    private Roles toRoles(EnumItem<E> item) {
        int size = item.labelMap.size();
        int[] labels = new int[size];
        double[] emission = new double[size];
        int k = 0;
        for (Map.Entry<E, Integer> e : item.labelMap.entrySet()) {
            labels[k] = e.getKey().ordinal();
            emission[k] = emission(e.getKey(), e.getValue());
            k++;
        }
        return new Roles(labels, emission);
    }

    private double emission(E label, int frequency) {
        return Math.log((frequency + 1e-8) / matrix.getTotalFrequency(label));
    }

    /**
     * HanLP's role decoding ({@code Viterbi.computeEnum}): at each word, the role of the previous word
     * is the one on the cheapest transition into any role of this word. Same arithmetic, same order.
     */
    private char[] decode(Roles[] roles) {
        double[][] transition = matrix.transititon_probability;
        int n = roles.length;
        char[] tags = new char[n];
        int pre = roles[0].labels[0];
        tags[0] = letter(pre);
        int[] preLabels = roles[1].labels;
        double[] preCost = new double[preLabels.length];
        for (int j = 0; j < preLabels.length; j++) {
            preCost[j] = transition[pre][preLabels[j]] - roles[1].emission[j];
        }
        for (int i = 1; i < n - 1; i++) {
            Roles item = roles[i + 1];
            int[] cur = item.labels;
            double[] cost = new double[cur.length];
            double best = Double.MAX_VALUE;
            for (int k = 0; k < cur.length; k++) {
                cost[k] = Double.MAX_VALUE;
                for (int j = 0; j < preLabels.length; j++) {
                    double now = preCost[j] + transition[preLabels[j]][cur[k]] - item.emission[k];
                    if (now < cost[k]) {
                        cost[k] = now;
                        if (now < best) {
                            best = now;
                            pre = preLabels[j];
                        }
                    }
                }
            }
            tags[i] = letter(pre);
            preLabels = cur;
            preCost = cost;
        }
        tags[n - 1] = tags[0]; // the end vertex takes the begin vertex's role, as in HanLP
        return tags;
    }

    private char letter(int ordinal) {
        return values[ordinal].name().charAt(0);
    }
}
