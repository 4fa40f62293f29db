package org.xinzhi.recognize.name;

import java.util.List;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;
import org.xinzhi.segment.Token;

/** A clause "X是…(一家|第一家|首家)…公司/企业" defines X as an organization. */
final class DefinitionSource implements NameSource {
    static final String ID = "definition";

    private final NameVocabulary vocab;
    private final ListSource items;

    DefinitionSource(NameVocabulary vocab) {
        this.vocab = vocab;
        this.items = new ListSource(vocab);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void propose(NameView d, Proposals out) {
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
            if (i >= 0 && !tokens.get(i).isPunctuation()) {
                continue; // subject too long
            }
            Token first = tokens.get(i + 1);
            int a = first.start();
            int b = is.start();
            String subject = d.slice(a, b);
            if (b - a < 2 || vocab.isStop(subject) || vocab.genericText(subject) || !items.itemEvidence(d, a, b)
                    || first.pos().startsWith("r") || first.pos().startsWith("t")) {
                continue;
            }
            int ce = j < tokens.size() ? tokens.get(j).start() : d.length();
            out.add(new NameCandidate(MentionType.ORG, a, b, null, ID, "is-a-company",
                    List.of(new Evidence.Cue("definition", is.start(), ce, d.slice(is.start(), ce))), false,
                    List.of("definition:is-a-company")));
        }
    }

    private boolean endsWithOrgHead(String s) {
        for (int cut = Math.max(0, s.length() - vocab.listHeadMax); cut < s.length(); cut++) {
            if (vocab.listHeads.get(s.substring(cut)) == MentionType.ORG) {
                return true;
            }
        }
        return false;
    }
}
