package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.FormTrie;
import org.xinzhi.segment.Token;

/**
 * Names told by the words that follow them: a title (X董事长, X创始人), a newsroom (X记者, 据X报道),
 * a company's doings (X旗下, X股价, X宣布). Most organizations in news carry no suffix and are in no
 * list; what stands after them says what they are. For each cue word (STOP entries with
 * {@code role=name-cue} and a {@code class}, plus the company-context words) the source proposes the
 * last one, two, three and four name-like words before it, each with the cue's class and the number
 * of words as features: the scorer learns which left edge a cue supports, and how far to trust it
 * (贾跃亭表示 has a person before the cue, 华为董事长 a company).
 */
final class CueSource implements NameSource {
    static final String ID = "cue";
    /** Most words and characters a cue reaches back over. */
    private static final int MAX_WORDS = 4;
    private static final int MAX_CHARS = 12;

    private final NameVocabulary vocab;
    private final FormTrie cues;
    private final Map<String, String> classes;
    private final int maxCue;

    CueSource(NameVocabulary vocab) {
        this.vocab = vocab;
        this.classes = vocab.nameCues;
        this.cues = new FormTrie(classes.keySet());
        this.maxCue = classes.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void propose(NameView d, Proposals out) {
        if (classes.isEmpty()) {
            return;
        }
        List<Token> tokens = d.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token at = tokens.get(i);
            String cue = cueAt(d, at.start());
            if (cue == null) {
                continue;
            }
            String cls = classes.get(cue);
            // X的股价, X的董事长: a company's things and posts may stand after 的
            boolean viaDe = tokens.get(i - 1).text().equals("的") && !cls.equals("media");
            int end = viaDe ? tokens.get(i - 1).start() : at.start();
            int start = end;
            int words = 0;
            boolean allPlace = true;
            boolean proper = false;
            boolean allPerson = true;
            for (int j = viaDe ? i - 2 : i - 1; j >= 0 && words < MAX_WORDS; j--) {
                Token k = tokens.get(j);
                if (!nameLike(k, j == (viaDe ? i - 2 : i - 1)) || end - k.start() > MAX_CHARS) {
                    break;
                }
                words++;
                start = k.start();
                allPlace &= Tags.isPlace(k.pos());
                proper |= properPiece(k);
                allPerson &= isPerson(k.pos());
                String s = d.slice(start, end);
                // a suffix name is the suffix grammar's (科创板上市公司 is none); common nouns alone are no name (动力电池)
                // a person before a title is the post's holder, not the organization (局长张三 has the body before it)
                if (!proper || allPerson || tokens.get(viaDe ? i - 2 : i - 1).pos().equals("nis") || !plausible(s)) {
                    continue;
                }
                List<String> f = new ArrayList<>(4);
                f.add("cue=" + cls);
                f.add("cue:words=" + words);
                f.add(cls + ":words=" + words);
                if (allPlace) {
                    f.add("cue:place-only");
                }
                if (viaDe) {
                    f.add("cue:via-de");
                }
                out.add(new NameCandidate(MentionType.ORG, start, end, null, ID, cls,
                        List.of(new Evidence.Cue("cue", at.start(), at.start() + cue.length(), cue)), false, f));
            }
        }
    }

    /** The longest cue word starting at {@code pos} that ends a token or is 2+ characters long. */
    private String cueAt(NameView d, int pos) {
        int lengths = cues.prefixLengths(d.text(), pos, Math.min(31, maxCue));
        for (int len = Math.min(31, maxCue); len >= 1; len--) {
            if ((lengths & (1 << len)) != 0 && d.alignedEnd(pos + len)) {
                return d.slice(pos, pos + len);
            }
        }
        return null;
    }

    /**
     * A word that may be part of a name: nouns, abbreviations, Latin words, the numerals of invented
     * names (36氪), and a one-char morpheme at the name's end that HanLP cut off (阿里/云).
     */
    private boolean nameLike(Token k, boolean last) {
        String p = k.pos();
        if (k.isPunctuation() || vocab.boundary.contains(k.text())) {
            return false;
        }
        if (last && k.length() == 1 && p.endsWith("g")) {
            return true;
        }
        return p.startsWith("n") && !p.equals("nnt") && !p.equals("nnd") || p.equals("j") || p.equals("g") || p.equals("x")
                || p.equals("m") && k.text().chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A word that makes a name of common words: a proper noun, a place, a numeral or a Latin word, or a morpheme HanLP could not place. */
    private static boolean properPiece(Token k) {
        String p = k.pos();
        return Tags.isProper(p) && !p.equals("nis") || Tags.isPlace(p) || p.equals("m") || p.endsWith("g") && k.length() == 1
                || Tags.isLatin(k.text().charAt(0)) || org.xinzhi.segment.DictionaryWords.tag(k.text()) == null;
    }

    /** A Chinese or Japanese person's name (nr, nr1, nr2, nrj); transliterated names (nrf: 福特) may be companies. */
    private static boolean isPerson(String pos) {
        return pos.startsWith("nr") && !pos.equals("nrf");
    }

    /** A left edge worth proposing: not a generic or stop phrase, not a lone numeral, two characters or more. */
    private boolean plausible(String s) {
        if (s.length() < 2 || vocab.isStop(s) || vocab.generic.contains(s) || vocab.genericText(s)) {
            return false;
        }
        return Tags.hasLetter(s, 0, s.length()); // a numeral alone is no name; 36氪 is
    }
}
