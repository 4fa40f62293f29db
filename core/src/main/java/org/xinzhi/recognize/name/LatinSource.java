package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;

/**
 * Latin-script names inside Chinese text: Glints, KPCB, BioNTech, Sequoia Capital, Johnson &amp;
 * Johnson, "… Ventures / Partners / Holdings / Ltd. / Inc.". A run of Latin words (joined by single
 * spaces, {@code &} or {@code -}) is proposed whole and by every prefix that ends in a company word
 * (the ORG_SUFFIX entries marked {@code latin=true}); the scorer weighs shape (all capitals, inner
 * capitals, a company word) and context (X公司, 据X报道).
 */
final class LatinSource implements NameSource {
    static final String ID = "latin";
    private static final int MAX_WORDS = 6;

    /** Company words (Inc, Capital, Bank …) by their lower-case form, with their surface as written in the lexicon. */
    private final Map<String, String> companyWords = new HashMap<>();
    private final java.util.Set<String> units = new java.util.HashSet<>();

    LatinSource(LexiconSet lexicons) {
        for (LexiconEntry e : lexicons.entries(EntryType.ORG_SUFFIX)) {
            if (NameVocabulary.flag(e, "latin")) {
                companyWords.put(e.surface().toLowerCase(java.util.Locale.ROOT).replace(".", ""), e.surface());
            }
        }
        for (LexiconEntry e : lexicons.entries(EntryType.UNIT)) {
            units.add(e.surface());
            units.addAll(e.aliases());
        }
        for (LexiconEntry e : lexicons.entries(EntryType.CURRENCY)) {
            units.add(e.surface());
            units.addAll(e.aliases());
        }
    }

    @Override
    public String id() {
        return ID;
    }

    private record Word(int start, int end) {
    }

    @Override
    public void propose(NameView d, Proposals out) {
        String t = d.text();
        int i = 0;
        int n = t.length();
        while (i < n) {
            if (!Tags.isLatin(t.charAt(i)) || i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) && !Tags.isHan(t.charAt(i - 1))
                    || t.charAt(i - 1) == '/' || t.charAt(i - 1) == '@' || t.charAt(i - 1) == '.')) {
                i++;
                continue;
            }
            List<Word> run = new ArrayList<>();
            int j = i;
            while (j < n && run.size() < MAX_WORDS) {
                int e = wordEnd(t, j);
                run.add(new Word(j, e));
                // the next word: after one space, or " & " / "&" / "-"
                int k = e;
                if (k < n && t.charAt(k) == ' ' && k + 1 < n && Tags.isLatin(t.charAt(k + 1))) {
                    j = k + 1;
                } else if (k + 2 < n && t.startsWith(" & ", k) && Tags.isLatin(t.charAt(k + 3 < n ? k + 3 : k))) {
                    j = k + 3;
                } else if (k + 1 < n && t.charAt(k) == '&' && Tags.isLatin(t.charAt(k + 1))) {
                    j = k + 1;
                } else {
                    break;
                }
            }
            int runEnd = run.get(run.size() - 1).end();
            if (runEnd < n && (t.charAt(runEnd) == '@' || t.charAt(runEnd) == '/' || t.startsWith(".com", runEnd))) {
                i = runEnd; // an address, not a name
                continue;
            }
            propose(d, run, out);
            i = runEnd;
        }
    }

    /** The end of a Latin word starting at {@code i}: letters and digits, with inner . ' - (I.T, O'Neil, Wi-Fi), a final dot of an abbreviation. */
    private static int wordEnd(String t, int i) {
        int j = i;
        while (j < t.length()) {
            char c = t.charAt(j);
            if (Tags.isLatin(c) || c >= '0' && c <= '9') {
                j++;
            } else if ((c == '.' || c == '\'' || c == '-') && j + 1 < t.length() && Tags.isLatin(t.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        if (j < t.length() && t.charAt(j) == '.' && j - i <= 4 && Character.isUpperCase(t.charAt(i))) {
            j++; // Inc. Co. Ltd.
        }
        return j;
    }

    private void propose(NameView d, List<Word> run, Proposals out) {
        String t = d.text();
        int start = run.get(0).start();
        for (int k = run.size() - 1; k >= 0; k--) {
            int end = run.get(k).end();
            String last = t.substring(run.get(k).start(), end);
            String corp = companyWords.get(last.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
            boolean whole = k == run.size() - 1;
            if (!whole && corp == null) {
                continue;
            }
            String s = t.substring(start, end);
            if (units.contains(s) || s.length() < 2 && !Character.isUpperCase(s.charAt(0))) {
                continue;
            }
            List<String> f = new ArrayList<>(6);
            f.add("latin:words=" + Math.min(k + 1, 4));
            f.add(whole ? "latin:whole-run" : "latin:to-company-word");
            if (corp != null) {
                f.add("latin:company-word");
                if (k == 0) {
                    f.add("latin:company-word-alone");
                }
            }
            f.add("latin:" + shape(t.substring(start, run.get(0).end())));
            boolean digits = false;
            for (int c = start; c < end; c++) {
                digits |= Character.isDigit(t.charAt(c));
            }
            if (digits) {
                f.add("latin:digits");
            }
            out.add(new NameCandidate(MentionType.ORG, start, end, null, ID, corp != null ? "company-word" : "run",
                    corp == null ? List.of() : List.of(new Evidence.Cue("company-word", run.get(k).start(), end, last)), false, f));
        }
    }

    /** The shape of the first word: all capitals (KPCB), inner capitals (BioNTech), capitalized (Glints), lower case. */
    private static String shape(String w) {
        int upper = 0;
        int letters = 0;
        boolean inner = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    inner |= i > 0 && Character.isLowerCase(w.charAt(i - 1));
                }
            }
        }
        if (letters > 0 && upper == letters) {
            return letters == 1 ? "one-capital" : "all-caps";
        }
        if (inner) {
            return "inner-caps";
        }
        return Character.isUpperCase(w.charAt(0)) ? "capitalized" : "lower";
    }
}
