package org.xinzhi.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A typed span of a document, with its normalized value where it has one.
 *
 * <p>{@code start}/{@code end} are UTF-16 indices into the text the mention was found in, end
 * exclusive. Mentions returned by {@link org.xinzhi.Extractor} are always in ORIGINAL-text
 * coordinates; inside the pipeline recognizers work on the normalized text and the extractor maps
 * them back once, at the end.
 *
 * @param type       what the mention is
 * @param start      first char, inclusive
 * @param end        last char, exclusive
 * @param text       the slice of the text [start, end)
 * @param normalized the simplified, width-folded form of {@code text}
 * @param value      the number (MONEY: base currency units; PERCENT: a fraction; QUANTITY: count), or null
 * @param valueMax   upper bound for ranges and vague intervals, or null
 * @param unit       ISO currency code (MONEY), unit as written (QUANTITY), "pp" for percentage points, or null
 * @param qualifier  how the value relates to the truth, or null for ORG/PARK/TIME
 * @param canonical  the full, simplified name an ORG/PARK refers to (lexicon or in-document), or null
 * @param evidence   why it was found: the rules that proposed it, their cues, the score ({@link Evidence#NONE} if none)
 */
public record Mention(MentionType type, int start, int end, String text, String normalized,
                      BigDecimal value, BigDecimal valueMax, String unit, Qualifier qualifier,
                      String canonical, Evidence evidence) {

    public Mention {
        if (evidence == null) {
            evidence = Evidence.NONE;
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (normalized == null) {
            normalized = text;
        }
    }

    /** A mention without recorded evidence. */
    public Mention(MentionType type, int start, int end, String text, String normalized,
                   BigDecimal value, BigDecimal valueMax, String unit, Qualifier qualifier, String canonical) {
        this(type, start, end, text, normalized, value, valueMax, unit, qualifier, canonical, Evidence.NONE);
    }

    /** A named mention (ORG, PARK) with its canonical name. */
    public static Mention named(MentionType type, int start, int end, String text, String normalized, String canonical) {
        return new Mention(type, start, end, text, normalized, null, null, null, null, canonical);
    }

    /** A numeric mention (MONEY, PERCENT, QUANTITY). */
    public static Mention numeric(MentionType type, int start, int end, String text, String normalized,
                                  BigDecimal value, BigDecimal valueMax, String unit, Qualifier qualifier) {
        return new Mention(type, start, end, text, normalized, value, valueMax, unit, qualifier, null);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Mention other) {
        return start <= other.start && other.end <= end;
    }

    /** The same mention moved to another span (used when mapping back to the original text). */
    public Mention withSpan(int newStart, int newEnd, String newText) {
        return new Mention(type, newStart, newEnd, newText, normalized, value, valueMax, unit, qualifier, canonical, evidence);
    }

    public Mention withCanonical(String newCanonical) {
        return new Mention(type, start, end, text, normalized, value, valueMax, unit, qualifier, newCanonical, evidence);
    }

    public Mention withEvidence(Evidence newEvidence) {
        return new Mention(type, start, end, text, normalized, value, valueMax, unit, qualifier, canonical, newEvidence);
    }

    /** The name facts and indexes use: the canonical name if known, else the normalized text. */
    public String name() {
        return canonical != null ? canonical : normalized;
    }
}
