package org.xinzhi.text;

import java.util.Objects;

/**
 * A text as read (original) and as analyzed (normalized: width-folded, simplified), with the map
 * between them.
 *
 * @param original   the text as given
 * @param normalized the text every stage works on
 * @param offsets    maps normalized spans back to the original
 * @param script     the script the original is written in
 */
public record NormalizedText(String original, String normalized, OffsetMap offsets, Script script) {

    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.normalizedLength() != normalized.length() || offsets.originalLength() != original.length()) {
            throw new IllegalArgumentException("offset map does not fit the texts");
        }
    }

    /** Original offset for a normalized span start. */
    public int originalStart(int normalizedStart) {
        return offsets.toOriginalStart(normalizedStart);
    }

    /** Original offset for a normalized span end (exclusive). */
    public int originalEnd(int normalizedEnd) {
        return offsets.toOriginalEnd(normalizedEnd);
    }

    /** The original slice behind a normalized span. */
    public String originalSlice(int normalizedStart, int normalizedEnd) {
        return original.substring(originalStart(normalizedStart), originalEnd(normalizedEnd));
    }
}
