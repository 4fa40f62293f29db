package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Evidence;
import org.xinzhi.segment.Token;

/**
 * Names from the ORG and PARK lexicons (built-in public lists, the user's files, opt-in modules).
 * Every match that starts or ends on a word boundary is proposed; whether it is a name here is the
 * scorer's call, from what this source records: which file, whether the form is a full name or a
 * short one, whether the entry is marked ambiguous (苹果, 时代) and whether the context says
 * "company" (台积电今日公布财报, 鸿海宣布).
 */
final class LexiconSource implements NameSource {
    static final String ID = "lexicon";
    /** The rule (file id) of entries from the user's own files. */
    static final String USER = "user";
    private static final String BUILT_IN = org.xinzhi.lexicon.LexiconSet.BUILT_IN_FOLDER;

    private final NameVocabulary vocab;

    LexiconSource(NameVocabulary vocab) {
        this.vocab = vocab;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void propose(NameView d, Proposals out) {
        Map<String, Boolean> inText = new HashMap<>();
        for (LexiconMatch m : vocab.names.findAll(d.text())) {
            LexiconEntry e = m.entry();
            boolean as = d.alignedStart(m.start());
            boolean ae = d.alignedEnd(m.end());
            if (!as && !ae || vocab.isStop(m.surface()) || !Tags.hasLetter(d.text(), m.start(), m.end())) {
                continue;
            }
            String file = fileOf(e);
            List<String> f = new ArrayList<>(6);
            f.add("lex:file=" + file);
            f.add(as && ae ? "lex:aligned" : as ? "lex:start-only" : "lex:end-only");
            boolean full = NameVocabulary.flag(e, "full") || "full".equals(e.attribute("kind"));
            f.add(full ? "lex:full" : m.surface().equals(e.surface()) ? "lex:surface" : "lex:alias");
            if (NameVocabulary.flag(e, "ambiguous")) {
                f.add("lex:ambiguous");
                if (!e.canonical().equals(m.surface()) && inText.computeIfAbsent(e.canonical(), d.text()::contains)) {
                    f.add("lex:ambiguous-full-in-text");
                }
                if (as && ae && localEvidence(d, e, m)) {
                    f.add("lex:ambiguous-local-evidence");
                }
            }
            String kind = e.attribute("kind");
            if (kind != null && !kind.equals("full")) {
                f.add("lex:kind=" + kind);
            }
            out.add(new NameCandidate(NameVocabulary.typeOf(e), m.start(), m.end(), e.canonical(), ID, file,
                    List.of(new Evidence.Cue("entry", m.start(), m.end(), m.surface())), full, f));
        }
    }

    /** The lexicon file an entry came from: a built-in file's name, or "user" for everything else. */
    static String fileOf(LexiconEntry e) {
        String s = e.source();
        if (s == null || !s.startsWith(BUILT_IN)) {
            return s != null && s.startsWith("module:") ? s.substring(7, s.indexOf(':', 7) < 0 ? s.length() : s.indexOf(':', 7)) : USER;
        }
        int colon = s.lastIndexOf(':');
        String name = s.substring(BUILT_IN.length(), colon < 0 ? s.length() : colon);
        return name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * Local evidence that an ambiguous short name means the company: a company word follows it
     * (台积电今日公布财报, 鸿海宣布), or a Taiwan listed name of 3+ characters is written in traditional
     * characters (台積電), or a 2-character one in traditional is read by HanLP as a name, not a common word.
     */
    private boolean localEvidence(NameView d, LexiconEntry e, LexiconMatch m) {
        if (m.length() < 2 || vocab.isStop(m.surface())) {
            return false;
        }
        if (vocab.companyContextAfter(d, m.end()) && nounLike(d, m)) {
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
    private static boolean nounLike(NameView d, LexiconMatch m) {
        Token k = d.tokenStartingAt(m.start());
        if (k == null || k.end() != m.end()) {
            return m.length() >= 3;
        }
        String p = k.pos();
        return p.startsWith("n") || p.equals("j") || p.equals("x");
    }
}
