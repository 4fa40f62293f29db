package org.xinzhi.recognize;

import org.xinzhi.model.MentionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.recognize.NameCandidate.Source;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;

/**
 * In-document aliases. Explicit definitions (…有限公司(以下简称“X”), 简称“X”, 下称“X”) and implicit
 * short forms (商汤科技 … 商汤; 临港新片区 … 临港; 格科微有限公司 … 格科微) are linked to the full name,
 * and every name and alias found is then looked for in the whole document, so a short form defined
 * once is recognized everywhere. Every result carries its canonical (full, simplified) name.
 */
final class NameAliases {

    /** Function chars HanLP may glue to the start of a name (的青岛…). */
    private static final String GLUE = "的在和与及了是将";

    private static final String[] DEFINERS = {"以下简称", "以下称", "下称", "简称", "以下统称"};

    private NameAliases() {
    }

    record Form(MentionType type, String canonical, Source source) {
    }

    static List<NameCandidate> link(NameDoc d, NameVocabulary vocab, List<NameCandidate> cands, List<int[]> facilities) {
        SpanSet blocked = new SpanSet(d.length());
        for (int[] f : facilities) {
            blocked.addIfFree(f[0], f[1]);
        }
        List<NameCandidate> kept = resolve(cands, blocked, d.text);
        Map<String, Form> forms = new LinkedHashMap<>();
        List<NameCandidate> more = new ArrayList<>();
        // 1. explicit definitions right after a name
        for (NameCandidate c : kept) {
            String full = canonicalOf(d, c);
            int[] def = definition(d.text, c.end());
            if (def != null) {
                String alias = d.text.substring(def[0], def[1]);
                if (!vocab.isStop(alias) && !vocab.generic.contains(alias)) {
                    forms.put(alias, new Form(c.type(), full, Source.ALIAS));
                    more.add(new NameCandidate(c.type(), def[0], def[1], full, Source.ALIAS, false));
                }
            }
        }
        // 2. implicit short forms of company and park names
        for (NameCandidate c : kept) {
            if (!c.shortable() || c.source() == Source.ROLE_TAG) {
                continue;
            }
            String full = canonicalOf(d, c);
            for (String s : shortForms(d, vocab, c)) {
                forms.putIfAbsent(s, new Form(c.type(), full, Source.SHORT_FORM));
            }
        }
        // 3. every name found is a name wherever it occurs in the document
        for (NameCandidate c : kept) {
            String s = d.text.substring(c.start(), c.end());
            if (s.length() >= 2 && c.source() != Source.ROLE_TAG) {
                Source src = c.source() == Source.EMBEDDED ? Source.EMBEDDED : Source.PROPAGATED;
                boolean reliable = c.source() == Source.LEXICON || c.source() == Source.SUFFIX || c.source() == Source.ALIAS;
                forms.putIfAbsent(s, new Form(c.type(), canonicalOf(d, c), reliable && s.length() >= 4 ? Source.LEXICON : src));
            }
        }
        // where a name may start, chained by first char (one hash bucket per char, positions
        // ascending): one pass over the text, so looking up every form costs the few starts in its
        // bucket, not a scan of an enormous document per form
        int bits = Math.max(6, 32 - Integer.numberOfLeadingZeros(d.length()));
        int[] head = new int[1 << bits];
        java.util.Arrays.fill(head, -1);
        int[] nextStart = new int[d.length()];
        for (int i = d.length() - 1; i >= 0; i--) {
            char prev = i == 0 ? ' ' : d.text.charAt(i - 1);
            if (d.alignedStart(i) || !isLetter(prev) || GLUE.indexOf(prev) >= 0) {
                int b = bucket(d.text.charAt(i), bits);
                nextStart[i] = head[b];
                head[b] = i;
            }
        }
        for (Map.Entry<String, Form> f : forms.entrySet()) {
            String s = f.getKey();
            Form form = f.getValue();
            char first = s.charAt(0);
            for (int i = head[bucket(first, bits)]; i >= 0; i = nextStart[i]) {
                if (d.text.charAt(i) != first) {
                    continue;
                }
                if (!d.text.startsWith(s, i)) {
                    continue;
                }
                int e = i + s.length();
                boolean startOk = d.alignedStart(i) || i == 0 || !Character.isLetter(d.text.charAt(i - 1));
                boolean glued = i > 0 && GLUE.indexOf(d.text.charAt(i - 1)) >= 0;
                startOk |= glued && s.length() >= 4; // HanLP glued a function char to the name (的青岛…)
                if (form.source() == Source.SHORT_FORM && !(d.alignedStart(i) && d.alignedEnd(e)
                        || s.length() >= 4 && (d.alignedStart(i) || d.alignedEnd(e)))) {
                    continue; // a short form counts only as a word of its own
                }
                Token only = d.tokenStartingAt(i);
                if (form.source() == Source.SHORT_FORM && only != null && only.end() == e && only.isPlace() && c0(form)) {
                    continue; // 上海 is the place, not 上海某某科技有限公司
                }
                boolean endOk = d.alignedEnd(e) || e == d.length() || !Character.isLetter(d.text.charAt(e))
                        || form.source() != Source.SHORT_FORM && s.length() >= 3; // HanLP may glue the next char (区在)
                if (startOk && endOk) {
                    Source src = form.source() == Source.LEXICON ? Source.PROPAGATED : form.source();
                    more.add(new NameCandidate(form.type(), i, e, form.canonical(), src, false));
                }
            }
        }
        List<NameCandidate> all = new ArrayList<>(kept);
        all.addAll(more);
        List<NameCandidate> result = resolve(all, blocked, d.text);
        List<NameCandidate> out = new ArrayList<>(result.size());
        for (NameCandidate c : result) {
            String s = d.text.substring(c.start(), c.end());
            Form f = forms.get(s);
            String canonical = c.canonical() != null ? c.canonical() : f != null ? f.canonical() : s;
            out.add(c.withCanonical(canonical));
        }
        out.sort(NameRecognizer.BY_START);
        return out;
    }

    /** Character.isLetter with the common Han chars answered without a table lookup. */
    private static boolean isLetter(char c) {
        return c >= '\u4E00' && c <= '\u9FA5' || Character.isLetter(c);
    }

    private static int bucket(char c, int bits) {
        return (c * 0x9E3779B1) >>> (32 - bits);
    }

    private static String canonicalOf(NameDoc d, NameCandidate c) {
        return c.canonical() != null ? c.canonical() : d.text.substring(c.start(), c.end());
    }

    /**
     * Longest first, then the stronger source, then the earlier; nothing over a facility word.
     * Names guessed inside facility titles and from HanLP's tags come second: they only fill free
     * space, the most frequent and then the shortest first (特斯拉 before 特斯拉储能级).
     */
    static List<NameCandidate> resolve(List<NameCandidate> cands, SpanSet blocked, String text) {
        List<NameCandidate> strong = new ArrayList<>();
        List<NameCandidate> weak = new ArrayList<>();
        Map<String, Integer> freq = new HashMap<>();
        for (NameCandidate c : cands) {
            if (c.source() == Source.EMBEDDED || c.source() == Source.ROLE_TAG) {
                weak.add(c);
                freq.merge(text.substring(c.start(), c.end()), 1, Integer::sum);
            } else {
                strong.add(c);
            }
        }
        strong.sort(STRONG_FIRST);
        if (weak.size() > 1) {
            // the most frequent first: each text's count looked up once, not per comparison
            List<Ranked> ranked = new ArrayList<>(weak.size());
            for (NameCandidate c : weak) {
                ranked.add(new Ranked(c, freq.get(text.substring(c.start(), c.end()))));
            }
            ranked.sort(MOST_FREQUENT_FIRST);
            weak.clear();
            for (Ranked r : ranked) {
                weak.add(r.candidate());
            }
        }
        SpanSet taken = new SpanSet(text.length());
        List<NameCandidate> kept = new ArrayList<>();
        for (List<NameCandidate> tier : List.of(strong, weak)) {
            for (NameCandidate c : tier) {
                if (c.length() <= 0 || blocked.overlaps(c.start(), c.end())) {
                    continue;
                }
                if (taken.addIfFree(c.start(), c.end())) {
                    kept.add(c);
                } else if (tier == weak) {
                    // a guessed name running into a known one keeps its part before it (上汽|临港基地)
                    int cut = taken.firstOverlapStart(c.start(), c.end());
                    if (cut - c.start() >= 2 && !blocked.overlaps(c.start(), cut) && taken.addIfFree(c.start(), cut)) {
                        kept.add(new NameCandidate(c.type(), c.start(), cut, c.canonical(), c.source(), false));
                    }
                }
            }
        }
        kept.sort(NameRecognizer.BY_START);
        return kept;
    }

    /** Longest first, then the stronger source, then the earlier. */
    private static final Comparator<NameCandidate> STRONG_FIRST = (a, b) -> {
        int c = Integer.compare(b.length(), a.length());
        if (c != 0) {
            return c;
        }
        c = a.source().compareTo(b.source());
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    };

    private record Ranked(NameCandidate candidate, int count) {
    }

    /** The most frequent text first, then the shorter, then the earlier. */
    private static final Comparator<Ranked> MOST_FREQUENT_FIRST = (a, b) -> {
        int c = Integer.compare(b.count(), a.count());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.candidate().length(), b.candidate().length());
        return c != 0 ? c : Integer.compare(a.candidate().start(), b.candidate().start());
    };

    /** The span of X in "(以下简称“X”)" / ",简称X" starting at {@code from}, or null. */
    static int[] definition(String t, int from) {
        int i = from;
        if (i < t.length() && (t.charAt(i) == '(' || t.charAt(i) == '（' || t.charAt(i) == '，' || t.charAt(i) == ',')) {
            i++;
        } else {
            return null;
        }
        String definer = null;
        for (String w : DEFINERS) {
            if (t.startsWith(w, i)) {
                definer = w;
                break;
            }
        }
        if (definer == null) {
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
    static List<String> shortForms(NameDoc d, NameVocabulary vocab, NameCandidate c) {
        List<String> out = new ArrayList<>();
        // token pieces of the name, brackets dropped
        List<Token> pieces = new ArrayList<>();
        int pos = c.start();
        while (pos < c.end()) {
            Token k = d.tokenStartingAt(pos);
            if (k == null || k.end() > c.end()) {
                pos++;
                continue;
            }
            pieces.add(k);
            pos = k.end();
        }
        // drop a bracketed part and the place prefix
        List<Token> core = new ArrayList<>();
        int depth = 0;
        for (Token k : pieces) {
            String w = k.text();
            if (w.equals("(") || w.equals("（")) {
                depth++;
            } else if (w.equals(")") || w.equals("）")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                core.add(k);
            }
        }
        while (core.size() > 1 && core.get(0).isPlace()) {
            core.remove(0);
        }
        // strip the suffix chain from the right
        StringBuilder sb = new StringBuilder();
        for (Token k : core) {
            sb.append(k.text());
        }
        String joined = sb.toString();
        String s = withoutNameSuffixes(vocab, joined);
        boolean stripped = s.length() < joined.length();
        if (!stripped || s.length() < 2) {
            return out;
        }
        if (c.type() == MentionType.ORG) {
            s = withoutNameSuffixes(vocab, withoutBrackets(d.text.substring(c.start(), c.end())));
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
        // companies: parts of the core after an optional place prefix of 2-3 chars (杭州云帆智能 → 云帆智能,
        // 康明斯投资 → 康明斯); only parts that occur as words elsewhere in the document are kept
        String full = s;
        while (s.length() > 2 && vocab.generic.contains(s.substring(s.length() - 2))) {
            s = s.substring(0, s.length() - 2);
        }
        Token first = d.tokenStartingAt(c.start());
        for (String base : List.of(full, s)) {
            addForms(d, vocab, c, base, first, out);
        }
        return out;
    }

    private static void addForms(NameDoc d, NameVocabulary vocab, NameCandidate c, String s, Token first, List<String> out) {
        for (int from : new int[] {0, 2, 3}) {
            // after a place prefix only: the name's first word is that place, or HanLP read the whole name as one word
            boolean placeCut = from == 0 || first != null && (first.isPlace() && first.length() == from
                    || first.end() >= c.end() && from <= s.length() && Segmenter.isPlaceWord(s.substring(0, from)));
            if (!placeCut) {
                continue;
            }
            for (int to = from + 2; to <= s.length(); to++) {
                String form = s.substring(from, to);
                if (from > 0 && to - from < 2 || vocab.generic.contains(form) || vocab.isStop(form) || vocab.boundary.contains(form)
                        || form.equals(d.text.substring(c.start(), c.end()))) {
                    continue;
                }
                if (!out.contains(form)) {
                    out.add(form);
                }
            }
        }
    }

    private static boolean c0(Form f) {
        return f.type() == MentionType.ORG;
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

    /** Strips up to three trailing name suffixes (…科技有限公司 → …), keeping at least two chars before each. */
    private static String withoutNameSuffixes(NameVocabulary vocab, String s) {
        for (int round = 0; round < 3; round++) {
            LexiconMatch last = null;
            for (LexiconMatch m : vocab.suffixes.findAll(s)) {
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
}
