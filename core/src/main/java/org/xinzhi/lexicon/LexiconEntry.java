package org.xinzhi.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
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
        aliases = aliases == null ? List.of() : distinctAliases(aliases, surface);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Non-empty aliases other than the surface, each once, in order (a loop: ~16k entries are made at every start). */
    private static List<String> distinctAliases(List<String> aliases, String surface) {
        if (aliases.isEmpty()) {
            return List.of();
        }
        List<String> kept = new ArrayList<>(aliases.size());
        for (String a : aliases) {
            if (a != null && !a.isEmpty() && !a.equals(surface) && !kept.contains(a)) {
                kept.add(a);
            }
        }
        return List.copyOf(kept);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    public String attribute(String key, String fallback) {
        return attributes.getOrDefault(key, fallback);
    }
}
