package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.name.NameVocabulary.Role;
import org.xinzhi.segment.DictionaryWords;
import org.xinzhi.segment.Token;

/**
 * Words HanLP's role tagger read as organizations (nt, ntc, nto, ntu …), and long dictionary nouns
 * ending in a loose organization head (国际货币基金组织). One signal, never the answer alone: HanLP
 * also tags 芯电子有限公司 or 人才链, so the source records what it sees — the tag, whether the word
 * ends in a suffix and what stands before it — and the scorer weighs it.
 */
final class RoleTagSource implements NameSource {
    static final String ID = "role-tag";

    private final NameVocabulary vocab;
    /** Loose heads (role=tag-head) that ask for a body of at least N chars, by surface. */
    private final Map<String, Integer> longBodyHeads;

    RoleTagSource(NameVocabulary vocab, LexiconSet lexicons) {
        this.vocab = vocab;
        Map<String, Integer> heads = new HashMap<>();
        for (EntryType t : List.of(EntryType.ORG_SUFFIX, EntryType.PARK_SUFFIX)) {
            for (LexiconEntry e : lexicons.entries(t)) {
                String minBody = e.attribute("min-body", null);
                if (NameVocabulary.role(e) == Role.TAG_HEAD && minBody != null) {
                    heads.put(e.surface(), parseOr(minBody, 2));
                }
            }
        }
        this.longBodyHeads = Map.copyOf(heads);
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void propose(NameView d, Proposals out) {
        for (Token k : d.tokens()) {
            String tag = k.pos();
            boolean orgTag = Tags.isOrganization(tag);
            boolean longName = !orgTag && longDictionaryName(k);
            boolean suffixWord = !orgTag && !longName && nounWithSuffix(k);
            if (!orgTag && !longName && !suffixWord) {
                continue;
            }
            String s = k.text();
            if (s.length() < 2 || s.length() > 16 || vocab.isStop(s) || vocab.generic.contains(s) || vocab.boundary.contains(s)
                    || !Tags.hasLetter(s, 0, s.length())) {
                continue;
            }
            List<String> f = new ArrayList<>(6);
            f.add(longName ? "role:long-dictionary-noun" : suffixWord ? "role:noun-with-suffix=" + tag : "role:tag=" + tag);
            LexiconMatch last = lastSuffix(s);
            Role lastRole = last == null ? null : vocab.roleOf(last.entry());
            MentionType type = MentionType.ORG;
            boolean shortable = false;
            if (last == null) {
                f.add("role:no-suffix");
                if (tag.equals("ntc") && companyWordUsedAsName(d, k)) {
                    f.add("role:company-word-as-name");
                }
            } else if (last.length() == s.length()) {
                f.add("role:suffix-only");
            } else {
                String body = s.substring(0, last.start());
                type = NameVocabulary.typeOf(last.entry());
                shortable = NameVocabulary.flag(last.entry(), "short");
                f.add("role:suffix=" + (lastRole == Role.TAG_HEAD ? "tag-head" : lastRole == Role.SUFFIX ? "suffix" : "other"));
                if (vocab.genericText(body)) {
                    f.add("role:generic-body");
                }
                if (NameVocabulary.flag(last.entry(), "weak")) {
                    f.add(s.length() <= 6 && brandOrNoun(body) ? "role:weak-brand" : "role:weak-no-brand");
                }
                if (lastRole == Role.TAG_HEAD) {
                    int min = parseOr(last.entry().attribute("min-body", "2"), 2);
                    f.add(plausibleTagBody(body) && last.start() >= min ? "role:tag-body-ok" : "role:tag-body-bad");
                }
                f.add("suf=" + last.surface());
            }
            if (vocab.boundary.contains(s.substring(0, 1)) || vocab.boundary.contains(s.substring(0, 2))) {
                f.add("role:boundary-start"); // 对新兴产业发展
            }
            out.add(new NameCandidate(type, k.start(), k.end(), null, ID, longName ? "long-dictionary-noun" : tag,
                    List.of(new Evidence.Cue("token", k.start(), k.end(), s)), shortable, f));
        }
    }

    /** A noun HanLP joined into one word that ends in a name suffix (保安局/nz, 律政司/nis): a name HanLP did not tag. */
    private boolean nounWithSuffix(Token k) {
        String p = k.pos();
        if (k.length() < 3 || !(p.equals("n") || p.equals("nz") || p.equals("nis") || p.equals("nl") || p.equals("j") || p.equals("nnt"))) {
            return false;
        }
        LexiconMatch last = lastSuffix(k.text());
        return last != null && last.length() < k.length() && !vocab.commonWords.contains(k.text());
    }

    private LexiconMatch lastSuffix(String s) {
        LexiconMatch best = null;
        for (LexiconMatch m : vocab.suffixes.findAll(s)) {
            Role r = vocab.roleOf(m.entry());
            if (m.end() == s.length() && (r == Role.SUFFIX || r == Role.TAG_HEAD) && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
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

    /** A brand-like or plain-noun body before an industry suffix (理想汽车, 小米; not 电动汽车), read from the dictionary. */
    private boolean brandOrNoun(String body) {
        if (body.length() < 2 || vocab.generic.contains(body) || vocab.genericText(body)) {
            return false;
        }
        String tag = DictionaryWords.tag(body);
        if (tag == null) {
            return body.length() <= 4; // no dictionary word: an invented name
        }
        return tag.equals("n") || tag.startsWith("nz") || tag.startsWith("nr") || tag.equals("j") || tag.startsWith("nt");
    }

    /**
     * A company HanLP knows by name (ntc: 微软, 英特尔) with no suffix: it stands as a noun phrase of its
     * own — before a verb, punctuation, 的 or a company word — not as a modifier (现代科技, 光明前景).
     */
    private boolean companyWordUsedAsName(NameView d, Token k) {
        if (vocab.commonWords.contains(k.text()) || !Tags.hasHan(k.text())) {
            return false;
        }
        if (vocab.companyContextAfter(d, k.end())) {
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
}
