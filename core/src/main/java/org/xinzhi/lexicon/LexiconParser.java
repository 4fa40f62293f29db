package org.xinzhi.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one lexicon file. Format (UTF-8, tab-separated, {@code #} starts a comment line, blank
 * lines ignored):
 *
 * <pre>surface &lt;TAB&gt; type [&lt;TAB&gt; canonical [&lt;TAB&gt; aliases [&lt;TAB&gt; attributes]]]</pre>
 *
 * aliases are separated by {@code |}; attributes are {@code key=value} pairs separated by {@code ;}.
 * Surfaces, aliases and canonicals are normalized like document text (width-folded, simplified);
 * when a term's simplified form differs from the form a normalized document may keep, both match.
 */
final class LexiconParser {

    /** The line a reader gives for a line whose bytes are not UTF-8 (a genuine U+FFFD is a character like any other). */
    static final String INVALID_UTF8 = "\u0000\uFFFD invalid UTF-8";

    private LexiconParser() {
    }

    /** True if {@code s} has a character that is not a space, a zero-width (format) or a control character. */
    static boolean visible(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int t = Character.getType(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && t != Character.FORMAT && t != Character.CONTROL) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Why the value of a known attribute is wrong, or null. */
    static String checkAttribute(String key, String value) {
        switch (key) {
            case "min-body":
                if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 20) {
                    return "expected a whole number from 1 to 20";
                }
                return null;
            case "latin": case "local": case "counted":
                return value.equals("true") || value.equals("false") ? null : "expected true or false";
            default:
                return null;
        }
    }

    static void parse(String name, BufferedReader reader, TermNormalizer normalize,
                      List<LexiconEntry> out, List<LexiconError> errors) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (line.equals(INVALID_UTF8)) {
                errors.add(new LexiconError(name, lineNo, "not valid UTF-8"));
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                errors.add(new LexiconError(name, lineNo, "expected at least 2 tab-separated columns (surface, type), found " + cols.length));
                continue;
            }
            if (cols.length > 5) {
                errors.add(new LexiconError(name, lineNo, "expected at most 5 columns (surface, type, canonical, aliases, attributes), found " + cols.length));
                continue;
            }
            String surface = cols[0].strip();
            if (surface.isEmpty()) {
                errors.add(new LexiconError(name, lineNo, "empty surface"));
                continue;
            }
            if (!visible(surface)) {
                errors.add(new LexiconError(name, lineNo,
                        "surface has no visible character (only spaces, zero-width or control characters)"));
                continue;
            }
            EntryType type;
            try {
                type = EntryType.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new LexiconError(name, lineNo, "unknown type '" + cols[1].strip() + "' (expected one of " + Arrays.toString(EntryType.values()) + ")"));
                continue;
            }
            String canonical = cols.length > 2 ? cols[2].strip() : "";
            List<String> aliases = new ArrayList<>();
            if (cols.length > 3 && !cols[3].isBlank()) {
                for (String a : cols[3].split("\\|")) {
                    if (!a.isBlank() && visible(a)) {
                        aliases.addAll(normalize.forms(a.strip()));
                    }
                }
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            if (cols.length > 4 && !cols[4].isBlank()) {
                boolean ok = true;
                for (String kv : cols[4].split(";")) {
                    if (kv.isBlank()) {
                        continue;
                    }
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        errors.add(new LexiconError(name, lineNo, "attribute '" + kv.strip() + "' is not key=value"));
                        ok = false;
                        break;
                    }
                    String key = kv.substring(0, eq).strip();
                    String value = kv.substring(eq + 1).strip();
                    String bad = checkAttribute(key, value);
                    if (bad != null) {
                        errors.add(new LexiconError(name, lineNo, "attribute " + key + "=" + value + ": " + bad));
                        ok = false;
                        break;
                    }
                    attrs.put(key, value);
                }
                if (!ok) {
                    continue;
                }
            }
            List<String> surfaceForms = normalize.forms(surface);
            String normSurface = surfaceForms.get(0);
            aliases.addAll(surfaceForms.subList(1, surfaceForms.size())); // the form a document may keep
            String normCanonical = canonical.isEmpty() ? normSurface : normalize.primary(canonical);
            if (type == EntryType.CURRENCY || type == EntryType.UNIT) {
                normCanonical = canonical.isEmpty() ? normSurface : canonical; // codes and families stay as written
            }
            out.add(new LexiconEntry(normSurface, type, normCanonical, aliases, attrs, name + ":" + lineNo));
        }
    }
}
