package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.List;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.name.BodyWalker.Kind;
import org.xinzhi.recognize.name.BodyWalker.Piece;
import org.xinzhi.segment.DictionaryWords;
import org.xinzhi.segment.Token;

/** A company named at the start of a facility, project or event title (特斯拉上海超级工厂 → 特斯拉). */
final class EmbeddedNames {
    static final String RULE = "facility-title";
    /** Longest company name taken from the start of a title. */
    private static final int MAX_ITEM = 12;

    private final NameVocabulary vocab;

    EmbeddedNames(NameVocabulary vocab) {
        this.vocab = vocab;
    }

    void propose(NameView d, List<Piece> body, Proposals out) {
        List<Piece> ps = new ArrayList<>();
        for (Piece p : body) {
            if (p.kind() == Kind.PART && p.text().length() > 1) {
                // 曙光全球研发|总部基地 came as one word: re-read it from the dictionary (曙光/全球/研发)
                for (Token w : DictionaryWords.split(p.text())) {
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
        if (first.kind() != Kind.WORD || !(Tags.isProper(first.pos()) || Tags.isPlace(first.pos()) && ps.size() > 1)) {
            return;
        }
        int start = first.start();
        int end = first.end();
        for (Piece p : ps.subList(1, ps.size())) {
            if (p.kind() != Kind.WORD || Tags.isPlace(p.pos()) || vocab.generic.contains(p.text()) || vocab.boundary.contains(p.text())
                    || p.pos().startsWith("m") || Tags.isVerb(p.pos()) && p.text().length() > 1 || p.pos().equals("vn")) {
                break;
            }
            end = p.end();
        }
        if (end == first.end() && Tags.isPlace(first.pos())) {
            return; // a place alone is no company
        }
        String name = d.text().substring(start, end);
        if (end - start < 2 || end - start > MAX_ITEM || vocab.isStop(name) || vocab.generic.contains(name) || !Tags.hasHan(name)) {
            return;
        }
        out.add(new NameCandidate(MentionType.ORG, start, end, null, SuffixSource.ID, RULE,
                List.of(new Evidence.Cue("title", start, body.get(body.size() - 1).end(), d.slice(start, body.get(body.size() - 1).end()))),
                false, List.of("suffix:facility-title", "embedded:first=" + Tags.coarse(new Token(0, 0, "", "", first.pos())))));
    }
}
