package org.xinzhi.recognize.name;

import java.util.List;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.segment.Token;

/**
 * A generic head next to a quoted name: 社区“模速空间”, “模速空间”大模型创新生态社区. The heads are
 * the suffix entries with role=apposition; the quoted name is a PARK.
 */
final class AppositionSource implements NameSource {
    static final String ID = "apposition";

    private final NameVocabulary vocab;

    AppositionSource(NameVocabulary vocab) {
        this.vocab = vocab;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void propose(NameView d, Proposals out) {
        String t = d.text();
        for (int i = t.indexOf('“'); i >= 0; i = t.indexOf('“', i + 1)) {
            int close = t.indexOf('”', i + 1);
            if (close < 0 || close - i - 1 < 2 || close - i - 1 > 10) {
                continue;
            }
            String head = headBefore(t, i);
            String rule = "head-before";
            if (head == null) {
                head = headAfter(d, close);
                rule = "head-after";
            }
            if (head == null) {
                continue;
            }
            String inner = t.substring(i + 1, close);
            boolean ok = !vocab.isStop(inner);
            for (int j = 0; ok && j < inner.length(); j++) {
                ok = Character.isLetter(inner.charAt(j));
            }
            if (ok) {
                out.add(new NameCandidate(MentionType.PARK, i + 1, close, null, ID, rule, List.of(), false,
                        List.of("apposition:" + rule)));
            }
        }
    }

    private String headBefore(String t, int open) {
        for (String h : vocab.appositionHeads) {
            if (t.startsWith(h, open - h.length())) {
                return h;
            }
        }
        return null;
    }

    /** “模速空间”大模型创新生态社区: the head follows the quoted name within the clause. */
    private String headAfter(NameView d, int close) {
        String t = d.text();
        int j = close + 1;
        while (j < t.length() && j - close <= 12 && !Tags.isHardStop(t.charAt(j)) && t.charAt(j) != '“') {
            Token between = d.tokenAt(j);
            if (between != null && (Tags.isVerb(between.pos()) || Tags.isFunction(between.pos()) && !between.isPunctuation())) {
                return null; // “卡位入链”仅仅是…园区: a sentence, not an apposition
            }
            j++;
            for (String h : vocab.appositionHeads) {
                if (t.startsWith(h, j - h.length()) && j - h.length() > close) {
                    Token next = d.tokenStartingAt(j);
                    boolean ends = j == t.length() || !Character.isLetter(t.charAt(j)) || d.alignedEnd(j) && next != null
                            && (next.isPunctuation() || Tags.isFunction(next.pos()) || Tags.isVerb(next.pos()));
                    if (ends) {
                        return h;
                    }
                }
            }
        }
        return null;
    }
}
