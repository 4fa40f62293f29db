package org.xinzhi.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.xinzhi.model.Fact;
import org.xinzhi.model.Mention;

/**
 * Within one document, a subject written as a short form with no canonical name of its own
 * (临港新片区) is given the one longer name of the same type it is part of (中国(上海)自贸试验区临港新片区),
 * so facets, {@code subject_canonical:} and sorting count the two as one subject. A short form
 * inside two different longer names is left alone.
 */
final class SubjectGroups {

    private SubjectGroups() {
    }

    static List<Fact> group(Collection<Fact> facts, UnaryOperator<String> normalize) {
        Set<String> names = new LinkedHashSet<>();
        for (Fact f : facts) {
            names.add(f.subject().type() + "\t" + normalize.apply(f.subject().name()));
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            Mention s = f.subject();
            String own = normalize.apply(s.name());
            String longer = null;
            boolean ambiguous = false;
            if (s.canonical() == null && own.length() >= 2) {
                for (String key : names) {
                    int tab = key.indexOf('\t');
                    String name = key.substring(tab + 1);
                    if (key.startsWith(s.type() + "\t") && name.length() > own.length() && name.contains(own)) {
                        if (longer != null && !name.contains(longer) && !longer.contains(name)) {
                            ambiguous = true;
                        }
                        if (longer == null || name.length() > longer.length()) {
                            longer = name;
                        }
                    }
                }
            }
            if (longer != null && !ambiguous) {
                out.add(new Fact(f.docId(), s.withCanonical(longer), f.predicate(), f.value(), f.time(),
                        f.sentenceStart(), f.sentenceEnd(), f.sentence(), f.evidence()));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
