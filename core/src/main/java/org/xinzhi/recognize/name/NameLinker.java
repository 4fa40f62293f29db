package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.segment.DictionaryWords;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;

/**
 * The document stage: names defined or implied once are proposed at every occurrence.
 * <ul>
 *   <li>explicit definitions after a name — …有限公司(以下简称“X”), 简称X, 下称X — give alias X,
 *       linked to the full name;</li>
 *   <li>implicit short forms of company and park names (商汤科技 → 商汤, 临港新片区 → 临港,
 *       格科微有限公司 → 格科微) and abbreviations made of the first characters of the name's words
 *       (亚洲电视 → 亚视), wherever they occur as words of their own;</li>
 *   <li>every proposed string at every other place it occurs ("propagated").</li>
 * </ul>
 * Guards, as general rules: a common word of HanLP's core dictionary (n, v, vn, a …) is never a short
 * form; a place is never a short form of a company that merely starts with it (前海 is not
 * 深圳前海某某银行); a string another candidate names as a park is not a company's short form.
 */
final class NameLinker {
    static final String ALIAS = "alias";
    static final String SHORT_FORM = "short-form";
    static final String PROPAGATED = "propagated";

    /** Function chars HanLP may glue to the start of a name (的青岛…). */
    private static final String GLUE = "的在和与及了是将";

    private final NameVocabulary vocab;

    NameLinker(NameVocabulary vocab) {
        this.vocab = vocab;
    }

    /** A form to look for, the type and canonical name it carries, and where it came from. */
    private record Form(MentionType type, String canonical, String source, String rule, List<String> features, Evidence.Cue from) {
    }

    /** Adds alias, short-form and propagated candidates to {@code out}. */
    void link(NameView d, Proposals out) {
        List<NameCandidate> base = new ArrayList<>(out.candidates());
        Map<String, Form> forms = new LinkedHashMap<>();
        Set<String> parkNames = new HashSet<>();
        for (NameCandidate c : base) {
            if (c.type() == MentionType.PARK && strong(c)) {
                parkNames.add(d.slice(c.start(), c.end()));
            }
        }
        // 1. explicit definitions right after a candidate
        for (NameCandidate c : base) {
            int[] def = definition(d.text(), c.end());
            if (def == null) {
                continue;
            }
            String alias = d.slice(def[0], def[1]);
            if (vocab.isStop(alias) || vocab.generic.contains(alias) || !Tags.hasLetter(alias, 0, alias.length())) {
                continue;
            }
            String full = canonicalOf(d, c);
            List<String> f = List.of("alias:defined", "alias:of=" + c.source());
            out.add(new NameCandidate(c.type(), def[0], def[1], full, ALIAS, "definition",
                    List.of(new Evidence.Cue("full-name", c.start(), c.end(), d.slice(c.start(), c.end())),
                            new Evidence.Cue("definer", c.end(), def[0], d.slice(c.end(), def[0]))), false, f));
            forms.putIfAbsent(alias, new Form(c.type(), full, ALIAS, "definition", List.of("alias:defined-elsewhere"), origin(d, c, "defined-at")));
        }
        // 2. implicit short forms and abbreviations of company and park names
        for (NameCandidate c : base) {
            boolean tagged = c.source().equals(RoleTagSource.ID) && c.length() >= 4;
            // a suffix name whose left edge is not the rule's first choice still has short forms (协盛协丰 of
            // 协盛协丰控股有限公司 when the rule cut at 盛协丰); the scorer learns how far to trust them
            boolean altEdge = c.shortable() && c.source().equals(SuffixSource.ID) && c.features().contains("suffix:accept");
            if (!(c.shortable() && strong(c)) && !tagged && !altEdge) {
                continue;
            }
            String full = canonicalOf(d, c);
            if (c.shortable() && (strong(c) || altEdge)) {
                String of = strong(c) ? "short:of=" + c.source() : "short:of=suffix-alt-edge";
                for (String s : shortForms(d, c)) {
                    if (shortFormAllowed(s, c, parkNames)) {
                        forms.putIfAbsent(s, new Form(c.type(), full, SHORT_FORM, "implicit", List.of("short:implicit", of), origin(d, c, "full-name")));
                    }
                }
            }
            for (String s : abbreviations(d, c)) {
                if (shortFormAllowed(s, c, parkNames)) {
                    forms.putIfAbsent(s, new Form(c.type(), full, SHORT_FORM, "abbreviation",
                            List.of("short:abbreviation", "short:of=" + c.source()), origin(d, c, "full-name")));
                }
            }
        }
        // 3. every proposed string, wherever it occurs
        Set<Long> proposed = new HashSet<>();
        for (NameCandidate c : out.candidates()) {
            proposed.add(key(c.start(), c.end(), c.type()));
        }
        for (NameCandidate c : out.candidates()) {
            String s = d.slice(c.start(), c.end());
            if (s.length() >= 2) {
                forms.putIfAbsent(s, new Form(c.type(), c.canonical(), PROPAGATED, c.source(), List.of("prop:from=" + c.source()),
                        origin(d, c, "same-string")));
            }
        }
        find(d, forms, proposed, out);
    }

    /** Proposes every occurrence of every form that starts (or ends) on a word boundary. */
    private void find(NameView d, Map<String, Form> forms, Set<Long> proposed, Proposals out) {
        String t = d.text();
        // where a name may start; every form's occurrences come from one pass over the text
        // (FormFinder), so a long run of one character costs linear time, not length x starts
        boolean[] mayStart = new boolean[d.length() + 1];
        for (int i = 0; i < d.length(); i++) {
            char prev = i == 0 ? ' ' : t.charAt(i - 1);
            mayStart[i] = d.alignedStart(i) || !Tags.isLetter(prev) || GLUE.indexOf(prev) >= 0;
        }
        List<String> keys = new ArrayList<>(forms.keySet());
        int[][] starts = FormFinder.starts(t, keys, mayStart, 10_000);
        for (int fi = 0; fi < keys.size(); fi++) {
            String s = keys.get(fi);
            Form form = forms.get(s);
            for (int i : starts[fi]) {
                int e = i + s.length();
                if (proposed.contains(key(i, e, form.type()))) {
                    continue;
                }
                boolean as = d.alignedStart(i);
                boolean ae = d.alignedEnd(e);
                boolean startOk = as || i == 0 || !Character.isLetter(t.charAt(i - 1))
                        || GLUE.indexOf(t.charAt(i - 1)) >= 0 && s.length() >= 4;
                boolean endOk = ae || e == d.length() || !Character.isLetter(t.charAt(e)) || s.length() >= 3;
                if (!startOk || !endOk) {
                    continue;
                }
                if (form.source().equals(SHORT_FORM)) {
                    if (!(as && ae || s.length() >= 4 && (as || ae))) {
                        continue; // a short form counts only as a word of its own
                    }
                    Token only = d.tokenStartingAt(i);
                    if (only != null && only.end() == e && only.isPlace() && form.type() == MentionType.ORG) {
                        continue; // 上海 is the place, not 上海某某科技有限公司
                    }
                }
                List<String> feats = new ArrayList<>(form.features());
                feats.add(as && ae ? "link:aligned" : as ? "link:start-only" : ae ? "link:end-only" : "link:unaligned");
                out.add(new NameCandidate(form.type(), i, e, form.canonical(), form.source(), form.rule(), List.of(form.from()), false, feats));
                proposed.add(key(i, e, form.type()));
            }
        }
    }

    /** Where a linked form came from: the candidate it was derived from, as an evidence cue. */
    private static Evidence.Cue origin(NameView d, NameCandidate c, String role) {
        return new Evidence.Cue(role, c.start(), c.end(), d.slice(c.start(), c.end()));
    }

    private static long key(int start, int end, MentionType type) {
        return ((long) start << 32) | ((long) end << 1) | (type == MentionType.PARK ? 1 : 0);
    }

    /** A candidate the rules vouch for: an aligned lexicon name, a suffix name the rule accepts, a defined alias. */
    static boolean strong(NameCandidate c) {
        return switch (c.source()) {
            case LexiconSource.ID -> c.features().contains("lex:aligned");
            case SuffixSource.ID -> c.features().contains("suffix:rule-accept");
            case ALIAS -> true;
            default -> false;
        };
    }

    private static String canonicalOf(NameView d, NameCandidate c) {
        return c.canonical() != null ? c.canonical() : d.slice(c.start(), c.end());
    }

    /**
     * The guards of a short form: not a common dictionary word, not a place (for a company), not a
     * name another candidate gives to a park, not the name itself.
     */
    private boolean shortFormAllowed(String s, NameCandidate of, Set<String> parkNames) {
        if (s.length() < 2 || vocab.generic.contains(s) || vocab.isStop(s) || vocab.boundary.contains(s)) {
            return false;
        }
        String tag = DictionaryWords.tag(s);
        if (tag != null && isCommonTag(tag)) {
            return false;
        }
        if (of.type() == MentionType.ORG && (Segmenter.isPlaceWord(s) || NameVocabulary.isAdminArea(s) || parkNames.contains(s))) {
            return false;
        }
        return true;
    }

    /** Parts of speech of common words: nouns, verbs, verbal nouns, adjectives, adverbs, numerals … not names. */
    static boolean isCommonTag(String tag) {
        if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz") || tag.equals("nx")
                || tag.equals("j") || tag.equals("nis")) {
            return false;
        }
        return !tag.isEmpty() && "nvadmqrbf".indexOf(tag.charAt(0)) >= 0;
    }

    /** The span of X in "(以下简称“X”)" / ",简称X" starting at {@code from}, or null. */
    static int[] definition(String t, int from) {
        int i = from;
        if (i < t.length() && (t.charAt(i) == '(' || t.charAt(i) == '（' || t.charAt(i) == '，' || t.charAt(i) == ',')) {
            i++;
        } else {
            return null;
        }
        String definer = null;
        for (String w : new String[] {"以下简称", "以下称", "下称", "简称", "以下统称", "下同"}) {
            if (t.startsWith(w, i)) {
                definer = w;
                break;
            }
        }
        if (definer == null || definer.equals("下同")) {
            return null;
        }
        i += definer.length();
        if (i < t.length() && (t.charAt(i) == ':' || t.charAt(i) == '：' || t.charAt(i) == '为')) {
            i++;
        }
        boolean quoted = i < t.length() && (t.charAt(i) == '“' || t.charAt(i) == '"' || t.charAt(i) == '「');
        if (quoted) {
            i++;
        }
        int a = i;
        while (i < t.length() && i - a <= 12) {
            char c = t.charAt(i);
            if (c == '”' || c == '"' || c == '」' || c == ')' || c == '）' || c == '，' || c == ',' || c == '、' || c == '。') {
                break;
            }
            i++;
        }
        if (i >= t.length() || i - a < 2 || i - a > 12) {
            return null;
        }
        return new int[] {a, i};
    }

    /** Short forms of a company or park name: without place prefix, brackets and suffixes. */
    private List<String> shortForms(NameView d, NameCandidate c) {
        List<String> out = new ArrayList<>();
        List<Token> core = coreTokens(d, c);
        StringBuilder sb = new StringBuilder();
        for (Token k : core) {
            sb.append(k.text());
        }
        String joined = sb.toString();
        String s = withoutNameSuffixes(joined);
        if (s.length() >= joined.length() || s.length() < 2) {
            return out;
        }
        if (c.type() == MentionType.PARK) {
            // only a name of its own (临港), not a description (集成电路) or a city (青岛)
            Token k = null;
            for (Token t : core) {
                if (t.text().equals(s)) {
                    k = t;
                }
            }
            if (k != null && !vocab.generic.contains(s) && !vocab.isStop(s) && (k.pos().startsWith("nz") || k.pos().startsWith("nr")
                    || k.pos().equals("j") || k.pos().startsWith("ns") && !NameVocabulary.isAdminArea(s))) {
                out.add(s);
            }
            return out;
        }
        s = withoutNameSuffixes(withoutBrackets(d.slice(c.start(), c.end())));
        // companies: parts of the core after an optional place prefix of 2-3 chars (杭州云帆智能 → 云帆智能,
        // 康明斯投资 → 康明斯)
        String full = s;
        while (s.length() > 2 && vocab.generic.contains(s.substring(s.length() - 2))) {
            s = s.substring(0, s.length() - 2);
        }
        Token first = d.tokenStartingAt(c.start());
        for (String base : List.of(full, s)) {
            addForms(d, c, base, first, out);
        }
        return out;
    }

    /** The tokens of a name, brackets and a leading place dropped. */
    private static List<Token> coreTokens(NameView d, NameCandidate c) {
        List<Token> core = new ArrayList<>();
        int depth = 0;
        int pos = c.start();
        while (pos < c.end()) {
            Token k = d.tokenStartingAt(pos);
            if (k == null || k.end() > c.end()) {
                pos++;
                continue;
            }
            String w = k.text();
            if (w.equals("(") || w.equals("（")) {
                depth++;
            } else if (w.equals(")") || w.equals("）")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                core.add(k);
            }
            pos = k.end();
        }
        while (core.size() > 1 && core.get(0).isPlace()) {
            core.remove(0);
        }
        return core;
    }

    private void addForms(NameView d, NameCandidate c, String s, Token first, List<String> out) {
        for (int from : new int[] {0, 2, 3}) {
            // after a place prefix only: the name's first word is that place, or HanLP read the whole name as one word
            boolean placeCut = from == 0 || first != null && (first.isPlace() && first.length() == from
                    || first.end() >= c.end() && from <= s.length() && Segmenter.isPlaceWord(s.substring(0, from)));
            if (!placeCut) {
                continue;
            }
            for (int to = from + 2; to <= s.length(); to++) {
                String form = s.substring(from, to);
                if (form.equals(d.slice(c.start(), c.end())) || out.contains(form)) {
                    continue;
                }
                out.add(form);
            }
        }
    }

    /**
     * Abbreviations made of one character of each word of a name (亚洲/电视 → 亚视, 香港/电灯 → 港灯,
     * 中华/电力 → 中电, 证券/监督/管理/委员会 → 证监会): for two words every first-or-last pair, for
     * more the first characters of the first words with the last word's first or last character.
     * Two or three characters; the guards and the scorer decide which are used.
     */
    private List<String> abbreviations(NameView d, NameCandidate c) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        for (int pos = c.start(); pos < c.end(); ) {
            Token k = d.tokenStartingAt(pos);
            if (k == null || k.end() > c.end()) {
                pos++;
                continue;
            }
            String w = k.text();
            if (w.equals("(") || w.equals("（")) {
                depth++;
            } else if (w.equals(")") || w.equals("）")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Tags.hasHan(w)) {
                if (w.length() >= 4) {
                    for (Token part : DictionaryWords.split(w, w.length() - 1)) {
                        words.add(part.text());
                    }
                } else {
                    words.add(w);
                }
            }
            pos = k.end();
        }
        List<String> out = new ArrayList<>();
        int k = words.size();
        if (k < 2 || k > 5) {
            return out;
        }
        if (k == 2) {
            String a = words.get(0);
            String b = words.get(1);
            for (char x : new char[] {a.charAt(0), a.charAt(a.length() - 1)}) {
                for (char y : new char[] {b.charAt(0), b.charAt(b.length() - 1)}) {
                    String s = "" + x + y;
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                }
            }
            return out;
        }
        StringBuilder firsts = new StringBuilder();
        for (int i = 0; i < k - 1 && firsts.length() < 2; i++) {
            firsts.append(words.get(i).charAt(0));
        }
        String last = words.get(k - 1);
        out.add(firsts.toString() + last.charAt(0));
        if (last.length() > 1) {
            out.add(firsts.toString() + last.charAt(last.length() - 1));
        }
        return out;
    }

    /** Strips up to three trailing name suffixes (…科技有限公司 → …), keeping at least two chars before each. */
    private String withoutNameSuffixes(String s) {
        for (int round = 0; round < 3; round++) {
            org.xinzhi.lexicon.LexiconMatch last = null;
            for (org.xinzhi.lexicon.LexiconMatch m : vocab.suffixes.findAll(s)) {
                if (m.end() == s.length() && m.start() > 0 && (last == null || m.length() > last.length())
                        && NameVocabulary.role(m.entry()) == NameVocabulary.Role.SUFFIX) {
                    last = m;
                }
            }
            if (last == null || last.start() < 2) {
                break;
            }
            s = s.substring(0, last.start());
        }
        return s;
    }

    private static String withoutBrackets(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if (ch == ')' || ch == '）') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
