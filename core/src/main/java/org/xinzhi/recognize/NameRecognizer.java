package org.xinzhi.recognize;

import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.recognize.NameCandidate.Source;
import org.xinzhi.recognize.NameVocabulary.Role;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;

/**
 * Finds organizations (ORG) and named parks and zones (PARK) with one mechanism; the two types
 * differ only in lexicon data (ORG vs PARK entries, ORG_SUFFIX vs PARK_SUFFIX entries).
 *
 * <p>Signals, combined: lexicon names; suffix grammars (…有限公司, …管委会, …产业园, …新片区) whose
 * left edge is found from tokens and parts of speech (place names, proper nouns, parentheses as in
 * 康明斯(中国)投资有限公司); lists of organizations (A、B、C等企业); generic heads followed by a
 * quoted name (社区“模速空间”); HanLP's organization role tags; the stop list. Then overlaps are
 * resolved (longest span wins), aliases are linked ({@link NameAliases}) and every name found is
 * looked for in the whole document. Immutable and thread-safe; the automata are built once here.
 */
public final class NameRecognizer implements Recognizer {

    /** Longest name we build from a suffix (中科仪(南通)半导体设备有限责任公司青岛分公司 is 24). */
    static final int MAX_NAME = 32;
    static final int MAX_BODY_PIECES = 9;
    /** Longest item of a list of organizations. */
    static final int MAX_ITEM = 12;

    private final NameVocabulary vocab;
    /** Plain segmentation (no role tagging) to re-read words HanLP's role tagger glued to a facility word. */
    private final Segmenter plain;

    /** Loose heads (role=tag-head) that ask for a body of at least N chars, by surface. */
    private final Map<String, Integer> longBodyHeads;

    public NameRecognizer(LexiconSet lexicons) {
        this.vocab = new NameVocabulary(lexicons);
        Map<String, Integer> heads = new HashMap<>();
        for (EntryType t : List.of(EntryType.ORG_SUFFIX, EntryType.PARK_SUFFIX)) {
            for (LexiconEntry e : lexicons.entries(t)) {
                String minBody = e.attribute("min-body", null);
                if (NameVocabulary.role(e) == Role.TAG_HEAD && minBody != null) {
                    heads.put(e.surface(), Integer.parseInt(minBody));
                }
            }
        }
        this.longBodyHeads = Map.copyOf(heads);
        // Last: a HanLP segment waits for HanLP's dictionaries, which may still be loading on the
        // extractor's warm-up thread.
        this.plain = Segmenter.standard();
    }

    @Override
    public List<Mention> recognize(AnalyzedText text) {
        NameDoc d = new NameDoc(text);
        if (d.length() == 0) {
            return List.of();
        }
        List<NameCandidate> cands = new ArrayList<>();
        lexiconNames(d, cands);
        List<int[]> facilitySuffixes = suffixNames(d, cands);
        roleTags(d, cands);
        lists(d, cands, strongSpans(d, cands), knownNames(d, cands));
        definitions(d, cands);
        appositions(d, cands);
        List<NameCandidate> kept = NameAliases.link(d, vocab, cands, facilitySuffixes);
        List<Mention> out = new ArrayList<>(kept.size());
        String t = d.text;
        for (NameCandidate c : kept) {
            String slice = t.substring(c.start(), c.end());
            if (Character.isDigit(slice.charAt(0))) {
                continue;
            }
            String canonical = c.canonical() != null ? c.canonical() : slice;
            out.add(Mention.named(c.type(), c.start(), c.end(), slice, slice, canonical));
        }
        return out;
    }

    // ---------------------------------------------------------------- lexicon names

    private void lexiconNames(NameDoc d, List<NameCandidate> out) {
        java.util.Map<String, Boolean> inText = new java.util.HashMap<>();
        for (LexiconMatch m : vocab.names.findAll(d.text)) {
            LexiconEntry e = m.entry();
            boolean aligned = d.alignedStart(m.start()) && d.alignedEnd(m.end());
            boolean ambiguous = NameVocabulary.flag(e, "ambiguous");
            if (!(aligned || m.length() >= 4 && d.alignedEnd(m.end()))) {
                continue;
            }
            if (ambiguous && (e.canonical().equals(m.surface()) || !inText.computeIfAbsent(e.canonical(), d.text::contains))
                    && !(aligned && localEvidence(d, e, m))) {
                continue; // a short name that is also a common word (生物, 精密) counts only beside its full name
            }
            if (vocab.isStop(m.surface())) {
                continue;
            }
            out.add(new NameCandidate(NameVocabulary.typeOf(e), m.start(), m.end(), e.canonical(), Source.LEXICON,
                    NameVocabulary.flag(e, "full") || "full".equals(e.attribute("kind"))));
        }
    }

    /**
     * Local evidence that an ambiguous short name means the company: a company word follows it
     * (台积电今日公布财报, 鸿海宣布), or a Taiwan listed name of 3+ characters is written in traditional
     * characters (台積電), or a 2-character one in traditional is read by HanLP as a name, not a common word.
     */
    private boolean localEvidence(NameDoc d, LexiconEntry e, LexiconMatch m) {
        if (m.length() < 2 || vocab.isStop(m.surface())) {
            return false;
        }
        if (companyContextAfter(d, m.end()) && nounLike(d, m)) {
            return true;
        }
        if (!"TW".equals(e.attribute("market", "")) || !d.writtenTraditional(m.start(), m.end())) {
            return false;
        }
        if (m.length() >= 3) {
            return true;
        }
        Token k = d.tokenStartingAt(m.start());
        return k != null && k.end() == m.end() && (k.pos().startsWith("nt") || k.pos().startsWith("nz") || k.pos().equals("nx")
                || k.pos().equals("j"));
    }

    /** A match read as a noun (产品顺利发布: 顺利 is an adverb there, no company): one noun-like token, or 3+ characters. */
    private static boolean nounLike(NameDoc d, LexiconMatch m) {
        Token k = d.tokenStartingAt(m.start());
        if (k == null || k.end() != m.end()) {
            return m.length() >= 3;
        }
        String p = k.pos();
        return p.startsWith("n") || p.equals("j") || p.equals("x");
    }

    private boolean companyContextAfter(NameDoc d, int end) {
        int pos = end;
        for (int skipped = 0; skipped <= 2; skipped++) {
            Token k = d.tokenStartingAt(pos);
            if (k == null) {
                return false;
            }
            if (vocab.companyContextTrie != null) {
                int lengths = vocab.companyContextTrie.prefixLengths(d.text, pos, 31);
                if ((lengths & ~0b11) != 0 || (lengths & 0b10) != 0 && d.alignedEnd(pos + 1)) {
                    return true; // a context word of 2+ chars, or of one char ending a token
                }
            } else {
                for (String w : vocab.companyContext) {
                    if (d.text.startsWith(w, pos) && (d.alignedEnd(pos + w.length()) || w.length() >= 2)) {
                        return true;
                    }
                }
            }
            if (!vocab.contextFillers.contains(k.text())) {
                return false;
            }
            pos = k.end();
        }
        return false;
    }

    // ---------------------------------------------------------------- suffix grammar

    /** Longest usable suffix ending at each position (null where none). */
    private LexiconMatch[] suffixUnits(NameDoc d) {
        LexiconMatch[] best = new LexiconMatch[d.length() + 1];
        List<LexiconMatch> hits = vocab.suffixes.findAll(d.text);
        for (LexiconMatch m : hits) {
            Role role = vocab.roleOf(m.entry());
            if (role == Role.LIST_HEAD || role == Role.APPOSITION || role == Role.TAG_HEAD) {
                continue;
            }
            if (!endsName(d, m.end())) {
                continue;
            }
            if (!d.alignedStart(m.start())) {
                // inside a token: the token must end with the suffix and be no common word (格局, 举办)
                Token k = d.tokenAt(m.start());
                boolean weak = NameVocabulary.flag(m.entry(), "weak");
                if (k == null || k.end() != m.end() && d.alignedEnd(m.end()) || vocab.commonWords.contains(k.text()) || vocab.boundary.contains(k.text())
                        || weak || m.length() == 1 && !(k.pos().startsWith("nt") || k.pos().equals("nis") || k.pos().equals("j"))) {
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
        for (LexiconMatch m : hits) {
            int e = m.end();
            if (m.length() == 1 && e + 1 < d.length() && d.text.charAt(e) == d.text.charAt(e - 1) && d.text.charAt(e + 1) == '长'
                    && vocab.roleOf(m.entry()) == Role.SUFFIX && best[e] == null && d.alignedStart(m.start())) {
                best[e] = m;
            }
        }
        return best;
    }

    /** A name may end here: at a token end, or before a context char HanLP glued to it (临港新片区在 → 区在). */
    private boolean endsName(NameDoc d, int e) {
        if (d.alignedEnd(e)) {
            return true;
        }
        Token k = d.tokenAt(e);
        return k != null && k.start() < e && k.end() - e <= 2 && vocab.boundary.contains(d.text.substring(e, k.end()));
    }

    /** Proposes names ending in a suffix; returns the spans of facility suffixes (never part of a name). */
    private List<int[]> suffixNames(NameDoc d, List<NameCandidate> out) {
        LexiconMatch[] units = suffixUnits(d);
        NameCandidate[] endingAt = new NameCandidate[d.length() + 1];
        for (NameCandidate c : out) {
            if (c.source() == Source.LEXICON && c.type() == MentionType.ORG
                    && (endingAt[c.end()] == null || endingAt[c.end()].start() > c.start())) {
                endingAt[c.end()] = c;
            }
        }
        List<int[]> facilities = new ArrayList<>();
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
            Role role = vocab.roleOf(suffix);
            MentionType type = NameVocabulary.typeOf(suffix);
            if (NameVocabulary.flag(suffix, "weak") && unitStarts[e]) {
                continue; // an industry word right before another suffix modifies it: 光电|产业园
            }
            Body body = walkLeft(d, m.start(), type, suffix, units, endingAt, role == Role.FACILITY);
            if (role == Role.FACILITY) {
                facilities.add(new int[] {m.start(), m.end()});
                if (body != null) {
                    embedded(d, body, out);
                }
                continue;
            }
            int start;
            if (body == null && NameVocabulary.flag(suffix, "standalone") && d.alignedStart(m.start())) {
                start = m.start(); // 市委 in 市委书记
            } else if (body == null || !acceptable(d, body, suffix)) {
                continue;
            } else {
                start = body.start;
            }
            int end = m.end();
            end = trailingPlace(d, end, type);
            String name = d.text.substring(start, end);
            if (vocab.isStop(name) || describedAsOneOf(d, start)) {
                continue;
            }
            boolean shortable = NameVocabulary.flag(suffix, "short");
            NameCandidate c = new NameCandidate(type, start, end, null, Source.SUFFIX, shortable);
            out.add(c);
            NameCandidate old = endingAt[end];
            if (old == null || old.start() > start) {
                endingAt[end] = c;
            }
        }
        return facilities;
    }

    /** 一家/首家/第一家 right before: a description (第一家可控核聚变商业公司), not a name. */
    private static boolean describedAsOneOf(NameDoc d, int start) {
        if (start < 2 || d.text.charAt(start - 1) != '家') {
            return false;
        }
        char c = d.text.charAt(start - 2);
        return c == '一' || c == '首' || c == '两' || c == '几' || c == '每' || c == '某' || c == '该';
    }

    /** "(青岛)" right after an ORG name belongs to it: 国家虚拟现实创新中心(青岛). */
    private static int trailingPlace(NameDoc d, int end, MentionType type) {
        if (type != MentionType.ORG || end >= d.length()) {
            return end;
        }
        char c = d.text.charAt(end);
        if (c != '(' && c != '（') {
            return end;
        }
        int close = -1;
        for (int i = end + 1; i < Math.min(d.length(), end + 6); i++) {
            char x = d.text.charAt(i);
            if (x == ')' || x == '）') {
                close = i;
                break;
            }
        }
        if (close < 0 || close == end + 1) {
            return end;
        }
        Token k = d.tokenStartingAt(end + 1);
        if (k != null && k.isPlace() && k.end() == close) {
            return close + 1;
        }
        return end;
    }

    /** A left part of a name: tokens, parenthesized places, quoted names, earlier names. */
    record Piece(int start, int end, String text, String pos, Kind kind) {
    }

    enum Kind { WORD, PART, CONNECTOR, BRACKET, NAME, UNIT }

    /** The body of a name (what stands left of its suffix), pieces in text order. */
    record Body(int start, int suffixStart, List<Piece> pieces) {
    }

    private Body walkLeft(NameDoc d, int s, MentionType type, LexiconEntry suffix, LexiconMatch[] units,
                          NameCandidate[] endingAt, boolean facility) {
        List<Piece> rev = new ArrayList<>();
        int pos = s;
        if (!d.alignedStart(s)) {
            Token k = d.tokenAt(s);
            String part = d.text.substring(k.start(), s);
            int cut = boundaryPrefix(part);
            String partPos = k.pos().equals("nis") || genericText(part.substring(cut)) ? "n" : k.pos();
            rev.add(new Piece(k.start() + cut, s, part.substring(cut), partPos, Kind.PART));
            pos = cut > 0 ? -1 : k.start();
        }
        while (pos > 0 && s - pos < MAX_NAME && rev.size() < MAX_BODY_PIECES) {
            if (pos == -1) {
                break;
            }
            NameCandidate prev = endingAt[pos];
            if (prev != null && !facility) {
                boolean afterConnector = !rev.isEmpty() && rev.get(rev.size() - 1).kind() == Kind.CONNECTOR;
                if (!afterConnector && canChain(type, suffix, prev) && s - prev.start() <= MAX_NAME) {
                    rev.add(new Piece(prev.start(), prev.end(), d.text.substring(prev.start(), prev.end()), "nt", Kind.NAME));
                    pos = prev.start();
                    continue;
                }
                break;
            }
            char c = d.text.charAt(pos - 1);
            if (c == ')' || c == '）') {
                int open = d.matchingOpen(pos - 1, 8);
                if (open < 0 || open == pos - 2) {
                    break;
                }
                rev.add(new Piece(open, pos, d.text.substring(open, pos), "w", Kind.BRACKET));
                pos = open;
                continue;
            }
            if (c == '”' && type == MentionType.ORG) {
                int open = d.text.lastIndexOf('“', pos - 2);
                Token before = d.tokenEndingAt(open);
                if (open < 0 || pos - open > 7 || open == pos - 2 || before == null || !before.isPlace()) {
                    break;
                }
                rev.add(new Piece(open, pos, d.text.substring(open, pos), "w", Kind.BRACKET));
                pos = open;
                continue;
            }
            Token k = d.tokenEndingAt(pos);
            if (k == null) {
                break;
            }
            LexiconMatch unit = units[pos];
            if (unit != null && unit.start() < k.start() && d.alignedStart(unit.start())
                    && vocab.roleOf(unit.entry()) == Role.SUFFIX) {
                rev.add(new Piece(unit.start(), pos, unit.surface(), "n", Kind.UNIT));
                pos = unit.start();
                continue;
            }
            if (isConnector(k.text())) {
                if (!rev.isEmpty() && startsWithPlace(d, rev.get(rev.size() - 1))) {
                    break; // a place or an organization after 和 starts a name of its own (浙江卫视和湖南电视台)
                }
                rev.add(new Piece(k.start(), k.end(), k.text(), k.pos(), Kind.CONNECTOR));
                pos = k.start();
                continue;
            }
            if (!nameable(k) || k.text().indexOf('的') >= 0) {
                break;
            }
            Token before = d.tokenEndingAt(k.start());
            if (before != null && vocab.boundary.contains(before.text() + k.text())) {
                break; // 入/驻
            }
            int cut = boundaryPrefix(k.text());
            if (cut > 0) {
                // HanLP glued a context word to the name (入驻临港): the name starts after it
                rev.add(new Piece(k.start() + cut, k.end(), k.text().substring(cut), k.pos(), Kind.PART));
                break;
            }
            rev.add(new Piece(k.start(), k.end(), k.text(), k.pos(), Kind.WORD));
            pos = k.start();
        }
        // trim the left edge: a name starts with no connector, bracket, verb or context word
        int i = rev.size() - 1;
        while (i >= 0) {
            Piece p = rev.get(i);
            if (type == MentionType.ORG && i > 0 && p.kind() == Kind.WORD && isVerb(p.pos()) && !vocab.boundary.contains(p.text())
                    && !specificAfter(rev, i)) {
                break; // 融合显示研究院: a verb-like first word stays when nothing specific follows
            }
            boolean drop = p.kind() == Kind.CONNECTOR || p.kind() == Kind.BRACKET && p.text().charAt(0) != '“'
                    || p.text().isEmpty() || Character.isDigit(p.text().charAt(0))
                    || (p.kind() == Kind.WORD || p.kind() == Kind.PART) && (isVerb(p.pos()) || vocab.boundary.contains(p.text())
                    || p.pos().equals("vn") && vocab.generic.contains(p.text()));
            if (!drop) {
                break;
            }
            i--;
        }
        if (i < 0) {
            return null;
        }
        // place prefix: a province before a city, a city before a district-level place (河北省唐山市… → 唐山市…),
        // both written with their level; a bare place stays (宁波杭州湾新区: 杭州湾 is no level below 宁波)
        while (i >= 1 && rev.get(i).kind() == Kind.WORD && isPlaceTag(rev.get(i).pos()) && NameVocabulary.isAdminArea(rev.get(i).text())
                && rev.get(i - 1).kind() == Kind.WORD && isPlaceTag(rev.get(i - 1).pos()) && NameVocabulary.isAdminArea(rev.get(i - 1).text())) {
            i--;
        }
        List<Piece> pieces = new ArrayList<>(i + 1);
        for (int j = i; j >= 0; j--) {
            pieces.add(rev.get(j));
        }
        return new Body(pieces.get(0).start(), s, pieces);
    }

    /** Whether a piece right of rev[i] (towards the suffix) is specific (not generic, not a verb). */
    private boolean specificAfter(List<Piece> rev, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Piece p = rev.get(j);
            if (p.kind() != Kind.WORD && p.kind() != Kind.PART && p.kind() != Kind.CONNECTOR) {
                return true;
            }
            if ((p.kind() == Kind.WORD || p.kind() == Kind.PART) && !isVerb(p.pos()) && !genericText(p.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean canChain(MentionType type, LexiconEntry suffix, NameCandidate prev) {
        if (prev.source() == Source.LEXICON) {
            return type == MentionType.ORG; // a known company takes a company suffix; a park is not named after it
        }
        if (type == MentionType.ORG) {
            return prev.type() == MentionType.PARK || NameVocabulary.flag(suffix, "dept");
        }
        return prev.type() == MentionType.PARK && !NameVocabulary.flag(suffix, "weak");
    }

    private boolean acceptable(NameDoc d, Body body, LexiconEntry suffix) {
        boolean specific = false;
        boolean proper = false;
        for (Piece p : body.pieces()) {
            switch (p.kind()) {
                case NAME, BRACKET -> {
                    specific = true;
                    proper = true;
                }
                case UNIT -> {
                    // a suffix word alone (新片区管委会) is an anaphor, not a name
                }
                case WORD, PART -> {
                    if ((isPlaceTag(p.pos()) || isProperTag(p.pos())) && !genericText(p.text())) {
                        proper = true;
                        specific = true;
                    } else if (!genericText(p.text()) && !vocab.boundary.contains(p.text())) {
                        specific = true;
                    }
                }
                default -> {
                }
            }
        }
        StringBuilder plain = new StringBuilder();
        for (Piece p : body.pieces()) {
            if (p.kind() == Kind.WORD || p.kind() == Kind.PART) {
                plain.append(p.text());
            } else {
                plain.setLength(0);
                plain.append('#');
                break;
            }
        }
        if (!specific || genericText(plain.toString())) {
            return false;
        }
        if (NameVocabulary.flag(suffix, "short") && NameVocabulary.typeOf(suffix) == MentionType.ORG && !evidence(body.pieces())
                && !(NameVocabulary.flag(suffix, "noun-body") && singleNoun(body.pieces()))) {
            return false; // 设计公司, 合资公司: a description, not a company
        }
        if (!NameVocabulary.flag(suffix, "weak")) {
            return true;
        }
        return brandBody(body.pieces(), body.suffixStart() - body.start());
    }

    /**
     * Whether what stands before an industry or one-char suffix (weak=true) names a brand: a short
     * body with a proper noun or an unknown word, no verbs, no generic words (理想汽车, not 电动汽车).
     */
    private boolean brandBody(List<Piece> ps, int length) {
        if (ps.size() > 3 || length > 6) {
            return false;
        }
        boolean brand = false;
        for (Piece p : ps) {
            if ((p.kind() == Kind.WORD || p.kind() == Kind.PART) && (isVerb(p.pos()) && p.text().length() > 1
                    || p.pos().equals("vn") || vocab.generic.contains(p.text()))) {
                return false;
            }
            brand |= p.kind() == Kind.NAME || p.kind() != Kind.BRACKET && isProperTag(p.pos()) && !isPlaceTag(p.pos());
        }
        if (!brand) {
            int singles = 0;
            for (Piece p : ps) {
                singles = p.kind() == Kind.WORD && p.text().length() == 1 ? singles + 1 : 0;
                brand |= singles >= 2;
            }
        }
        return brand;
    }

    /** A brand-like body, or one plain non-generic noun (理想汽车, 红旗汽车; not 电动汽车, 智能汽车). */
    private boolean brandOrNoun(List<Piece> ps, int length) {
        return brandBody(ps, length) || singleNoun(ps);
    }

    /** One plain noun of two or more chars, not generic (小米 in 小米集团; 设计, 合资, 能源 are not). */
    private boolean singleNoun(List<Piece> ps) {
        if (ps.size() != 1) {
            return false;
        }
        Piece p = ps.get(0);
        return p.kind() == Kind.WORD && p.pos().equals("n") && p.text().length() >= 2 && !vocab.generic.contains(p.text())
                && !vocab.isStop(p.text()) && !vocab.boundary.contains(p.text());
    }

    /** A proper noun, a place, a bracket, a Latin word or an unknown word (two one-char pieces in a row). */
    private boolean evidence(List<Piece> ps) {
        int singles = 0;
        for (Piece p : ps) {
            if (p.kind() == Kind.NAME || p.kind() == Kind.BRACKET) {
                return true;
            }
            if (p.kind() == Kind.UNIT || p.kind() == Kind.CONNECTOR) {
                singles = 0;
                continue;
            }
            if ((isProperTag(p.pos()) || isPlaceTag(p.pos())) && !genericText(p.text())) {
                return true;
            }
            singles = p.text().length() == 1 && !vocab.generic.contains(p.text()) && oovFragment(p.pos()) ? singles + 1 : 0;
            if (singles >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A company named at the start of a facility, project or event title (特斯拉上海超级工厂 → 特斯拉). */
    private void embedded(NameDoc d, Body body, List<NameCandidate> out) {
        List<Piece> ps = new ArrayList<>();
        for (Piece p : body.pieces()) {
            if (p.kind() == Kind.PART && p.text().length() > 1) {
                // 曙光全球研发|总部基地 came as one word: re-read it (曙光/全球/研发)
                for (Token w : plainWords(d, p.text())) {
                    ps.add(new Piece(p.start() + w.start(), p.start() + w.end(), w.text(), w.pos(), Kind.WORD));
                }
            } else {
                ps.add(p);
            }
        }
        if (ps.isEmpty()) {
            return;
        }
        if (ps.size() >= 2 && ps.get(0).pos().equals("nz") && (ps.get(1).pos().startsWith("nr") || ps.get(1).pos().equals("j"))) {
            ps = ps.subList(1, ps.size()); // a caption word glued before a brand (航拍特斯拉)
        }
        Piece first = ps.get(0);
        if (first.kind() != Kind.WORD || !(isProperTag(first.pos()) || isPlaceTag(first.pos()) && ps.size() > 1)) {
            return;
        }
        int start = first.start();
        int end = first.end();
        for (Piece p : ps.subList(1, ps.size())) {
            if (p.kind() != Kind.WORD || isPlaceTag(p.pos()) || vocab.generic.contains(p.text()) || vocab.boundary.contains(p.text())
                    || p.pos().startsWith("m") || isVerb(p.pos()) && p.text().length() > 1 || p.pos().equals("vn")) {
                break;
            }
            end = p.end();
        }
        if (end == first.end() && isPlaceTag(first.pos())) {
            return; // a place alone is no company
        }
        String name = d.text.substring(start, end);
        if (end - start < 2 || end - start > MAX_ITEM || vocab.isStop(name) || vocab.generic.contains(name) || !hasHan(name)) {
            return;
        }
        out.add(new NameCandidate(MentionType.ORG, start, end, null, Source.EMBEDDED, false));
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- lists: A、B、C等企业

    /** For each char, the end of the suffix-grammar name covering it (0 where none). */
    private static int[] strongSpans(NameDoc d, List<NameCandidate> cands) {
        int[] cover = new int[d.length() + 1];
        for (NameCandidate c : cands) {
            if (c.source() == Source.SUFFIX) {
                for (int i = c.start(); i < c.end(); i++) {
                    cover[i] = Math.max(cover[i], c.end());
                }
            }
        }
        return cover;
    }

    /** Texts of the names found by lexicon and suffix grammar so far. */
    private static List<String> knownNames(NameDoc d, List<NameCandidate> cands) {
        List<String> out = new ArrayList<>();
        for (NameCandidate c : cands) {
            if (c.source() == Source.LEXICON || c.source() == Source.SUFFIX || c.source() == Source.ROLE_TAG) {
                out.add(d.text.substring(c.start(), c.end()));
            }
        }
        return out;
    }

    private void lists(NameDoc d, List<NameCandidate> out, int[] strong, List<String> known) {
        String t = d.text;
        List<Token> tokens = d.tokens();
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token k = tokens.get(ti);
            int listEnd;
            MentionType type;
            if (k.text().equals("等") || k.text().equals("等等")) {
                type = headAfter(d, ti + 1);
                listEnd = k.start();
            } else if (isCount(k) && ti > 0 && !tokens.get(ti - 1).isPunctuation() && !tokens.get(ti - 1).text().equals("等")) {
                type = headAfter(d, ti);
                listEnd = k.start();
            } else {
                continue;
            }
            if (listEnd <= 0 || t.charAt(listEnd - 1) == '、') {
                continue;
            }
            collectItems(d, listEnd, type, out, strong, known);
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
                    item(d, a, j, MentionType.ORG, out, true);
                    a = j + 1;
                }
            }
        }
    }

    /** The type named by a list head within a few tokens after {@code from} (等一批优质企业, 等“VC+孵化”平台), or null. */
    private MentionType headAfter(NameDoc d, int from) {
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
            if (w.length() == 1 && isHardStop(w.charAt(0))) {
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
            batch |= endsWith(tail, "一批") || endsWith(tail, "一系列") || endsWith(tail, "众多");
            if (isVerb(k.pos()) && w.length() > 1 && !quoted && !batch) {
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
    private void collectItems(NameDoc d, int end, MentionType type, List<NameCandidate> out, int[] strong, List<String> known) {
        String t = d.text;
        int itemEnd = end;
        int count = 0;
        List<int[]> items = new ArrayList<>();
        while (itemEnd > 0 && count < 30) {
            int sep = -1;
            for (int j = itemEnd - 1; j >= Math.max(0, itemEnd - MAX_ITEM - 1); j--) {
                char c = t.charAt(j);
                if (c == '、') {
                    sep = j;
                    break;
                }
                if (isHardStop(c)) {
                    break;
                }
            }
            if (sep >= 0) {
                items.add(new int[] {sep + 1, itemEnd});
                itemEnd = sep;
                count++;
                continue;
            }
            // the first item: from the left edge of the name-like tokens before it
            int a = firstItemStart(d, itemEnd, strong);
            if (a >= 0) {
                items.add(new int[] {a, itemEnd});
            }
            break;
        }
        if (items.size() < 2) {
            return;
        }
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
        // a list is homogeneous: if most items look like names, all are (海尔、海信、以萨、中车四方等企业)
        int named = 0;
        boolean anyKnown = false;
        for (int[] it : items) {
            named += itemEvidence(d, it[0], it[1]) ? 1 : 0;
            String item = d.text.substring(it[0], it[1]);
            anyKnown |= known.stream().anyMatch(k -> k.startsWith(item));
        }
        // half of the items look like names, or a third and one is a name known from elsewhere (商汤 … 商汤科技)
        boolean lenient = named * 2 >= items.size() || anyKnown && named * 3 >= items.size();
        for (int[] it : items) {
            item(d, it[0], it[1], type, out, lenient);
        }
    }

    private static boolean isHardStop(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '：' || c == ':' || c == '\n'
                || c == '!' || c == '?' || c == '！' || c == '？' || c == '(' || c == '（' || c == ')' || c == '）';
    }

    private int firstItemStart(NameDoc d, int end, int[] strong) {
        int pos = end;
        int start = -1;
        while (pos > 0 && end - pos < MAX_ITEM) {
            Token k = d.tokenEndingAt(pos);
            Token prev = k == null ? null : d.tokenEndingAt(k.start());
            boolean afterPreposition = prev == null || prev.isPunctuation() || prev.pos().startsWith("p");
            if (k == null || k.isPunctuation() || vocab.boundary.contains(k.text()) || isConnector(k.text())
                    || isVerb(k.pos()) && k.length() > 1 && !(pos == end && afterPreposition)
                    || k.pos().equals("vn") && pos != end || k.pos().startsWith("m")
                    || isFunctionTag(k.pos()) || k.text().indexOf('的') >= 0 || strong[k.start()] > 0 && strong[k.start()] < end) {
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

    /** A one-char piece that may be part of an unknown word (not a verb, count, direction or function word). */
    static boolean oovFragment(String pos) {
        return !(!pos.isEmpty() && "vmqfd".indexOf(pos.charAt(0)) >= 0 || isFunctionTag(pos));
    }

    private static boolean isFunctionTag(String pos) {
        // p, c, u, d, r, e, y, o, w, f and their subtags
        return !pos.isEmpty() && "pcudreyowf".indexOf(pos.charAt(0)) >= 0;
    }

    private void item(NameDoc d, int a, int b, MentionType listType, List<NameCandidate> out, boolean lenient) {
        String t = d.text;
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
            if (Character.isDigit(c) || isHardStop(c) || c == '“' || c == '”' || c == '《' || c == '》') {
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
        if (allGeneric || !lenient && !itemEvidence(d, a, b)) {
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
        out.add(new NameCandidate(type, a, b, null, Source.LIST, false));
    }

    /** An item names something if it has a proper noun, a Latin word, an unknown word or a name suffix. */
    private boolean itemEvidence(NameDoc d, int a, int b) {
        int singles = 0;
        for (int p = a; p < b; ) {
            Token w = d.tokenStartingAt(p);
            if (w == null) {
                return false;
            }
            if (isProperTag(w.pos()) || isPlaceTag(w.pos()) && w.end() < b) {
                return true;
            }
            singles = w.length() == 1 && oovFragment(w.pos()) ? singles + 1 : 0;
            if (singles >= 2) {
                return true;
            }
            p = w.end();
        }
        LexiconMatch last = lastSuffix(d.text.substring(a, b));
        return last != null && last.length() < b - a && vocab.roleOf(last.entry()) == Role.SUFFIX;
    }

    private LexiconMatch lastSuffix(String s) {
        LexiconMatch best = null;
        for (LexiconMatch m : vocab.suffixes.findAll(s)) {
            if (m.end() == s.length() && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- X是国内第一家…公司

    /** A clause "X是…(一家|第一家|首家)…公司/企业" defines X as an organization. */
    private void definitions(NameDoc d, List<NameCandidate> out) {
        List<Token> tokens = d.tokens();
        for (int ti = 1; ti < tokens.size(); ti++) {
            Token is = tokens.get(ti);
            if (!is.text().equals("是")) {
                continue;
            }
            // the complement: up to the clause end, mentions 家 and ends with an organization head
            int j = ti + 1;
            StringBuilder comp = new StringBuilder();
            while (j < tokens.size() && !tokens.get(j).isPunctuation() && comp.length() < 24) {
                comp.append(tokens.get(j).text());
                j++;
            }
            String c = comp.toString();
            if (c.indexOf('家') < 0 || !endsWithOrgHead(c)) {
                continue;
            }
            // the subject: from the clause start to 是
            int i = ti - 1;
            while (i >= 0 && !tokens.get(i).isPunctuation() && is.start() - tokens.get(i).start() <= 8) {
                i--;
            }
            Token first = tokens.get(i + 1);
            if (i >= 0 && !tokens.get(i).isPunctuation()) {
                continue; // subject too long
            }
            int a = first.start();
            int b = is.start();
            String subject = d.text.substring(a, b);
            if (b - a < 2 || vocab.isStop(subject) || genericText(subject) || !itemEvidence(d, a, b)
                    || first.pos().startsWith("r") || first.pos().startsWith("t")) {
                continue;
            }
            out.add(new NameCandidate(MentionType.ORG, a, b, null, Source.LIST, false));
        }
    }

    private static boolean endsWith(StringBuilder b, String w) {
        int at = b.length() - w.length();
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (b.charAt(at + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean endsWithOrgHead(String s) {
        for (int cut = Math.max(0, s.length() - vocab.listHeadMax); cut < s.length(); cut++) {
            if (vocab.listHeads.get(s.substring(cut)) == MentionType.ORG) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- 社区“模速空间”

    private void appositions(NameDoc d, List<NameCandidate> out) {
        String t = d.text;
        for (int i = t.indexOf('“'); i >= 0; i = t.indexOf('“', i + 1)) {
            int close = t.indexOf('”', i + 1);
            if (close < 0 || close - i - 1 < 2 || close - i - 1 > 10) {
                continue;
            }
            boolean head = false;
            for (String h : vocab.appositionHeads) {
                if (t.startsWith(h, i - h.length())) {
                    head = true;
                    break;
                }
            }
            if (!head) {
                // “模速空间”大模型创新生态社区: the head follows the quoted name within the clause
                int j = close + 1;
                while (j < t.length() && j - close <= 12 && !isHardStop(t.charAt(j)) && t.charAt(j) != '“' && !head) {
                    Token between = d.tokenAt(j);
                    if (between != null && (isVerb(between.pos()) || isFunctionTag(between.pos()) && !between.isPunctuation())) {
                        break; // “卡位入链”仅仅是…园区: a sentence, not an apposition
                    }
                    j++;
                    for (String h : vocab.appositionHeads) {
                        if (t.startsWith(h, j - h.length()) && j - h.length() > close) {
                            head = j == t.length() || !Character.isLetter(t.charAt(j)) || d.alignedEnd(j) && d.tokenStartingAt(j) != null
                                    && (d.tokenStartingAt(j).isPunctuation() || isFunctionTag(d.tokenStartingAt(j).pos())
                                    || isVerb(d.tokenStartingAt(j).pos()));
                        }
                    }
                }
            }
            if (!head) {
                continue;
            }
            String inner = t.substring(i + 1, close);
            boolean ok = !vocab.isStop(inner);
            for (int j = 0; ok && j < inner.length(); j++) {
                ok = Character.isLetter(inner.charAt(j));
            }
            if (ok) {
                out.add(new NameCandidate(MentionType.PARK, i + 1, close, null, Source.APPOSITION, false));
            }
        }
    }

    // ---------------------------------------------------------------- HanLP role tags

    /** HanLP's organization tag, trusted only for short names that end in no event or facility word. */
    private void roleTags(NameDoc d, List<NameCandidate> out) {
        for (Token k : d.tokens()) {
            String tag = k.pos();
            boolean orgTag = tag.length() >= 2 && tag.charAt(0) == 'n' && tag.charAt(1) == 't'
                    && (tag.equals("nt") || tag.equals("ntc") || tag.equals("ntcb") || tag.equals("ntch"));
            if (!orgTag && !longDictionaryName(k)) {
                continue;
            }
            String s = k.text();
            if (s.length() < 2 || s.length() > 10 || vocab.isStop(s) || vocab.generic.contains(s) || vocab.boundary.contains(s)) {
                continue;
            }
            LexiconMatch last = lastSuffix(s);
            Role lastRole = last == null ? null : vocab.roleOf(last.entry());
            if (last == null && k.pos().equals("ntc") && companyWordUsedAsName(d, k)) {
                out.add(new NameCandidate(MentionType.ORG, k.start(), k.end(), null, Source.ROLE_TAG, false));
                continue;
            }
            if (last == null || lastRole != Role.SUFFIX && lastRole != Role.TAG_HEAD || last.length() == s.length()
                    || genericText(s.substring(0, last.start()))
                    || NameVocabulary.flag(last.entry(), "weak") && (s.length() > 6 || !brandOrNoun(wordsOf(k, last.start()), last.start()))) {
                continue; // no suffix: HanLP guessed (人才链); suffix alone: generic; 电动汽车: a product, no brand
            }
            if (lastRole == Role.TAG_HEAD && (!plausibleTagBody(s.substring(0, last.start()))
                    || last.start() < Integer.parseInt(last.entry().attribute("min-body", "2")))) {
                continue; // 三党, 8日国会, 就会
            }
            if (vocab.boundary.contains(s.substring(0, 1)) || vocab.boundary.contains(s.substring(0, Math.min(2, s.length())))) {
                continue; // 对新兴产业发展
            }
            out.add(new NameCandidate(NameVocabulary.typeOf(last.entry()), k.start(), k.end(), null, Source.ROLE_TAG,
                    NameVocabulary.flag(last.entry(), "short")));
        }
    }

    /**
     * A long dictionary word ending in a loose head that asks for a long body (min-body): HanLP knows
     * 国际货币基金组织 and 世界贸易组织 as plain nouns, while generic phrases (社会组织, 国际金融组织)
     * come as several words or with a short body.
     */
    private boolean longDictionaryName(Token k) {
        if (!k.pos().equals("n") && !k.pos().equals("nz") || k.text().length() < 4) {
            return false;
        }
        for (Map.Entry<String, Integer> h : longBodyHeads.entrySet()) {
            if (k.text().endsWith(h.getKey()) && k.text().length() - h.getKey().length() >= h.getValue()) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code length} chars of a token HanLP merged (电动汽车/nt), re-read as plain words. */
    private List<Piece> wordsOf(Token k, int length) {
        List<Piece> ps = new ArrayList<>();
        for (Token w : plain.segment(k.text().substring(0, length))) {
            ps.add(new Piece(k.start() + w.start(), k.start() + w.end(), w.text(), w.pos(), Kind.WORD));
        }
        return ps;
    }

    /** Whether a piece is a place or an organization token that starts with one (湖南电视台). */
    private boolean startsWithPlace(NameDoc d, Piece p) {
        if (p.pos().startsWith("ns")) {
            return true;
        }
        if (!p.pos().startsWith("nt")) {
            return false;
        }
        List<Token> ws = plainWords(d, p.text());
        return !ws.isEmpty() && ws.get(0).isPlace();
    }

    /** Plain segmentation of a piece, once per distinct text in a document (names recur). */
    private List<Token> plainWords(NameDoc d, String text) {
        return d.plainWords.computeIfAbsent(text, plain::segment);
    }

    /**
     * A company HanLP knows by name (ntc: 微软, 英特尔) with no suffix: taken when it stands as a noun phrase
     * of its own — before a verb, punctuation, 的 or a company word — not as a modifier (现代科技, 光明前景).
     */
    private boolean companyWordUsedAsName(NameDoc d, Token k) {
        if (vocab.commonWords.contains(k.text()) || !hasHan(k.text())) {
            return false;
        }
        if (companyContextAfter(d, k.end())) {
            return true;
        }
        Token next = d.tokenStartingAt(k.end());
        if (next == null) {
            return k.length() >= 3;
        }
        String p = next.pos();
        boolean standsAlone = next.isPunctuation() || p.startsWith("v") && !p.equals("vn") || next.text().equals("的")
                || p.equals("c") || p.equals("cc") || p.startsWith("p") || p.equals("t") || vocab.contextFillers.contains(next.text());
        return standsAlone && (k.length() >= 3 || !next.text().equals("的"));
    }

    /** The part before a loose head of a tagged organization: two or more Han characters, no numeral, not a common word. */
    private boolean plausibleTagBody(String body) {
        if (body.length() < 2 || vocab.isStop(body) || vocab.commonWords.contains(body)) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Character.isIdeographic(c) || "一二三四五六七八九十两几各每该本这那其".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- token classes

    /** Whether a string is made of generic words only (创新产业, 智能新能源), longest words first. */
    boolean genericText(String w) {
        int n = w.length();
        if (n == 0) {
            return false;
        }
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 0; i < n; i++) {
            if (!ok[i]) {
                continue;
            }
            int lengths = vocab.genericOrStop.prefixLengths(w, i, 5);
            for (int len = 1; len <= Math.min(5, n - i); len++) {
                if ((lengths & (1 << len)) != 0) {
                    ok[i + len] = true;
                }
            }
        }
        return ok[n];
    }

    /** Length of a context word (入驻, 联合) at the start of a longer token, or 0. */
    private int boundaryPrefix(String w) {
        for (int n = Math.min(3, w.length() - 1); n >= 2; n--) {
            if (vocab.boundary.contains(w.substring(0, n))) {
                return n;
            }
        }
        return 0;
    }

    static boolean isConnector(String w) {
        return w.equals("和") || w.equals("与") || w.equals("及");
    }

    static boolean isVerb(String pos) {
        return pos.startsWith("v") && !pos.equals("vn");
    }

    static boolean isPlaceTag(String pos) {
        return pos.startsWith("ns");
    }

    static boolean isNameTag(String pos) {
        return pos.startsWith("nt") || pos.startsWith("ns") || pos.startsWith("nz") || pos.startsWith("nr") || pos.equals("nis")
                || pos.equals("j") || pos.equals("n");
    }

    static boolean isProperTag(String pos) {
        return pos.startsWith("nr") || pos.startsWith("nz") || pos.startsWith("nt") || pos.equals("nx") || pos.equals("j")
                || pos.equals("x") || pos.equals("nis");
    }

    private boolean nameable(Token k) {
        String pos = k.pos();
        if (vocab.boundary.contains(k.text())) {
            return false;
        }
        if (pos.equals("nnt") || pos.equals("nnd") || pos.equals("vshi") || pos.equals("vyou")) {
            return false;
        }
        char c = pos.isEmpty() ? 'x' : pos.charAt(0);
        if (c == 'f' && k.length() == 1) {
            return true; // 青岛中微创芯: 中 read as a direction word
        }
        return switch (c) {
            case 'n', 'v', 'j', 'b', 'g', 'a', 'k', 'h', 'x' -> true;
            default -> false;
        };
    }

    /** Sort used when results are listed. */
    static final Comparator<NameCandidate> BY_START = (a, b) -> {
        int c = Integer.compare(a.start(), b.start());
        return c != 0 ? c : Integer.compare(a.end(), b.end());
    };
}
