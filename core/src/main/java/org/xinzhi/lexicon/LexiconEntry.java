package org.xinzhi.lexicon;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One lexicon line.
 *
 * @param surface    the form to match, as it appears in (normalized, simplified) text
 * @param type       what kind of entry
 * @param canonical  the full or standard form (full name, ISO code, unit family); defaults to surface
 * @param aliases    other forms that mean the same (matched like the surface)
 * @param attributes free {@code key=value} pairs (for example {@code scale=10000} or {@code kind=duration})
 * @param source     where the entry was read from, as {@code file:line}
 */
public record LexiconEntry(String surface, EntryType type, String canonical, List<String> aliases,
                           Map<String, String> attributes, String source) implements Serializable {

    public LexiconEntry {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        if (canonical == null || canonical.isEmpty()) {
            canonical = surface;
        }
        // Aliases equal to the surface or repeated (two spellings that normalize alike) would make the
        // matcher report the same hit twice.
        String self = surface;
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isEmpty() && !a.equals(self)).distinct().toList();
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    public String attribute(String key, String fallback) {
        return attributes.getOrDefault(key, fallback);
    }
}
