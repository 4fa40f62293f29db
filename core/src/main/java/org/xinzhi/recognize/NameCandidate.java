package org.xinzhi.recognize;

import org.xinzhi.model.MentionType;


/**
 * A possible ORG or PARK span in normalized offsets, before overlap resolution.
 *
 * @param type      ORG or PARK
 * @param start     first char
 * @param end       last char, exclusive
 * @param canonical the full name if known (lexicon, alias), else null
 * @param source    which rule proposed it (decides ties)
 * @param shortable whether its implicit short form may be looked for (company and park suffixes)
 */
record NameCandidate(MentionType type, int start, int end, String canonical, Source source, boolean shortable) {

    /** Rules that propose names, strongest first: at equal length the stronger one wins. */
    enum Source {
        LEXICON, ALIAS, SUFFIX, SHORT_FORM, PROPAGATED, LIST, APPOSITION, EMBEDDED, ROLE_TAG
    }

    int length() {
        return end - start;
    }

    NameCandidate withCanonical(String c) {
        return new NameCandidate(type, start, end, c, source, shortable);
    }
}
