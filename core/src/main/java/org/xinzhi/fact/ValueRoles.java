package org.xinzhi.fact;

import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;

/**
 * Values that a sentence states about a person or a list, not about an organization: a person's age
 * ({@code 47岁的张某}, {@code 现年48岁}) and a rank or list position ({@code 首十位}, {@code 前十名},
 * {@code 第19位}). Word lists from {@link FactWords}. Stateless.
 */
final class ValueRoles {

    private static final String[] AGE_UNITS = FactWords.of("age-unit");
    private static final String[] RANK_LEADS = FactWords.of("rank-lead");
    private static final String[] RANK_UNITS = FactWords.of("rank-unit");

    private ValueRoles() {
    }

    /** True when {@code v} (in normalized text {@code t}, clause starting at {@code clauseStart}) is no organization's fact. */
    static boolean notAnOrganizationsValue(String t, Mention v, int clauseStart) {
        if (v.type() != MentionType.QUANTITY || v.unit() == null) {
            return false;
        }
        if (in(v.unit(), AGE_UNITS)) {
            return true;
        }
        return in(v.unit(), RANK_UNITS) && FactWords.endsWithAny(t, clauseStart, v.start(), RANK_LEADS) != null;
    }

    private static boolean in(String w, String[] words) {
        for (String x : words) {
            if (x.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
