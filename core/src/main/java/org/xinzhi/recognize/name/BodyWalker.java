package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.List;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.name.NameVocabulary.Role;
import org.xinzhi.segment.Token;

/**
 * Reads the body of a name leftwards from its suffix (…有限公司, …产业园): tokens, parenthesized
 * places (康明斯(中国)投资有限公司), quoted names, names found earlier that a unit suffix may follow
 * (管委会高科处). The walk goes as far as a name could reach; the rule's left edge (no connector,
 * verb, context word or digit first; a province before a city dropped) is marked, and the scorer may
 * still prefer another edge among the pieces.
 */
final class BodyWalker {

    /** Longest name built from a suffix (中科仪(南通)半导体设备有限责任公司青岛分公司 is 24). */
    static final int MAX_NAME = 32;
    static final int MAX_BODY_PIECES = 9;

    enum Kind { WORD, PART, CONNECTOR, BRACKET, NAME, UNIT }

    /** A left part of a name. */
    record Piece(int start, int end, String text, String pos, Kind kind) {
    }

    /**
     * The pieces left of a suffix in text order, and the index of the first piece the rule keeps
     * (-1: the rule keeps none).
     */
    record Walk(List<Piece> pieces, int ruleFirst, int suffixStart) {
        int ruleStart() {
            return ruleFirst < 0 ? -1 : pieces.get(ruleFirst).start();
        }

        List<Piece> from(int first) {
            return pieces.subList(first, pieces.size());
        }
    }

    private final NameVocabulary vocab;

    BodyWalker(NameVocabulary vocab) {
        this.vocab = vocab;
    }

    Walk walk(NameView d, int s, MentionType type, LexiconEntry suffix, LexiconMatch[] units,
              NameCandidate[] endingAt, boolean facility) {
        List<Piece> rev = new ArrayList<>();
        int pos = s;
        String t = d.text();
        if (!d.alignedStart(s)) {
            Token k = d.tokenAt(s);
            String part = t.substring(k.start(), s);
            int cut = vocab.boundaryPrefix(part);
            String partPos = k.pos().equals("nis") || vocab.genericText(part.substring(cut)) ? "n" : k.pos();
            rev.add(new Piece(k.start() + cut, s, part.substring(cut), partPos, Kind.PART));
            pos = cut > 0 ? -1 : k.start();
        }
        while (pos > 0 && s - pos < MAX_NAME && rev.size() < MAX_BODY_PIECES) {
            NameCandidate prev = endingAt[pos];
            if (prev != null && !facility) {
                boolean afterConnector = !rev.isEmpty() && rev.get(rev.size() - 1).kind() == Kind.CONNECTOR;
                if (!afterConnector && canChain(type, suffix, prev) && s - prev.start() <= MAX_NAME) {
                    rev.add(new Piece(prev.start(), prev.end(), t.substring(prev.start(), prev.end()), "nt", Kind.NAME));
                    pos = prev.start();
                    continue;
                }
                break;
            }
            char c = t.charAt(pos - 1);
            if (c == ')' || c == '）') {
                int open = d.matchingOpen(pos - 1, 8);
                if (open < 0 || open == pos - 2) {
                    break;
                }
                rev.add(new Piece(open, pos, t.substring(open, pos), "w", Kind.BRACKET));
                pos = open;
                continue;
            }
            if (c == '”' && type == MentionType.ORG) {
                int open = t.lastIndexOf('“', pos - 2);
                Token before = d.tokenEndingAt(open);
                if (open < 0 || pos - open > 7 || open == pos - 2 || before == null || !before.isPlace()) {
                    break;
                }
                rev.add(new Piece(open, pos, t.substring(open, pos), "w", Kind.BRACKET));
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
            if (Tags.isConnector(k.text())) {
                if (!rev.isEmpty() && startsWithPlace(rev.get(rev.size() - 1))) {
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
            int cut = vocab.boundaryPrefix(k.text());
            if (cut > 0) {
                // HanLP glued a context word to the name (入驻临港): the name starts after it
                rev.add(new Piece(k.start() + cut, k.end(), k.text().substring(cut), k.pos(), Kind.PART));
                break;
            }
            rev.add(new Piece(k.start(), k.end(), k.text(), k.pos(), Kind.WORD));
            pos = k.start();
        }
        List<Piece> pieces = new ArrayList<>(rev.size());
        for (int j = rev.size() - 1; j >= 0; j--) {
            pieces.add(rev.get(j));
        }
        return new Walk(pieces, ruleFirst(type, rev), s);
    }

    /** The rule's left edge, as an index into the text-order pieces (-1 if no piece is kept). */
    private int ruleFirst(MentionType type, List<Piece> rev) {
        // trim the left edge: a name starts with no connector, bracket, verb or context word
        int i = rev.size() - 1;
        while (i >= 0) {
            Piece p = rev.get(i);
            if (type == MentionType.ORG && i > 0 && p.kind() == Kind.WORD && Tags.isVerb(p.pos()) && !vocab.boundary.contains(p.text())
                    && !specificAfter(rev, i)) {
                break; // 融合显示研究院: a verb-like first word stays when nothing specific follows
            }
            boolean drop = p.kind() == Kind.CONNECTOR || p.kind() == Kind.BRACKET && p.text().charAt(0) != '“'
                    || p.text().isEmpty() || Character.isDigit(p.text().charAt(0))
                    || (p.kind() == Kind.WORD || p.kind() == Kind.PART) && (Tags.isVerb(p.pos()) || vocab.boundary.contains(p.text())
                    || p.pos().equals("vn") && vocab.generic.contains(p.text()));
            if (!drop) {
                break;
            }
            i--;
        }
        if (i < 0) {
            return -1;
        }
        // place prefix: a province before a city, a city before a district-level place (河北省唐山市… → 唐山市…),
        // both written with their level; a bare place stays (宁波杭州湾新区: 杭州湾 is no level below 宁波)
        while (i >= 1 && isAdminPiece(rev.get(i)) && isAdminPiece(rev.get(i - 1))) {
            i--;
        }
        return rev.size() - 1 - i;
    }

    private static boolean isAdminPiece(Piece p) {
        return p.kind() == Kind.WORD && Tags.isPlace(p.pos()) && NameVocabulary.isAdminArea(p.text());
    }

    /** Whether a piece right of rev[i] (towards the suffix) is specific (not generic, not a verb). */
    private boolean specificAfter(List<Piece> rev, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Piece p = rev.get(j);
            if (p.kind() != Kind.WORD && p.kind() != Kind.PART && p.kind() != Kind.CONNECTOR) {
                return true;
            }
            if ((p.kind() == Kind.WORD || p.kind() == Kind.PART) && !Tags.isVerb(p.pos()) && !vocab.genericText(p.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean canChain(MentionType type, LexiconEntry suffix, NameCandidate prev) {
        if (prev.source().equals(LexiconSource.ID)) {
            return type == MentionType.ORG; // a known company takes a company suffix; a park is not named after it
        }
        if (type == MentionType.ORG) {
            return prev.type() == MentionType.PARK || NameVocabulary.flag(suffix, "dept");
        }
        return prev.type() == MentionType.PARK && !NameVocabulary.flag(suffix, "weak");
    }

    /** Whether a piece is a place, or an organization word that starts with one (湖南电视台). */
    private static boolean startsWithPlace(Piece p) {
        if (p.pos().startsWith("ns")) {
            return true;
        }
        if (!p.pos().startsWith("nt")) {
            return false;
        }
        for (int n = Math.min(3, p.text().length() - 1); n >= 2; n--) {
            if (org.xinzhi.segment.Segmenter.isPlaceWord(p.text().substring(0, n))) {
                return true;
            }
        }
        return false;
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

    // ---------------------------------------------------------------- judging a body

    /** Why the rule rejects a body before a suffix, or null when it accepts it. */
    String rejection(List<Piece> body, int suffixStart, LexiconEntry suffix) {
        boolean specific = false;
        StringBuilder plain = new StringBuilder();
        boolean onlyWords = true;
        for (Piece p : body) {
            switch (p.kind()) {
                case NAME, BRACKET -> specific = true;
                case WORD, PART -> {
                    if ((Tags.isPlace(p.pos()) || Tags.isProper(p.pos())) && !vocab.genericText(p.text())
                            || !vocab.genericText(p.text()) && !vocab.boundary.contains(p.text())) {
                        specific = true;
                    }
                }
                default -> {
                    // a suffix word alone (新片区管委会) is an anaphor, not a name; a connector says nothing
                }
            }
            if (onlyWords && (p.kind() == Kind.WORD || p.kind() == Kind.PART)) {
                plain.append(p.text());
            } else {
                onlyWords = false;
            }
        }
        if (!specific || onlyWords && vocab.genericText(plain.toString())) {
            return "generic-body";
        }
        if (NameVocabulary.flag(suffix, "short") && NameVocabulary.typeOf(suffix) == MentionType.ORG && !evidence(body)
                && !(NameVocabulary.flag(suffix, "noun-body") && singleNoun(body))) {
            return "descriptive-body"; // 设计公司, 合资公司: a description, not a company
        }
        if (NameVocabulary.flag(suffix, "weak") && !brandBody(body, suffixStart - body.get(0).start())) {
            return "no-brand";
        }
        return null;
    }

    /**
     * Whether what stands before an industry or one-char suffix (weak=true) names a brand: a short
     * body with a proper noun or an unknown word, no verbs, no generic words (理想汽车, not 电动汽车).
     */
    boolean brandBody(List<Piece> ps, int length) {
        if (ps.size() > 3 || length > 6) {
            return false;
        }
        boolean brand = false;
        for (Piece p : ps) {
            if ((p.kind() == Kind.WORD || p.kind() == Kind.PART) && (Tags.isVerb(p.pos()) && p.text().length() > 1
                    || p.pos().equals("vn") || vocab.generic.contains(p.text()))) {
                return false;
            }
            brand |= p.kind() == Kind.NAME || p.kind() != Kind.BRACKET && Tags.isProper(p.pos()) && !Tags.isPlace(p.pos());
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

    /** One plain noun of two or more chars, not generic (小米 in 小米集团; 设计, 合资, 能源 are not). */
    boolean singleNoun(List<Piece> ps) {
        if (ps.size() != 1) {
            return false;
        }
        Piece p = ps.get(0);
        return p.kind() == Kind.WORD && p.pos().equals("n") && p.text().length() >= 2 && !vocab.generic.contains(p.text())
                && !vocab.isStop(p.text()) && !vocab.boundary.contains(p.text());
    }

    /** A proper noun, a place, a bracket, a Latin word or an unknown word (two one-char pieces in a row). */
    boolean evidence(List<Piece> ps) {
        int singles = 0;
        for (Piece p : ps) {
            if (p.kind() == Kind.NAME || p.kind() == Kind.BRACKET) {
                return true;
            }
            if (p.kind() == Kind.UNIT || p.kind() == Kind.CONNECTOR) {
                singles = 0;
                continue;
            }
            if ((Tags.isProper(p.pos()) || Tags.isPlace(p.pos())) && !vocab.genericText(p.text())) {
                return true;
            }
            singles = p.text().length() == 1 && !vocab.generic.contains(p.text()) && Tags.oovFragment(p.pos()) ? singles + 1 : 0;
            if (singles >= 2) {
                return true;
            }
        }
        return false;
    }
}
