package org.xinzhi.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.xinzhi.model.MentionType;

/**
 * What to look for in a {@link FactIndex}: any combination of subject, subject type, predicate
 * words, value type, value range, unit, year or time range, free text, and a query string in
 * Lucene's syntax; all given parts must match. Immutable; build with {@link #builder()} or
 * {@link #parse(String)}.
 *
 * <pre>{@code
 * FactQuery q = FactQuery.builder().subject("临港").valueType(MentionType.MONEY)
 *         .valueAtLeast(new BigDecimal("1e10")).year(2024).sort(FactQuery.Sort.VALUE_DESC).build();
 * FactQuery s = FactQuery.parse("subject:臨港 AND value:[100亿 TO *]");
 * }</pre>
 */
public final class FactQuery {

    /** The order of hits. */
    public enum Sort {
        /** Best match first (Lucene's score). */
        RELEVANCE,
        /** Largest value first. */
        VALUE_DESC,
        /** Smallest value first. */
        VALUE_ASC,
        /** Largest amount of money in CNY first (value_cny, the dated conversion table); facts without one last. */
        VALUE_CNY_DESC,
        /** Smallest amount of money in CNY first; facts without one last. */
        VALUE_CNY_ASC,
        /** Latest year first. */
        YEAR_DESC,
        /** Earliest year first. */
        YEAR_ASC,
        /** By subject name. */
        SUBJECT
    }

    /** Hits returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 20;

    final String subject;
    final MentionType subjectType;
    final String predicate;
    final MentionType valueType;
    final BigDecimal valueMin;
    final boolean minInclusive;
    final BigDecimal valueMax;
    final boolean maxInclusive;
    final String unit;
    final Integer yearFrom;
    final Integer yearTo;
    final LocalDate timeFrom;
    final LocalDate timeTo;
    final String text;
    final String queryString;
    final String docId;
    final int limit;
    final Sort sort;

    private FactQuery(Builder b) {
        subject = b.subject;
        subjectType = b.subjectType;
        predicate = b.predicate;
        valueType = b.valueType;
        valueMin = b.valueMin;
        minInclusive = b.minInclusive;
        valueMax = b.valueMax;
        maxInclusive = b.maxInclusive;
        unit = b.unit;
        yearFrom = b.yearFrom;
        yearTo = b.yearTo;
        timeFrom = b.timeFrom;
        timeTo = b.timeTo;
        text = b.text;
        queryString = b.queryString;
        docId = b.docId;
        limit = b.limit;
        sort = b.sort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every fact (up to the limit). */
    public static FactQuery all() {
        return builder().build();
    }

    /**
     * A query in Lucene's query syntax over the index fields, e.g.
     * {@code subject:临港 AND value:[1e10 TO *] AND year:2024}. The string is parsed when the query
     * runs; a malformed one raises {@link FactQueryException} naming the position.
     */
    public static FactQuery parse(String queryString) {
        return builder().query(queryString).build();
    }

    public int limit() {
        return limit;
    }

    public Sort sort() {
        return sort;
    }

    /** The query string part, or null. */
    public String queryString() {
        return queryString;
    }

    /** A copy with another limit. */
    public FactQuery withLimit(int newLimit) {
        return toBuilder().limit(newLimit).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.subject = subject;
        b.subjectType = subjectType;
        b.predicate = predicate;
        b.valueType = valueType;
        b.valueMin = valueMin;
        b.minInclusive = minInclusive;
        b.valueMax = valueMax;
        b.maxInclusive = maxInclusive;
        b.unit = unit;
        b.yearFrom = yearFrom;
        b.yearTo = yearTo;
        b.timeFrom = timeFrom;
        b.timeTo = timeTo;
        b.text = text;
        b.queryString = queryString;
        b.docId = docId;
        b.limit = limit;
        b.sort = sort;
        return b;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FactQuery[");
        append(sb, "subject", subject);
        append(sb, "subjectType", subjectType);
        append(sb, "predicate", predicate);
        append(sb, "valueType", valueType);
        append(sb, "min", valueMin == null ? null : (minInclusive ? ">=" : ">") + valueMin.toPlainString());
        append(sb, "max", valueMax == null ? null : (maxInclusive ? "<=" : "<") + valueMax.toPlainString());
        append(sb, "unit", unit);
        append(sb, "years", yearFrom == null && yearTo == null ? null : yearFrom + ".." + yearTo);
        append(sb, "time", timeFrom == null && timeTo == null ? null : timeFrom + ".." + timeTo);
        append(sb, "text", text);
        append(sb, "query", queryString);
        append(sb, "doc", docId);
        return sb.append("limit=").append(limit).append(", sort=").append(sort).append(']').toString();
    }

    private static void append(StringBuilder sb, String name, Object value) {
        if (value != null) {
            sb.append(name).append('=').append(value).append(", ");
        }
    }

    /** Builds a {@link FactQuery}; every setter narrows the query. */
    public static final class Builder {
        private String subject;
        private MentionType subjectType;
        private String predicate;
        private MentionType valueType;
        private BigDecimal valueMin;
        private boolean minInclusive = true;
        private BigDecimal valueMax;
        private boolean maxInclusive = true;
        private String unit;
        private Integer yearFrom;
        private Integer yearTo;
        private LocalDate timeFrom;
        private LocalDate timeTo;
        private String text;
        private String queryString;
        private String docId;
        private int limit = DEFAULT_LIMIT;
        private Sort sort = Sort.RELEVANCE;

        private Builder() {
        }

        /** Words of the subject's name, as written or canonical, either script (临港, 臨港, 商汤). */
        public Builder subject(String words) {
            this.subject = blankToNull(words);
            return this;
        }

        /** ORG or PARK. */
        public Builder subjectType(MentionType type) {
            this.subjectType = requireType(type, true);
            return this;
        }

        /** Words of the predicate (产值, 融资, 增长). */
        public Builder predicate(String words) {
            this.predicate = blankToNull(words);
            return this;
        }

        /** MONEY, PERCENT or QUANTITY. */
        public Builder valueType(MentionType type) {
            this.valueType = requireType(type, false);
            return this;
        }

        /** Values in base units (元, not 亿元; a fraction for percents); null leaves a side open. */
        public Builder valueRange(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new IllegalArgumentException("value range is empty: min " + min.toPlainString() + " > max " + max.toPlainString());
            }
            this.valueMin = min;
            this.minInclusive = minInclusive;
            this.valueMax = max;
            this.maxInclusive = maxInclusive;
            return this;
        }

        /** Value ≥ min (base units). */
        public Builder valueAtLeast(BigDecimal min) {
            return valueRange(min, true, valueMax, maxInclusive);
        }

        /** Value ≤ max (base units). */
        public Builder valueAtMost(BigDecimal max) {
            return valueRange(valueMin, minInclusive, max, true);
        }

        /** Unit: an ISO currency code for money (CNY, USD), the unit as written otherwise (辆, GWh). */
        public Builder unit(String unit) {
            this.unit = blankToNull(unit);
            return this;
        }

        /** Facts whose time starts in this year. */
        public Builder year(int year) {
            return years(year, year);
        }

        /** Facts whose time starts in one of these years (inclusive). */
        public Builder years(int from, int to) {
            if (from > to) {
                throw new IllegalArgumentException("year range is empty: " + from + " > " + to);
            }
            this.yearFrom = from;
            this.yearTo = to;
            return this;
        }

        /** Facts whose period overlaps [from, to] (inclusive days); null leaves a side open. */
        public Builder timeRange(LocalDate from, LocalDate to) {
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("time range is empty: " + from + " > " + to);
            }
            this.timeFrom = from;
            this.timeTo = to;
            return this;
        }

        /** Free text over subject, predicate, value, time and sentence. */
        public Builder text(String words) {
            this.text = blankToNull(words);
            return this;
        }

        /** A query string in Lucene's syntax over the index fields (see docs/index.md). */
        public Builder query(String queryString) {
            this.queryString = blankToNull(queryString);
            return this;
        }

        /** Only facts of this document. */
        public Builder docId(String id) {
            this.docId = blankToNull(id);
            return this;
        }

        /** At most this many hits (default 20). */
        public Builder limit(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("limit must be at least 1, got " + max);
            }
            this.limit = max;
            return this;
        }

        public Builder sort(Sort order) {
            this.sort = Objects.requireNonNull(order, "sort");
            return this;
        }

        public FactQuery build() {
            return new FactQuery(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        private static MentionType requireType(MentionType type, boolean named) {
            Objects.requireNonNull(type, "type");
            if (named ? !type.isNamed() : !type.isNumeric()) {
                throw new IllegalArgumentException(type + " is not a " + (named ? "subject type (ORG, PARK)" : "value type (MONEY, PERCENT, QUANTITY)"));
            }
            return type;
        }
    }
}
