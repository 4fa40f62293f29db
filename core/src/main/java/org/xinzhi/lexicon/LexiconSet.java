package org.xinzhi.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable, merged set of lexicon entries: the built-in lexicons and any user files.
 *
 * <p>Merge rule: entries are keyed by (surface, type). A later source replaces an earlier one for
 * the same key (user files after built-in ones, files in the order given, files of a folder in name
 * order). Inside one file, a repeated key with another canonical is an error; an identical repeat is
 * ignored (the first line's aliases and attributes are kept). A STOP entry removes ORG and PARK
 * entries with the same surface, and that form from the aliases of any other ORG/PARK entry.
 * Bytes that are not UTF-8 are reported per line ({@code file:line: not valid UTF-8}).
 *
 * <p>Surfaces and aliases are normalized like document text (width-folded, simplified), so a
 * lexicon written in traditional characters matches both scripts.
 */
public final class LexiconSet implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LexiconSet.class);

    /** Classpath folder of the built-in lexicons and the index file naming them. */
    public static final String BUILT_IN_FOLDER = "org/xinzhi/lexicons/";
    public static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "index.txt";
    /**
     * The index of an optional lexicon module (a jar such as xinzhi-lexicons-cc-by-sa): a line {@code module=NAME},
     * then the module's resource names in load order. Every jar on the classpath may carry one; their entries load
     * after the built-in files, in module-name order, with the source {@code module:NAME:resource:line}.
     */
    public static final String MODULE_INDEX = "META-INF/xinzhi/lexicon-module.txt";

    private final Map<EntryType, List<LexiconEntry>> byType;
    private final Map<EntryType, Map<String, LexiconEntry>> bySurface;
    /** The prebuilt automaton over ORG and PARK names, for the built-in set alone; else null. */
    private final transient PrebuiltLexicons.Names prebuiltNames;

    private LexiconSet(Map<EntryType, List<LexiconEntry>> byType) {
        this(byType, null);
    }

    private LexiconSet(Map<EntryType, List<LexiconEntry>> byType, PrebuiltLexicons.Names prebuiltNames) {
        this.prebuiltNames = prebuiltNames;
        Map<EntryType, List<LexiconEntry>> types = new EnumMap<>(EntryType.class);
        Map<EntryType, Map<String, LexiconEntry>> surfaces = new EnumMap<>(EntryType.class);
        for (EntryType t : EntryType.values()) {
            List<LexiconEntry> list = List.copyOf(byType.getOrDefault(t, List.of()));
            types.put(t, list);
            Map<String, LexiconEntry> m = new LinkedHashMap<>();
            for (LexiconEntry e : list) {
                m.put(e.surface(), e);
                for (String a : e.aliases()) {
                    m.putIfAbsent(a, e);
                }
            }
            surfaces.put(t, Collections.unmodifiableMap(m));
        }
        this.byType = Collections.unmodifiableMap(types);
        this.bySurface = Collections.unmodifiableMap(surfaces);
    }

    /** An empty set. */
    public static LexiconSet empty() {
        return new LexiconSet(Map.of());
    }

    /** The built-in lexicons (from the xinzhi-lexicons jar on the classpath). */
    public static LexiconSet builtIn() {
        return builder().addBuiltIn().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All entries of a type, in merge order. */
    public List<LexiconEntry> entries(EntryType type) {
        return byType.get(type);
    }

    /** The entry of a type whose surface or alias is exactly {@code form}, or null. */
    public LexiconEntry lookup(String form, EntryType type) {
        return bySurface.get(type).get(form);
    }

    public boolean contains(String form, EntryType type) {
        return bySurface.get(type).containsKey(form);
    }

    /** Number of entries of all types. */
    public int size() {
        return byType.values().stream().mapToInt(List::size).sum();
    }

    /** A new automaton over the surfaces and aliases of the given types; build once, keep it. */
    public LexiconMatcher matcher(EntryType... types) {
        if (prebuiltNames != null && Arrays.equals(types, PrebuiltLexicons.NAME_TYPES)) {
            return prebuiltNames.matcher(namesOf(types));
        }
        return new LexiconMatcher(namesOf(types));
    }

    /** The entries of the given types, one type after the other. */
    List<LexiconEntry> namesOf(EntryType... types) {
        List<LexiconEntry> all = new ArrayList<>();
        for (EntryType t : types) {
            all.addAll(entries(t));
        }
        return all;
    }

    /** Collects sources and merges them; {@link #build()} reports every bad line at once. */
    public static final class Builder {
        private final List<Source> sources = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds the built-in lexicons listed in {@value #BUILT_IN_INDEX} on the classpath, then those of every
         * lexicon module on the classpath ({@value #MODULE_INDEX}, e.g. the CC BY-SA module).
         */
        public Builder addBuiltIn() {
            sources.add(new Source("built-in", null, null, true, null));
            sources.addAll(moduleSources());
            return this;
        }

        /** The lexicon modules on the classpath, in module-name order. */
        private static List<Source> moduleSources() {
            java.util.TreeMap<String, Source> modules = new java.util.TreeMap<>();
            try {
                java.util.Enumeration<java.net.URL> urls = LexiconSet.class.getClassLoader().getResources(MODULE_INDEX);
                while (urls.hasMoreElements()) {
                    java.net.URL url = urls.nextElement();
                    byte[] bytes;
                    try (InputStream in = url.openStream()) {
                        bytes = in.readAllBytes();
                    }
                    String module = null;
                    List<String> resources = new ArrayList<>();
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                        line = line.strip();
                        if (line.startsWith("module=")) {
                            module = line.substring(7).strip();
                        } else if (!line.isEmpty() && !line.startsWith("#")) {
                            resources.add(line);
                        }
                    }
                    if (module == null || module.isEmpty() || module.contains(":")) {
                        throw new LexiconException(List.of(new LexiconError(url.toString(), 0, "lexicon module index without a module=NAME line")));
                    }
                    modules.put(module, new Source("module:" + module, null, null, false, List.copyOf(resources)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ArrayList<>(modules.values());
        }

        /** Adds a lexicon file, or every {@code *.tsv} file of a folder (in name order). */
        public Builder add(Path path) {
            Objects.requireNonNull(path, "path");
            sources.add(new Source(path.toString(), path, null, false, null));
            return this;
        }

        /** Adds lexicon text from memory, named {@code name} in error messages. */
        public Builder add(String name, String content) {
            sources.add(new Source(name, null, content, false, null));
            return this;
        }

        /** Merges all sources; throws {@link LexiconException} listing every bad line. */
        public LexiconSet build() {
            List<LexiconError> errors = new ArrayList<>();
            Map<Key, LexiconEntry> merged = new LinkedHashMap<>();
            Parsing parsing = new Parsing(errors);
            PrebuiltLexicons.Names names = null;
            for (Source source : sources) {
                PrebuiltLexicons.Prebuilt prebuilt = source.builtIn() ? prebuiltBuiltIn() : null;
                if (prebuilt != null) {
                    // The prebuilt entries are the built-in files merged in order, so merging them in
                    // one go leaves the same map as merging the files one by one.
                    mergeInOrder(prebuilt.entries(), merged);
                    // Its automaton holds the names of the built-in set alone.
                    names = sources.size() == 1 ? prebuilt.names() : null;
                    continue;
                }
                parsing.merge(source, merged);
            }
            if (!errors.isEmpty()) {
                throw new LexiconException(errors);
            }
            LexiconSet set = assemble(merged.values(), names);
            LOG.debug("lexicons loaded: {} entries from {} source(s)", set.size(), sources.size());
            return set;
        }

        /** The set of merged entries: STOP entries remove ORG/PARK entries and aliases. */
        static LexiconSet assemble(Collection<LexiconEntry> merged, PrebuiltLexicons.Names names) {
            Map<EntryType, List<LexiconEntry>> byType = new EnumMap<>(EntryType.class);
            java.util.Set<String> stops = new java.util.HashSet<>();
            for (LexiconEntry e : merged) {
                if (e.type() == EntryType.STOP) {
                    stops.add(e.surface());
                }
            }
            for (LexiconEntry e : merged) {
                if (e.type() == EntryType.ORG || e.type() == EntryType.PARK) {
                    if (stops.contains(e.surface())) {
                        continue;
                    }
                    e = withoutStoppedAliases(e, stops);
                }
                byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
            }
            return new LexiconSet(byType, names);
        }

        /** A STOP surface is never an ORG/PARK form, so it is removed from aliases too. */
        private static LexiconEntry withoutStoppedAliases(LexiconEntry e, java.util.Set<String> stops) {
            if (stops.isEmpty() || e.aliases().stream().noneMatch(stops::contains)) {
                return e;
            }
            List<String> kept = e.aliases().stream().filter(a -> !stops.contains(a)).toList();
            return new LexiconEntry(e.surface(), e.type(), e.canonical(), kept, e.attributes(), e.source());
        }

        /**
         * The built-in files parsed and merged (no prebuilt file used), in merge order, before STOP
         * entries apply: what {@link PrebuiltLexicons} stores.
         */
        static List<LexiconEntry> parseBuiltIn() {
            List<LexiconError> errors = new ArrayList<>();
            Map<Key, LexiconEntry> merged = new LinkedHashMap<>();
            new Parsing(errors).merge(new Source("built-in", null, null, true, null), merged);
            if (!errors.isEmpty()) {
                throw new LexiconException(errors);
            }
            return new ArrayList<>(merged.values());
        }

        /** The built-in lexicons from {@link PrebuiltLexicons#RESOURCE}, or null when it is missing or stale. */
        private static PrebuiltLexicons.Prebuilt prebuiltBuiltIn() {
            ClassLoader loader = LexiconSet.class.getClassLoader();
            try {
                byte[] prebuilt = PrebuiltLexicons.read(loader, PrebuiltLexicons.RESOURCE);
                byte[] index = prebuilt == null ? null : PrebuiltLexicons.read(loader, BUILT_IN_INDEX);
                if (index == null) {
                    return null;
                }
                long fingerprint = PrebuiltLexicons.fingerprint(loader, index, builtInResources(index));
                PrebuiltLexicons.Prebuilt read = fingerprint == -1 ? null : PrebuiltLexicons.read(prebuilt, fingerprint);
                if (read == null) {
                    LOG.info("{} does not match the built-in lexicons or the code on the class path: parsing the lexicons",
                            PrebuiltLexicons.RESOURCE);
                }
                return read;
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} unreadable, parsing the built-in lexicons: {}", PrebuiltLexicons.RESOURCE, e.toString());
                return null;
            }
        }

        private static void mergeInOrder(List<LexiconEntry> entries, Map<Key, LexiconEntry> merged) {
            for (LexiconEntry e : entries) {
                Key key = new Key(e.surface(), e.type());
                merged.remove(key);
                merged.put(key, e);
            }
        }

        /** Parses sources file by file; the term normalizer (OpenCC's tables) loads at the first file. */
        private static final class Parsing {
            private final List<LexiconError> errors;
            private TermNormalizer normalize;

            Parsing(List<LexiconError> errors) {
                this.errors = errors;
            }

            void merge(Source source, Map<Key, LexiconEntry> merged) {
                for (Named file : source.files(errors)) {
                    if (normalize == null) {
                        normalize = new TermNormalizer();
                    }
                    List<LexiconEntry> entries = new ArrayList<>();
                    try (BufferedReader r = file.open()) {
                        LexiconParser.parse(file.name, r, normalize, entries, errors);
                    } catch (CharacterCodingException e) {
                        errors.add(new LexiconError(file.name, 0, "not valid UTF-8"));
                        continue;
                    } catch (IOException e) {
                        errors.add(new LexiconError(file.name, 0, "cannot read: " + e.getMessage()));
                        continue;
                    }
                    mergeFile(entries, merged, errors);
                }
            }
        }

        private static void mergeFile(List<LexiconEntry> entries, Map<Key, LexiconEntry> merged, List<LexiconError> errors) {
            Map<Key, LexiconEntry> inFile = new LinkedHashMap<>();
            for (LexiconEntry e : entries) {
                Key key = new Key(e.surface(), e.type());
                LexiconEntry first = inFile.get(key);
                if (first != null) {
                    if (!first.canonical().equals(e.canonical())) {
                        String line = e.source().substring(e.source().lastIndexOf(':') + 1);
                        String file = e.source().substring(0, e.source().lastIndexOf(':'));
                        errors.add(new LexiconError(file, Integer.parseInt(line),
                                "duplicate " + e.type() + " entry '" + e.surface() + "' with canonical '" + e.canonical()
                                        + "' conflicts with " + first.source() + " ('" + first.canonical() + "')"));
                    }
                    continue;
                }
                inFile.put(key, e);
            }
            for (Map.Entry<Key, LexiconEntry> e : inFile.entrySet()) {
                merged.remove(e.getKey()); // re-insert so that the later source also wins the order
                merged.put(e.getKey(), e.getValue());
            }
        }
    }

    /** The resource names the built-in index lists, in order. */
    static List<String> builtInResources(byte[] index) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(new String(index, StandardCharsets.UTF_8)))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(BUILT_IN_FOLDER + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    private record Key(String surface, EntryType type) {
        // Written out: a record's generated hashCode/equals go through method handles, slow for the
        // ~16k keys merged at every start before the JIT compiles them.
        @Override
        public int hashCode() {
            return surface.hashCode() * 31 + type.ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && surface.equals(k.surface) && type == k.type;
        }
    }

    /** The largest lexicon file read (64 MB): a bigger one, or an endless one, is an error, not an out-of-memory. */
    static final int MAX_FILE_BYTES = 64 << 20;

    private record Named(String name, Path path, String content, String resource) {
        /**
         * A line whose bytes are not UTF-8 reads as {@link LexiconParser#INVALID_UTF8}, which the parser
         * reports as {@code file:line: not valid UTF-8}: the bad line is named and skipped, the rest
         * still loads. Only regular files are read (not a FIFO, a device, a symlink to /dev/zero), and
         * at most {@link #MAX_FILE_BYTES}.
         */
        BufferedReader open() throws IOException {
            if (content != null) {
                return new BufferedReader(new StringReader(content));
            }
            byte[] bytes;
            if (path != null) {
                if (!Files.isRegularFile(path)) {
                    throw new IOException("not a regular file");
                }
                if (Files.size(path) > MAX_FILE_BYTES) {
                    throw new IOException("larger than " + (MAX_FILE_BYTES >> 20) + " MB");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                }
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new IOException("larger than " + (MAX_FILE_BYTES >> 20) + " MB");
                }
            } else {
                try (InputStream in = LexiconSet.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("resource not found: " + resource);
                    }
                    bytes = in.readAllBytes();
                }
            }
            return new BufferedReader(new StringReader(decodeLines(bytes)));
        }

        /** UTF-8, line by line, strictly: a line that does not decode becomes {@link LexiconParser#INVALID_UTF8}. */
        private static String decodeLines(byte[] b) {
            StringBuilder out = new StringBuilder(b.length);
            java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            int start = 0;
            for (int i = 0; i <= b.length; i++) {
                if (i == b.length || b[i] == '\n') {
                    try {
                        out.append(dec.reset().decode(java.nio.ByteBuffer.wrap(b, start, i - start)));
                    } catch (CharacterCodingException e) {
                        out.append(LexiconParser.INVALID_UTF8);
                    }
                    if (i < b.length) {
                        out.append('\n');
                    }
                    start = i + 1;
                }
            }
            return out.toString();
        }
    }

    private record Source(String name, Path path, String content, boolean builtIn, List<String> resources) {
        List<Named> files(List<LexiconError> errors) {
            if (resources != null) {
                return resources.stream().map(r -> new Named(name + ":" + r, null, null, r)).toList();
            }
            if (content != null) {
                return List.of(new Named(name, null, content, null));
            }
            if (builtIn) {
                return builtInFiles(errors);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.list(path)) {
                    return s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted()
                            .map(p -> new Named(p.toString(), p, null, null)).toList();
                } catch (IOException e) {
                    errors.add(new LexiconError(path.toString(), 0, "cannot list folder: " + e.getMessage()));
                    return List.of();
                }
            }
            if (!Files.isRegularFile(path)) {
                errors.add(new LexiconError(path.toString(), 0, "no such file or folder"));
                return List.of();
            }
            return List.of(new Named(path.toString(), path, null, null));
        }

        private static List<Named> builtInFiles(List<LexiconError> errors) {
            byte[] index;
            try {
                index = PrebuiltLexicons.read(LexiconSet.class.getClassLoader(), BUILT_IN_INDEX);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (index == null) {
                errors.add(new LexiconError(BUILT_IN_INDEX, 0,
                        "built-in lexicons not found on the classpath: add the org.xinzhi:xinzhi-lexicons dependency, or build without built-in lexicons"));
                return List.of();
            }
            List<Named> out = new ArrayList<>();
            for (String resource : builtInResources(index)) {
                out.add(new Named(resource, null, null, resource));
            }
            return out;
        }
    }
}
