package org.xinzhi.model;

/** What a mention names or measures; see shared/gold/GUIDELINES.md for the exact rules. */
public enum MentionType {
    /** A named organization: company, government body, lab, university, media, fund, bank. */
    ORG,
    /** A named industrial or innovation area: park, zone, development area, free-trade area. */
    PARK,
    /** An amount of money with its currency; value in base units, unit an ISO 4217 code. */
    MONEY,
    /** A percentage, per-mille, share or percentage points; value is a fraction (30% = 0.30). */
    PERCENT,
    /** Any other number with a unit of measure or counting word; unit as written. */
    QUANTITY,
    /** A time expression (2022年, 今年4月); used by facts, not scored as a mention type. */
    TIME;

    /** True for the types whose mentions carry a numeric value. */
    public boolean isNumeric() {
        return this == MONEY || this == PERCENT || this == QUANTITY;
    }

    /** True for the types that can be the subject of a fact. */
    public boolean isNamed() {
        return this == ORG || this == PARK;
    }
}
