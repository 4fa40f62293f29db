package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinzhi.model.MentionType;
import org.xinzhi.segment.DictionaryWords;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;
import org.xinzhi.text.Script;

/**
 * The features the scorer reads for each distinct (span, type) of a document: which sources
 * proposed it and what they recorded, its shape (length, script, Latin or Han, word boundaries),
 * its words and parts of speech and those on either side, brackets and quotes, and how the same
 * string fares elsewhere in the document (how often it occurs, what the best-supported occurrence
 * had). Every feature is a string; a feature's weight is learned, and each also appears joined with
 * the candidate's type, since ORG and PARK names behave differently.
 */
final class NameFeatures {

    /** Local features worth carrying to the other occurrences of the same string (the document's evidence). */
    private static final String[] DOC_PREFIXES = {"src=", "lex:file=", "lex:aligned", "lex:full", "suffix:rule-accept",
        "suffix:accept", "role:tag=", "role:company-word", "list:", "alias:", "short:", "latin:", "cue:", "definition:",
        "apposition:", "suffix:facility-title"};

    private final NameVocabulary vocab;

    NameFeatures(NameVocabulary vocab) {
        this.vocab = vocab;
    }

    /** One (span, type) with every candidate that proposed it and its features. */
    record Group(MentionType type, int start, int end, List<NameCandidate> candidates, List<String> features) {
    }

    /** Merges the candidates by (span, type) and computes the features of each group, in text order. */
    List<Group> groups(NameView d, List<NameCandidate> cands) {
        Map<Long, List<NameCandidate>> bySpan = new LinkedHashMap<>();
        for (NameCandidate c : cands) {
            bySpan.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
        // the document's evidence per (string, type): the union of the carried local features
        Map<String, Set<String>> docEvidence = new HashMap<>();
        Map<String, Integer> proposedCount = new HashMap<>();
        for (List<NameCandidate> g : bySpan.values()) {
            NameCandidate c = g.get(0);
            String k = c.type() + "|" + d.slice(c.start(), c.end());
            Set<String> ev = docEvidence.computeIfAbsent(k, x -> new LinkedHashSet<>());
            for (NameCandidate x : g) {
                if (!x.source().equals(NameLinker.PROPAGATED)) {
                    ev.add("src=" + x.source());
                    for (String f : x.features()) {
                        if (carried(f)) {
                            ev.add(f);
                        }
                    }
                }
            }
            proposedCount.merge(k, 1, Integer::sum);
        }
        // the strongest candidate covering each char (for "inside a stronger name")
        int[] strongEnd = new int[d.length() + 1];
        int[] strongStart = new int[d.length() + 1];
        Arrays.fill(strongStart, -1);
        for (NameCandidate c : cands) {
            if (NameLinker.strong(c)) {
                for (int i = c.start(); i < c.end(); i++) {
                    if (c.end() - c.start() > strongEnd[i] - Math.max(0, strongStart[i])) {
                        strongEnd[i] = c.end();
                        strongStart[i] = c.start();
                    }
                }
            }
        }
        List<Group> out = new ArrayList<>(bySpan.size());
        Map<String, Integer> seen = new HashMap<>();
        for (List<NameCandidate> g : bySpan.values()) {
            NameCandidate c = g.get(0);
            String s = d.slice(c.start(), c.end());
            String k = c.type() + "|" + s;
            int occurrence = seen.merge(k, 1, Integer::sum);
            Set<String> f = new LinkedHashSet<>();
            for (NameCandidate x : g) {
                f.add("src=" + x.source());
                f.addAll(x.features());
            }
            if (g.size() > 1) {
                f.add("nsrc=" + Math.min(g.size(), 3));
            }
            shape(d, c, s, f);
            context(d, c, f);
            for (String e : docEvidence.getOrDefault(k, Set.of())) {
                f.add("doc:" + e);
            }
            int count = d.count(s);
            f.add("doc:count=" + bucket(count));
            f.add(occurrence == 1 ? "doc:first" : "doc:repeat");
            inside(c, strongStart, strongEnd, f);
            out.add(new Group(c.type(), c.start(), c.end(), g, typed(c.type(), f, d.script())));
        }
        return out;
    }

    private static boolean carried(String f) {
        for (String p : DOC_PREFIXES) {
            if (f.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static long key(NameCandidate c) {
        return ((long) c.start() << 32) | ((long) c.end() << 1) | (c.type() == MentionType.PARK ? 1 : 0);
    }

    private void shape(NameView d, NameCandidate c, String s, Set<String> f) {
        int n = s.length();
        f.add("len=" + (n <= 4 ? String.valueOf(n) : n <= 6 ? "5-6" : n <= 10 ? "7-10" : "11+"));
        int han = 0;
        int latin = 0;
        int digit = 0;
        int upper = 0;
        int other = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (Tags.isHan(ch)) {
                han++;
            } else if (Tags.isLatin(ch)) {
                latin++;
                upper += Character.isUpperCase(ch) ? 1 : 0;
            } else if (Character.isDigit(ch)) {
                digit++;
            } else {
                other++;
            }
        }
        f.add("chars=" + (han == n ? "han" : latin + upper == 0 && digit == 0 ? "han+sym" : han == 0 && digit == 0 ? "latin"
                : han == 0 ? "latin+digit" : latin > 0 ? "han+latin" : "han+digit"));
        if (Character.isDigit(s.charAt(0))) {
            f.add("starts-digit");
        }
        if (other > 0) {
            f.add("has-symbol");
        }
        if (latin > 0) {
            f.add(upper == latin ? "latin:all-caps" : upper == 0 ? "latin:lower" : "latin:mixed-case");
        }
        boolean as = d.alignedStart(c.start());
        boolean ae = d.alignedEnd(c.end());
        f.add(as && ae ? "tok:aligned" : as ? "tok:start-only" : ae ? "tok:end-only" : "tok:unaligned");
        int tokens = 0;
        Token first = null;
        Token last = null;
        for (int p = c.start(); p < c.end(); ) {
            Token k = d.tokenAt(p);
            if (k == null) {
                p++;
                continue;
            }
            if (first == null) {
                first = k;
            } else if (k.end() < c.end()) {
                // 浙江卫视和湖南电视台: a conjunction or an enumeration comma inside joins two names
                String pos = k.pos();
                if (pos.equals("c") || pos.equals("cc") || k.text().equals("、")) {
                    f.add("inner:conj");
                    Token next = d.tokenAt(k.end());
                    if (next != null && next.isPlace()) {
                        f.add("inner:conj+place");
                    }
                }
            }
            last = k;
            tokens++;
            p = k.end();
        }
        f.add("tok:n=" + Math.min(tokens, 4));
        if (tokens == 1 && as && ae) {
            f.add("tok:single=" + first.pos());
        } else {
            f.add("tok:first=" + Tags.coarse(first));
            f.add("tok:last=" + Tags.coarse(last));
        }
        String tag = n <= 8 ? DictionaryWords.tag(s) : null;
        f.add("dict=" + (tag == null ? "none" : NameLinker.isCommonTag(tag) ? "common-" + tag.charAt(0) : tag));
        if (Segmenter.isPlaceWord(s) || NameVocabulary.isAdminArea(s) && tokens == 1 && first.isPlace()) {
            f.add("guard:place");
        }
        if (tokens == 1 && first.pos().startsWith("nr") && as && ae) {
            f.add("guard:person");
        }
        if (vocab.genericText(s)) {
            f.add("guard:generic");
        }
        if (vocab.boundary.contains(s.substring(0, 1)) || n > 2 && vocab.boundary.contains(s.substring(0, 2))) {
            f.add("guard:boundary-start");
        }
    }

    private static void context(NameView d, NameCandidate c, Set<String> f) {
        String t = d.text();
        Token before = d.tokenEndingAt(c.start());
        Token after = d.tokenStartingAt(c.end());
        f.add("left=" + (c.start() == 0 ? "bos" : before == null ? "glued" : Tags.coarse(before)));
        f.add("right=" + (c.end() == d.length() ? "eos" : after == null ? "glued" : Tags.coarse(after)));
        if (before != null && before.length() <= 2) {
            f.add("leftw=" + before.text());
        }
        if (after != null && after.length() <= 2) {
            f.add("rightw=" + after.text());
        }
        char l = c.start() > 0 ? t.charAt(c.start() - 1) : '\n';
        char r = c.end() < t.length() ? t.charAt(c.end()) : '\n';
        if ((l == '“' || l == '「' || l == '"') && (r == '”' || r == '」' || r == '"')) {
            f.add("quoted");
        } else if (l == '《' && r == '》') {
            f.add("book-title");
        } else if ((l == '(' || l == '（') && (r == ')' || r == '）')) {
            f.add("in-brackets");
        }
        if (l == '\n') {
            f.add("line-start");
        }
        if (r == '\n') {
            f.add("line-end");
        }
    }

    /** Whether the span lies strictly inside a name the rules vouch for (阿里 in 阿里云计算有限公司). */
    private static void inside(NameCandidate c, int[] strongStart, int[] strongEnd, Set<String> f) {
        for (int i = c.start(); i < c.end(); i++) {
            int s = strongStart[i];
            int e = strongEnd[i];
            if (s >= 0 && s <= c.start() && e >= c.end() && e - s > c.end() - c.start()) {
                f.add("inside-strong");
                return;
            }
            if (s >= 0 && (s < c.start() || e > c.end()) && !(s >= c.start() && e <= c.end())) {
                f.add("crosses-strong");
                return;
            }
        }
    }

    private static String bucket(int count) {
        return count <= 1 ? "1" : count == 2 ? "2" : count <= 5 ? "3-5" : count <= 15 ? "6-15" : "16+";
    }

    /** Every feature plain and joined with the type; the source features also joined with the script. */
    private static List<String> typed(MentionType type, Set<String> f, Script script) {
        List<String> out = new ArrayList<>(f.size() * 2 + 3);
        String tp = type == MentionType.PARK ? "P|" : "O|";
        out.add("bias");
        out.add(tp + "bias");
        boolean trad = script == Script.TRADITIONAL;
        if (trad) {
            out.add("trad");
            out.add(tp + "trad");
        }
        for (String x : f) {
            out.add(x);
            out.add(tp + x);
            if (trad && x.startsWith("src=")) {
                out.add("trad|" + x);
            }
        }
        return out;
    }
}
