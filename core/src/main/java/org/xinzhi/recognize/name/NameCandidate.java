package org.xinzhi.recognize.name;

import java.util.List;
import java.util.Objects;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.MentionType;

/**
 * A span a {@link NameSource} proposes as an ORG or PARK, with the evidence that made it propose
 * it. Offsets are in the normalized text of the {@link NameView}. Several sources may propose the
 * same span; the scorer sees them all.
 *
 * @param type      ORG or PARK
 * @param start     first char, inclusive
 * @param end       last char, exclusive
 * @param canonical the full name it refers to if the source knows it (a lexicon entry, a definition), else null
 * @param source    the id of the source that proposed it (lexicon, suffix, latin, cue, ...)
 * @param rule      the rule inside the source (a lexicon file, a suffix surface, a cue word)
 * @param cues      the spans the rule read (a suffix, a definer, a context word)
 * @param shortable whether the document stage may look for an implicit short form of it (商汤科技 → 商汤)
 * @param features  what the source knows of its own rule, as scorer features (suffix:brand-body, lexicon:ambiguous)
 */
public record NameCandidate(MentionType type, int start, int end, String canonical, String source, String rule,
                            List<Evidence.Cue> cues, boolean shortable, List<String> features) {

    public NameCandidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        if (!type.isNamed()) {
            throw new IllegalArgumentException("a name candidate is ORG or PARK, not " + type);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        cues = cues == null ? List.of() : List.copyOf(cues);
        features = features == null ? List.of() : List.copyOf(features);
    }

    /** A candidate without cues. */
    public static NameCandidate of(MentionType type, int start, int end, String source, String rule) {
        return new NameCandidate(type, start, end, null, source, rule, List.of(), false, List.of());
    }

    public int length() {
        return end - start;
    }

    public boolean sameSpan(NameCandidate o) {
        return start == o.start && end == o.end;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    public NameCandidate withCanonical(String c) {
        return new NameCandidate(type, start, end, c, source, rule, cues, shortable, features);
    }

    public NameCandidate withType(MentionType t) {
        return new NameCandidate(t, start, end, canonical, source, rule, cues, shortable, features);
    }

    /** The reason this candidate gives, as evidence of a mention. */
    public Evidence.Reason reason() {
        return new Evidence.Reason(source, rule, cues);
    }
}
