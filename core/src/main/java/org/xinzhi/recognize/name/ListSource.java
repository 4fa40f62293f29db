package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.List;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.name.NameVocabulary.Role;
import org.xinzhi.segment.Token;

/**
 * Items of lists of organizations: "A、B、C等企业", "A、B、C 4家企业", "(如A、B)". A list is
 * homogeneous: when most items look like names (a proper noun, an unknown word, a suffix) or one is
 * a name known from elsewhere, every item is proposed. The head word after 等 (企业, 园区, 机构 …:
 * entries with role=list-head) gives the type.
 */
final class ListSource implements NameSource {
    static final String ID = "list";
    /** Longest item of a list. */
    static final int MAX_ITEM = 12;

    private final NameVocabulary vocab;

    ListSource(NameVocabulary vocab) {
        this.vocab = vocab;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void propose(NameView d, Proposals out) {
        int[] strong = strongSpans(d, out.candidates());
        List<String> known = knownNames(d, out.candidates());
        String t = d.text();
        List<Token> tokens = d.tokens();
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token k = tokens.get(ti);
            MentionType type;
            if (k.text().equals("等") || k.text().equals("等等")) {
                type = headAfter(d, ti + 1);
            } else if (isCount(k) && ti > 0 && !tokens.get(ti - 1).isPunctuation() && !tokens.get(ti - 1).text().equals("等")) {
                type = headAfter(d, ti);
            } else {
                continue;
            }
            int listEnd = k.start();
            if (listEnd <= 0 || t.charAt(listEnd - 1) == '、') {
                continue;
            }
            collectItems(d, listEnd, type, k, out, strong, known);
        }
        // (如A、B) and (如:A) name examples of an industry
        for (int i = t.indexOf("(如"); i >= 0; i = t.indexOf("(如", i + 1)) {
            int from = i + 2;
            if (from < t.length() && (t.charAt(from) == ':' || t.charAt(from) == '：')) {
                from++;
            }
            int close = t.indexOf(')', from);
            if (close < 0 || close - from > 40) {
                continue;
            }
            int a = from;
            for (int j = from; j <= close; j++) {
                if (j == close || t.charAt(j) == '、') {
                    item(d, a, j, MentionType.ORG, "examples", new Evidence.Cue("list", i, i + 2, "(如"), out, true);
                    a = j + 1;
                }
            }
        }
    }

    /** For each char, the end of the suffix-grammar name covering it (0 where none). */
    private static int[] strongSpans(NameView d, List<NameCandidate> cands) {
        int[] cover = new int[d.length() + 1];
        for (NameCandidate c : cands) {
            if (c.source().equals(SuffixSource.ID) && c.features().contains("suffix:rule-accept")) {
                for (int i = c.start(); i < c.end(); i++) {
                    cover[i] = Math.max(cover[i], c.end());
                }
            }
        }
        return cover;
    }

    /** Texts of the names the lexicons and the suffix rule found so far. */
    private static List<String> knownNames(NameView d, List<NameCandidate> cands) {
        List<String> out = new ArrayList<>();
        for (NameCandidate c : cands) {
            if (c.source().equals(LexiconSource.ID) && c.features().contains("lex:aligned")
                    || c.source().equals(SuffixSource.ID) && c.features().contains("suffix:rule-accept")) {
                out.add(d.slice(c.start(), c.end()));
            }
        }
        return out;
    }

    /** The type named by a list head within a few tokens after {@code from} (等一批优质企业, 等“VC+孵化”平台), or null. */
    private MentionType headAfter(NameView d, int from) {
        List<Token> tokens = d.tokens();
        StringBuilder tail = new StringBuilder();
        boolean quoted = false;
        boolean batch = false; // 等一批具有产业影响力的标杆企业: a clause may describe the head
        for (int j = from; j < Math.min(tokens.size(), from + (batch ? 12 : 7)); j++) {
            Token k = tokens.get(j);
            String w = k.text();
            if (w.equals("“") || w.equals("”")) {
                quoted = w.equals("“");
            }
            if (w.length() == 1 && Tags.isHardStop(w.charAt(0))) {
                return null;
            }
            if ((w.equals("的") || vocab.boundary.contains(w) && !w.equals("等")) && !batch) {
                return null;
            }
            tail.append(w);
            // longest suffix of the tail that is a list head (no head is longer than listHeadMax)
            for (int cut = Math.max(0, tail.length() - vocab.listHeadMax); cut < tail.length(); cut++) {
                MentionType type = vocab.listHeads.get(tail.substring(cut));
                if (type != null) {
                    return type;
                }
            }
            String s = tail.toString();
            batch |= s.endsWith("一批") || s.endsWith("一系列") || s.endsWith("众多");
            if (Tags.isVerb(k.pos()) && w.length() > 1 && !quoted && !batch) {
                return null;
            }
        }
        return null;
    }

    private static boolean isCount(Token k) {
        String s = k.text();
        return k.pos().startsWith("m") && !s.isEmpty() && (Character.isDigit(s.charAt(0)) || "两三四五六七八九十".indexOf(s.charAt(0)) >= 0);
    }

    /** Items of a 、-list ending at {@code end}: right to left, while separated by 、. */
    private void collectItems(NameView d, int end, MentionType type, Token marker, Proposals out, int[] strong, List<String> known) {
        String t = d.text();
        int itemEnd = end;
        List<int[]> items = new ArrayList<>();
        while (itemEnd > 0 && items.size() < 30) {
            int sep = -1;
            for (int j = itemEnd - 1; j >= Math.max(0, itemEnd - MAX_ITEM - 1); j--) {
                char c = t.charAt(j);
                if (c == '、') {
                    sep = j;
                    break;
                }
                if (Tags.isHardStop(c)) {
                    break;
                }
            }
            if (sep >= 0) {
                items.add(new int[] {sep + 1, itemEnd});
                itemEnd = sep;
                continue;
            }
            int a = firstItemStart(d, itemEnd, strong);
            if (a >= 0) {
                items.add(new int[] {a, itemEnd});
            }
            break;
        }
        if (items.size() < 2) {
            return;
        }
        String head = type == null ? "none" : type.name();
        if (type == null) {
            // no head word (投资方包括A、B、C等,): a list with a known name in it lists names
            for (int[] it : items) {
                if (strong[it[0]] == it[1] && (it[0] == 0 || strong[it[0] - 1] < it[1])) {
                    type = MentionType.ORG;
                }
            }
            if (type == null || items.size() < 3) {
                return;
            }
        }
        int named = 0;
        boolean anyKnown = false;
        for (int[] it : items) {
            named += itemEvidence(d, it[0], it[1]) ? 1 : 0;
            String item = t.substring(it[0], it[1]);
            anyKnown |= known.stream().anyMatch(k -> k.startsWith(item));
        }
        // half of the items look like names, or a third and one is a name known from elsewhere (商汤 … 商汤科技)
        boolean lenient = named * 2 >= items.size() || anyKnown && named * 3 >= items.size();
        Evidence.Cue cue = new Evidence.Cue("list-end", marker.start(), marker.end(), marker.text());
        for (int[] it : items) {
            item(d, it[0], it[1], type, "head=" + head, cue, out, lenient);
        }
    }

    private int firstItemStart(NameView d, int end, int[] strong) {
        int pos = end;
        int start = -1;
        while (pos > 0 && end - pos < MAX_ITEM) {
            Token k = d.tokenEndingAt(pos);
            Token prev = k == null ? null : d.tokenEndingAt(k.start());
            boolean afterPreposition = prev == null || prev.isPunctuation() || prev.pos().startsWith("p");
            if (k == null || k.isPunctuation() || vocab.boundary.contains(k.text()) || Tags.isConnector(k.text())
                    || Tags.isVerb(k.pos()) && k.length() > 1 && !(pos == end && afterPreposition)
                    || k.pos().equals("vn") && pos != end || k.pos().startsWith("m")
                    || Tags.isFunction(k.pos()) || k.text().indexOf('的') >= 0 || strong[k.start()] > 0 && strong[k.start()] < end) {
                break;
            }
            Token before = d.tokenEndingAt(k.start());
            start = k.start();
            pos = k.start();
            if (before != null && vocab.boundary.contains(before.text() + k.text())) {
                start = -1;
                break;
            }
        }
        return start;
    }

    private void item(NameView d, int a, int b, MentionType listType, String rule, Evidence.Cue cue, Proposals out, boolean lenient) {
        String t = d.text();
        while (a < b && (t.charAt(a) == '“' || t.charAt(a) == ' ' || t.charAt(a) == '\n')) {
            a++;
        }
        while (b > a && (t.charAt(b - 1) == '”' || t.charAt(b - 1) == ' ')) {
            b--;
        }
        int len = b - a;
        if (len < 2 || len > MAX_ITEM || !d.alignedStart(a) || !d.alignedEnd(b)) {
            return;
        }
        String s = t.substring(a, b);
        if (vocab.isStop(s) || vocab.generic.contains(s) || vocab.boundary.contains(s)) {
            return;
        }
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || Tags.isHardStop(c) || c == '“' || c == '”' || c == '《' || c == '》') {
                return;
            }
            letters |= Character.isLetter(c);
        }
        if (!letters) {
            return;
        }
        // a lone place (天津), a description (重点企业, 膜电极) or a phrase with a verb is no organization
        Token k = d.tokenStartingAt(a);
        if (k != null && k.end() == b && (k.isPlace() || k.pos().equals("vn"))) {
            return;
        }
        boolean allGeneric = true;
        for (int p = a; p < b; ) {
            Token w = d.tokenStartingAt(p);
            if (w == null) {
                return;
            }
            if (vocab.boundary.contains(w.text()) || p + w.length() == b && vocab.listHeads.containsKey(w.text())) {
                return;
            }
            allGeneric &= vocab.generic.contains(w.text()) || vocab.listHeads.containsKey(w.text());
            p = w.end();
        }
        boolean evidence = itemEvidence(d, a, b);
        if (allGeneric || !lenient && !evidence) {
            return;
        }
        MentionType type = listType;
        LexiconMatch last = lastSuffix(s);
        if (last != null && last.end() == s.length() && NameVocabulary.typeOf(last.entry()) == MentionType.PARK
                && vocab.roleOf(last.entry()) == Role.SUFFIX) {
            type = MentionType.PARK;
        }
        if (last != null && last.end() == s.length() && vocab.roleOf(last.entry()) == Role.FACILITY) {
            return;
        }
        List<String> f = List.of("list:" + rule, evidence ? "list:item-evidence" : "list:lenient");
        out.add(new NameCandidate(type, a, b, null, ID, rule, List.of(cue), false, f));
    }

    /** An item names something if it has a proper noun, a Latin word, an unknown word or a name suffix. */
    boolean itemEvidence(NameView d, int a, int b) {
        int singles = 0;
        for (int p = a; p < b; ) {
            Token w = d.tokenStartingAt(p);
            if (w == null) {
                return false;
            }
            if (Tags.isProper(w.pos()) || Tags.isPlace(w.pos()) && w.end() < b) {
                return true;
            }
            singles = w.length() == 1 && Tags.oovFragment(w.pos()) ? singles + 1 : 0;
            if (singles >= 2) {
                return true;
            }
            p = w.end();
        }
        LexiconMatch last = lastSuffix(d.slice(a, b));
        return last != null && last.length() < b - a && vocab.roleOf(last.entry()) == Role.SUFFIX;
    }

    private LexiconMatch lastSuffix(String s) {
        LexiconMatch best = null;
        for (LexiconMatch m : vocab.suffixes.findAll(s)) {
            if (m.end() == s.length() && vocab.roleOf(m.entry()) != Role.LATIN && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }
}
