package org.xinzhi.segment;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.NS;
import com.hankcs.hanlp.corpus.tag.NT;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.common.EnumItemDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import com.hankcs.hanlp.dictionary.nt.OrganizationDictionary;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One of HanLP's role-tagging name recognizers (person, place or organization: a hidden Markov
 * model over the words of a best path, then role patterns such as {@code CCD}), on HanLP's own
 * dictionaries, transition matrices and pattern automata, with array-based decoding.
 *
 * <p>Why not HanLP's {@code PersonRecognition}/{@code PlaceRecognition}/{@code OrganizationRecognition}:
 * they decode over {@code TreeMap}-backed label sets, re-iterating the previous word's labels and
 * recomputing the emission logarithm once per label pair, and allocate a label map for every
 * unknown word; on news that was a fifth of extraction time. This class makes the same decisions
 * (the same decoding with HanLP's tie-breaking, in the same floating-point order), so segmentation
 * is identical; {@code SegmenterRoleOracleTest} checks that against HanLP itself. Person patterns
 * are still matched by HanLP's own {@code PersonDictionary.parsePattern}. Thread-safe.
 */
final class RoleTagger<E extends Enum<E>> {

    private static final int MEMO_LIMIT = 50_000;

    /** A word's possible roles in ascending ordinal order, with emission costs. */
    record Roles(int[] labels, double[] emission) {
    }

    /** The word-specific rules a HanLP recognizer applies around the role dictionary lookup. */
    private interface Rules<E extends Enum<E>> {
        Roles rolesOf(Vertex v, RoleTagger<E> tagger);
    }

    private interface RulesFactory<E extends Enum<E>> {
        Rules<E> create(RoleTagger<E> tagger);
    }

    /** Sentinel in the memo: the word is not in the role dictionary. */
    private static final Roles ABSENT = new Roles(new int[0], new double[0]);

    private final EnumItemDictionary<E> dictionary;
    private final TransformMatrixDictionary<E> matrix;
    private final AhoCorasickDoubleArrayTrie<String> patterns;
    private final E[] values;
    private final E nonName;
    private final String tag;
    private final CoreDictionary.Attribute attribute;
    private final int wordId;
    private final Rules<E> rules;
    /** Roles of the begin vertex when fixed (person names: A/K), else null. */
    private final Roles begin;
    /**
     * Dictionary roles memoized as words are met (a pure function of the word): the role
     * dictionary's label maps are scattered over the heap and reading them cost more than the
     * decoding. Indexed by HanLP word id for dictionary words, by text (bounded) for the rest.
     */
    private final AtomicReferenceArray<Known> byWordId = new AtomicReferenceArray<>(CoreDictionary.trie.size());
    private final ConcurrentHashMap<String, Roles> byText = new ConcurrentHashMap<>();

    private record Known(String key, Roles roles) {
    }

    @SafeVarargs
    private RoleTagger(Class<E> type, EnumItemDictionary<E> dictionary, TransformMatrixDictionary<E> matrix,
                       AhoCorasickDoubleArrayTrie<String> patterns, E nonName, String tag, RulesFactory<E> rules,
                       E... beginLabels) {
        this.dictionary = dictionary;
        this.matrix = matrix;
        this.patterns = patterns;
        this.values = type.getEnumConstants();
        this.nonName = nonName;
        this.tag = tag;
        this.wordId = tag == null ? -1 : CoreDictionary.getWordID(tag);
        this.attribute = tag == null ? null : CoreDictionary.get(wordId);
        this.rules = rules.create(this);
        this.begin = beginLabels.length == 0 ? null : toRoles(new EnumItem<>(beginLabels));
    }

    /** Place names (ns): 二字地名 may take a suffix or prefix, longer rare ones only a suffix. */
    static RoleTagger<NS> places() {
        return new RoleTagger<>(NS.class, PlaceDictionary.dictionary, PlaceDictionary.transformMatrixDictionary,
                PlaceDictionary.trie, NS.Z, Predefine.TAG_PLACE, t -> {
                    Roles shortPlace = t.toRoles(new EnumItem<>(NS.H, NS.G));
                    Roles longPlace = t.toRoles(new EnumItem<>(NS.G));
                    Roles unknown = t.toRoles(new EnumItem<>(NS.Z, t.matrix.getTotalFrequency(NS.Z)));
                    return (v, tagger) -> {
                        if (v.getNature() == Nature.ns && v.getAttribute().totalFrequency <= 1000) {
                            return v.realWord.length() < 3 ? shortPlace : longPlace;
                        }
                        // Looked up by the equivalent word (未##数 for any number), as HanLP does.
                        Roles r = tagger.lookup(v, v.word);
                        return r == null ? unknown : r;
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
                    Roles unknown = t.toRoles(new EnumItem<>(NT.Z, t.matrix.getTotalFrequency(NT.Z)));
                    return (v, tagger) -> {
                        Nature n = v.guessNature();
                        if (n == Nature.nrf && v.getAttribute().totalFrequency <= 1000) {
                            return foreign;
                        }
                        if (n == Nature.ni || n == Nature.nic || n == Nature.nis || n == Nature.nit) {
                            return institution;
                        }
                        if (n == Nature.m) {
                            return number;
                        }
                        Roles r = tagger.lookup(v, v.word);
                        return r == null ? unknown : r;
                    };
                });
    }

    /**
     * Chinese person names (nr): looked up by the word as written; words the dictionary lacks get
     * roles from their part of speech (a rare two-character name may be the start of a longer one,
     * a title may follow a surname).
     */
    static RoleTagger<NR> persons() {
        return new RoleTagger<>(NR.class, PersonDictionary.dictionary, PersonDictionary.transformMatrixDictionary,
                null, NR.Z, null, t -> {
                    EnumItem<NR> x2g1 = new EnumItem<>();
                    x2g1.labelMap.put(NR.X, 2);
                    x2g1.labelMap.put(NR.G, 1);
                    Roles shortName = t.toRoles(x2g1);
                    Roles surnameAndTitle = t.toRoles(new EnumItem<>(NR.G, NR.K));
                    Roles other = t.toRoles(new EnumItem<>(NR.A, t.matrix.getTotalFrequency(NR.A)));
                    return (v, tagger) -> {
                        Roles r = tagger.lookup(v, v.realWord);
                        if (r != null) {
                            return r;
                        }
                        Nature n = v.guessNature();
                        if (n == Nature.nr) {
                            return v.getAttribute().totalFrequency <= 1000 && v.realWord.length() == 2 ? shortName : other;
                        }
                        return n == Nature.nnt ? surnameAndTitle : other;
                    };
                }, NR.A, NR.K);
    }

    /**
     * Tags the roles of {@code path} (a best path, begin and end vertices included) and inserts each
     * recognized place or organization into {@code optimum}, as HanLP's recognizers do.
     */
    void recognize(List<Vertex> path, WordNet optimum, WordNet all) {
        Vertex[] words = path.toArray(new Vertex[0]);
        int n = words.length;
        Roles[] roles = new Roles[n];
        for (int i = 0; i < n; i++) {
            roles[i] = rules.rolesOf(words[i], this);
        }
        char[] tags = decode(roles);
        patterns.parseText(new String(tags), (begin, end, pattern) -> {
            StringBuilder name = new StringBuilder();
            for (int i = begin; i < end; i++) {
                name.append(words[i].realWord);
            }
            String s = name.toString();
            EnumItem<E> known = dictionary.get(s);
            if (known != null && known.containsLabel(nonName)) {
                return; // a listed bad case (盖公章 Z)
            }
            int offset = 0;
            for (int i = 0; i < begin; i++) {
                offset += words[i].realWord.length();
            }
            optimum.insert(offset, new Vertex(tag, s, attribute, wordId), all);
        });
    }

    /**
     * Tags person roles on {@code path} and lets HanLP's person pattern matcher insert the names into
     * {@code optimum}. Decoding is HanLP's simplified one ({@code Viterbi.computeEnumSimply}: each
     * word takes the cheapest role given the previous word's role); the begin vertex has the fixed
     * roles A/K.
     */
    void recognizePersons(List<Vertex> path, WordNet optimum, WordNet all) {
        double[][] transition = matrix.transititon_probability;
        List<E> tags = new ArrayList<>(path.size());
        int pre = begin.labels[0];
        tags.add(values[pre]);
        int best = pre;
        for (int i = 1; i < path.size(); i++) {
            Roles item = rules.rolesOf(path.get(i), this);
            double bestCost = Double.MAX_VALUE;
            for (int k = 0; k < item.labels.length; k++) {
                double now = transition[pre][item.labels[k]] - item.emission[k];
                if (bestCost > now) {
                    bestCost = now;
                    best = item.labels[k];
                }
            }
            pre = best;
            tags.add(values[pre]);
        }
        @SuppressWarnings("unchecked")
        List<NR> personTags = (List<NR>) tags;
        PersonDictionary.parsePattern(personTags, path, optimum, all);
    }

    /**
     * The roles of {@code key} (the vertex's word or written form) in the role dictionary, or null
     * when it has none. Dictionary words are memoized by HanLP word id, others by text.
     */
    Roles lookup(Vertex v, String key) {
        int id = v.wordID;
        // A word id stands for one text only where the key is the word itself (not 未##数 for 3.5).
        if (v.word == key && id >= 0 && id < byWordId.length()) {
            Known known = byWordId.get(id);
            if (known == null || !known.key.equals(key)) {
                known = new Known(key, dictionaryRoles(key));
                byWordId.set(id, known);
            }
            return known.roles == ABSENT ? null : known.roles;
        }
        Roles known = byText.get(key);
        if (known == null) {
            known = dictionaryRoles(key);
            // Only words the dictionary has: numbers and names are endless and mostly absent.
            if (known != ABSENT && byText.size() < MEMO_LIMIT) {
                byText.putIfAbsent(key, known);
            }
        }
        return known == ABSENT ? null : known;
    }

    private Roles dictionaryRoles(String key) {
        EnumItem<E> item = dictionary.get(key);
        return item == null ? ABSENT : toRoles(item);
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
