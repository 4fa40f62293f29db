package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.List;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.name.BodyWalker.Kind;
import org.xinzhi.recognize.name.BodyWalker.Piece;
import org.xinzhi.recognize.name.BodyWalker.Walk;
import org.xinzhi.recognize.name.NameVocabulary.Role;
import org.xinzhi.segment.Token;

/**
 * Names that end in a suffix of the ORG_SUFFIX / PARK_SUFFIX lexicons (…有限公司, …集团, …管委会,
 * …实验室; …产业园, …开发区, …新片区): the type comes from the suffix entry, the left edge from the
 * body walk. The rule's edge is proposed with its verdict, and so is every other edge among the
 * walked pieces, so that the scorer learns where names start. Facility, event and title words
 * (…工厂, …大会, …方案) block the span: no name runs over them, but a company named at their start
 * (特斯拉上海超级工厂 → 特斯拉) is proposed.
 */
final class SuffixSource implements NameSource {
    static final String ID = "suffix";

    private final NameVocabulary vocab;
    private final BodyWalker walker;
    private final EmbeddedNames embedded;

    SuffixSource(NameVocabulary vocab) {
        this.vocab = vocab;
        this.walker = new BodyWalker(vocab);
        this.embedded = new EmbeddedNames(vocab);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void propose(NameView d, Proposals out) {
        LexiconMatch[] units = units(d);
        NameCandidate[] endingAt = new NameCandidate[d.length() + 1];
        for (NameCandidate c : out.candidates()) {
            if (c.source().equals(LexiconSource.ID) && c.type() == MentionType.ORG && c.features().contains("lex:aligned")
                    && (endingAt[c.end()] == null || endingAt[c.end()].start() > c.start())) {
                endingAt[c.end()] = c;
            }
        }
        boolean[] unitStarts = new boolean[d.length() + 1];
        for (LexiconMatch u : units) {
            if (u != null) {
                unitStarts[u.start()] = true;
            }
        }
        for (int e = 1; e <= d.length(); e++) {
            LexiconMatch m = units[e];
            if (m == null) {
                continue;
            }
            LexiconEntry suffix = m.entry();
            boolean facility = vocab.roleOf(suffix) == Role.FACILITY;
            if (NameVocabulary.flag(suffix, "weak") && unitStarts[e]) {
                continue; // an industry word right before another suffix modifies it: 光电|产业园
            }
            Walk walk = walker.walk(d, m.start(), NameVocabulary.typeOf(suffix), suffix, units, endingAt, facility);
            if (facility) {
                out.block(m.start(), m.end());
                if (walk.ruleFirst() >= 0) {
                    embedded.propose(d, walk.from(walk.ruleFirst()), out);
                }
                continue;
            }
            NameCandidate best = proposeEdges(d, m, walk, out);
            if (best != null && (endingAt[best.end()] == null || endingAt[best.end()].start() > best.start())) {
                endingAt[best.end()] = best;
            }
        }
    }

    /** Proposes the rule's edge and the alternatives; returns the rule's candidate if the rule accepts it. */
    private NameCandidate proposeEdges(NameView d, LexiconMatch m, Walk walk, Proposals out) {
        LexiconEntry suffix = m.entry();
        MentionType type = NameVocabulary.typeOf(suffix);
        String t = d.text();
        int end = trailingPlace(d, m.end(), type);
        List<String> base = new ArrayList<>(6);
        base.add("suf=" + suffix.surface());
        for (String flag : new String[] {"weak", "short", "dept", "noun-body", "standalone"}) {
            if (NameVocabulary.flag(suffix, flag)) {
                base.add("suf:" + flag);
            }
        }
        Evidence.Cue cue = new Evidence.Cue("suffix", m.start(), m.end(), m.surface());
        boolean shortable = NameVocabulary.flag(suffix, "short");
        NameCandidate ruleCandidate = null;
        List<Piece> ps = walk.pieces();
        if (walk.ruleFirst() < 0 && NameVocabulary.flag(suffix, "standalone") && d.alignedStart(m.start())) {
            List<String> f = new ArrayList<>(base);
            f.add("suffix:standalone-alone");
            out.add(new NameCandidate(type, m.start(), end, null, ID, suffix.surface(), List.of(cue), false, f));
        }
        for (int first = 0; first < ps.size(); first++) {
            Piece p = ps.get(first);
            if (p.kind() == Kind.CONNECTOR || p.kind() == Kind.BRACKET && p.text().charAt(0) != '“' || p.text().isEmpty()) {
                continue;
            }
            int start = p.start();
            if (end - start > BodyWalker.MAX_NAME || !Tags.hasLetter(t, start, m.start())) {
                continue;
            }
            String name = t.substring(start, end);
            if (vocab.isStop(name)) {
                continue;
            }
            List<Piece> body = ps.subList(first, ps.size());
            List<String> f = new ArrayList<>(base);
            int delta = walk.ruleFirst() < 0 ? 99 : walk.ruleFirst() - first;
            f.add(delta == 0 ? "suffix:rule-edge" : delta == 99 ? "suffix:rule-none" : delta > 0 ? "suffix:edge+" + Math.min(delta, 3)
                    : "suffix:edge-" + Math.min(-delta, 3));
            String why = walker.rejection(body, m.start(), suffix);
            f.add(why == null ? "suffix:accept" : "suffix:reject=" + why);
            if (delta == 0) {
                f.add(why == null ? "suffix:rule-accept" : "suffix:rule-reject=" + why);
            }
            if (describedAsOneOf(d, start)) {
                f.add("suffix:described");
            }
            f.add("suffix:pieces=" + Math.min(body.size(), 4));
            for (Piece q : body) {
                if (q.kind() == Kind.NAME) {
                    f.add("suffix:chain");
                } else if (q.kind() == Kind.BRACKET) {
                    f.add("suffix:bracket");
                }
            }
            if (walker.evidence(body)) {
                f.add("suffix:proper-body");
            }
            if (NameVocabulary.flag(suffix, "weak") && walker.brandBody(body, m.start() - start)) {
                f.add("suffix:brand-body");
            }
            NameCandidate c = new NameCandidate(type, start, end, null, ID, suffix.surface(), List.of(cue), shortable, f);
            out.add(c);
            if (delta == 0 && why == null && !describedAsOneOf(d, start)) {
                ruleCandidate = c;
            }
        }
        return ruleCandidate;
    }

    /** Longest usable suffix ending at each position (null where none). */
    private LexiconMatch[] units(NameView d) {
        LexiconMatch[] best = new LexiconMatch[d.length() + 1];
        List<LexiconMatch> hits = vocab.suffixes.findAll(d.text());
        for (LexiconMatch m : hits) {
            Role role = vocab.roleOf(m.entry());
            if (role == Role.LIST_HEAD || role == Role.APPOSITION || role == Role.TAG_HEAD || role == Role.LATIN || !endsName(d, m.end())) {
                continue;
            }
            if (!d.alignedStart(m.start())) {
                // inside a token: the token must end with the suffix and be no common word (格局, 举办)
                Token k = d.tokenAt(m.start());
                boolean weak = NameVocabulary.flag(m.entry(), "weak");
                if (k == null || k.end() != m.end() && d.alignedEnd(m.end()) || vocab.commonWords.contains(k.text())
                        || vocab.boundary.contains(k.text()) || weak
                        || m.length() == 1 && !(k.pos().startsWith("nt") || k.pos().equals("nis") || k.pos().equals("j"))) {
                    continue;
                }
            } else if (m.length() == 1) {
                Token k = d.tokenStartingAt(m.start());
                if (k == null || k.end() != m.end()) {
                    continue; // a one-char suffix must be a token of its own
                }
            }
            LexiconMatch old = best[m.end()];
            if (old == null || m.length() > old.length()) {
                best[m.end()] = m;
            }
        }
        // 高科处处长: HanLP reads 处处 as one word; a doubled one-char suffix before 长 ends a name
        String t = d.text();
        for (LexiconMatch m : hits) {
            int e = m.end();
            if (m.length() == 1 && e + 1 < d.length() && t.charAt(e) == t.charAt(e - 1) && t.charAt(e + 1) == '长'
                    && vocab.roleOf(m.entry()) == Role.SUFFIX && best[e] == null && d.alignedStart(m.start())) {
                best[e] = m;
            }
        }
        return best;
    }

    /** A name may end here: at a token end, or before a context char HanLP glued to it (临港新片区在 → 区在). */
    private boolean endsName(NameView d, int e) {
        if (d.alignedEnd(e)) {
            return true;
        }
        Token k = d.tokenAt(e);
        return k != null && k.start() < e && k.end() - e <= 2 && vocab.boundary.contains(d.text().substring(e, k.end()));
    }

    /** 一家/首家/第一家 right before: a description (第一家可控核聚变商业公司), not a name. */
    private static boolean describedAsOneOf(NameView d, int start) {
        String t = d.text();
        if (start < 2 || t.charAt(start - 1) != '家') {
            return false;
        }
        char c = t.charAt(start - 2);
        return c == '一' || c == '首' || c == '两' || c == '几' || c == '每' || c == '某' || c == '该';
    }

    /** "(青岛)" right after an ORG name belongs to it: 国家虚拟现实创新中心(青岛). */
    private static int trailingPlace(NameView d, int end, MentionType type) {
        String t = d.text();
        if (type != MentionType.ORG || end >= d.length()) {
            return end;
        }
        char c = t.charAt(end);
        if (c != '(' && c != '（') {
            return end;
        }
        int close = -1;
        for (int i = end + 1; i < Math.min(d.length(), end + 6); i++) {
            char x = t.charAt(i);
            if (x == ')' || x == '）') {
                close = i;
                break;
            }
        }
        if (close < 0 || close == end + 1) {
            return end;
        }
        Token k = d.tokenStartingAt(end + 1);
        return k != null && k.isPlace() && k.end() == close ? close + 1 : end;
    }
}
