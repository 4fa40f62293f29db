package org.xinzhi.recognize.name;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatcher;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.FormTrie;

/**
 * Everything the name recognizer reads from the lexicons, built once per recognizer: the automata
 * over names and over suffixes, and the stop words by role. ORG and PARK differ only in this data
 * (which suffix entries have which type and attributes), never in code.
 */
final class NameVocabulary {

    /** What a suffix entry does; the {@code role} attribute of ORG_SUFFIX / PARK_SUFFIX lines. */
    enum Role {
        /** ends a name (the default) */
        SUFFIX,
        /** ends a facility, event, project or document title: the outer phrase is no name */
        FACILITY,
        /** after 等 or a count, says that the items of a list are names */
        LIST_HEAD,
        /** a generic head followed by a quoted name (社区“模速空间”) */
        APPOSITION,
        /** a head too loose for the suffix grammar that confirms a token HanLP tagged as an organization (新华社, 致公党) */
        TAG_HEAD,
        /** a Latin-script company word (Inc, Capital): read by the Latin-name source only */
        LATIN
    }

    final LexiconMatcher names;
    final LexiconMatcher suffixes;
    /** phrases that are never a name as a whole */
    final Set<String> stopPhrases = new HashSet<>();
    /** generic modifiers: a body made only of these (and no place) is a generic phrase */
    final Set<String> generic = new HashSet<>();
    /** context words a name never starts with or crosses */
    final Set<String> boundary = new HashSet<>();
    /** common words ending in a one-char suffix (格局, 举办) */
    final Set<String> commonWords = new HashSet<>();
    /** list heads by surface, with the type of the entry (ORG_SUFFIX or PARK_SUFFIX) */
    final Map<String, MentionType> listHeads = new HashMap<>();
    /** generic and stop phrases in one trie: {@code genericText} splits a string into them without cutting substrings */
    final FormTrie genericOrStop;
    /** companyContext as a trie, or null if a word is too long for {@link FormTrie#prefixLengths} (then the set is scanned) */
    final FormTrie companyContextTrie;
    /** Length of the longest list head. */
    final int listHeadMax;
    final Set<String> appositionHeads = new HashSet<>();
    /** words that say the word before them is a company (营收, 股价, 宣布): evidence for ambiguous short names */
    final Set<String> companyContext = new HashSet<>();
    /** words after which the words before them are a name, by class (title, media, company): read by {@link CueSource} */
    final Map<String, String> nameCues = new HashMap<>();
    /** time words and adverbs that may stand between a short name and its company context (今日, 也) */
    final Set<String> contextFillers = new HashSet<>();

    NameVocabulary(LexiconSet lexicons) {
        this.names = lexicons.matcher(EntryType.ORG, EntryType.PARK);
        this.suffixes = lexicons.matcher(EntryType.ORG_SUFFIX, EntryType.PARK_SUFFIX);
        for (LexiconEntry e : lexicons.entries(EntryType.STOP)) {
            // one line per word; a word with several jobs lists them all (role=boundary,company-context)
            for (String role : e.attribute("role", "stop").split(",")) {
                switch (role.trim()) {
                    case "generic" -> generic.add(e.surface());
                    case "boundary" -> boundary.add(e.surface());
                    case "word" -> commonWords.add(e.surface());
                    case "company-context" -> {
                        companyContext.add(e.surface());
                        nameCues.putIfAbsent(e.surface(), "company");
                    }
                    case "name-cue" -> nameCues.put(e.surface(), e.attribute("class", "other"));
                    case "filler" -> contextFillers.add(e.surface());
                    default -> stopPhrases.add(e.surface());
                }
            }
        }
        for (EntryType t : new EntryType[] {EntryType.ORG_SUFFIX, EntryType.PARK_SUFFIX}) {
            for (LexiconEntry e : lexicons.entries(t)) {
                Role r = role(e);
                roles.put(e, r);
                if (r == Role.LIST_HEAD) {
                    listHeads.put(e.surface(), typeOf(e));
                } else if (r == Role.APPOSITION) {
                    appositionHeads.add(e.surface());
                }
            }
        }
        Set<String> genericOrStopForms = new HashSet<>(generic);
        genericOrStopForms.addAll(stopPhrases);
        this.genericOrStop = new FormTrie(genericOrStopForms);
        boolean shortWords = true;
        for (String w : companyContext) {
            shortWords &= !w.isEmpty() && w.length() <= 30;
        }
        this.companyContextTrie = shortWords ? new FormTrie(companyContext) : null;
        int max = 0;
        for (String h : listHeads.keySet()) {
            max = Math.max(max, h.length());
        }
        this.listHeadMax = max;
    }

    /** The role of every suffix entry, decided once (a lookup by identity instead of an attribute map per hit). */
    private final Map<LexiconEntry, Role> roles = new java.util.IdentityHashMap<>();

    /** {@link #role(LexiconEntry)}, from the table for the lexicons' suffix entries. */
    Role roleOf(LexiconEntry e) {
        Role r = roles.get(e);
        return r != null ? r : role(e);
    }

    /** A place written with its administrative level (河北省, 沧州市, 浦东新区, 昆山县, 张江镇, 锡林郭勒盟). */
    static boolean isAdminArea(String place) {
        if (place.length() < 2) {
            return false;
        }
        return "省市区县镇州盟旗".indexOf(place.charAt(place.length() - 1)) >= 0;
    }

    static Role role(LexiconEntry e) {
        if (flag(e, "latin")) {
            return Role.LATIN;
        }
        return switch (e.attribute("role", "suffix")) {
            case "facility" -> Role.FACILITY;
            case "list-head" -> Role.LIST_HEAD;
            case "apposition" -> Role.APPOSITION;
            case "tag-head" -> Role.TAG_HEAD;
            default -> Role.SUFFIX;
        };
    }

    static MentionType typeOf(LexiconEntry e) {
        return e.type() == EntryType.PARK || e.type() == EntryType.PARK_SUFFIX ? MentionType.PARK : MentionType.ORG;
    }

    static boolean flag(LexiconEntry e, String key) {
        return "true".equalsIgnoreCase(e.attribute(key, ""));
    }

    boolean isStop(String phrase) {
        return stopPhrases.contains(phrase) || commonWords.contains(phrase);
    }

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
            int lengths = genericOrStop.prefixLengths(w, i, 5);
            for (int len = 1; len <= Math.min(5, n - i); len++) {
                if ((lengths & (1 << len)) != 0) {
                    ok[i + len] = true;
                }
            }
        }
        return ok[n];
    }

    /** Length of a context word (入驻, 联合) at the start of a longer token, or 0. */
    int boundaryPrefix(String w) {
        for (int n = Math.min(3, w.length() - 1); n >= 2; n--) {
            if (boundary.contains(w.substring(0, n))) {
                return n;
            }
        }
        return 0;
    }

    /** Whether a company context word (营收, 股价, 宣布) follows {@code end}, across up to two fillers (今日, 也). */
    boolean companyContextAfter(NameView d, int end) {
        int pos = end;
        for (int skipped = 0; skipped <= 2; skipped++) {
            org.xinzhi.segment.Token k = d.tokenStartingAt(pos);
            if (k == null) {
                return false;
            }
            if (companyContextTrie != null) {
                int lengths = companyContextTrie.prefixLengths(d.text(), pos, 31);
                if ((lengths & ~0b11) != 0 || (lengths & 0b10) != 0 && d.alignedEnd(pos + 1)) {
                    return true; // a context word of 2+ chars, or of one char ending a token
                }
            } else {
                for (String w : companyContext) {
                    if (d.text().startsWith(w, pos) && (d.alignedEnd(pos + w.length()) || w.length() >= 2)) {
                        return true;
                    }
                }
            }
            if (!contextFillers.contains(k.text())) {
                return false;
            }
            pos = k.end();
        }
        return false;
    }
}
