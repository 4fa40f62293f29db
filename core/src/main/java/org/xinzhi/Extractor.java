package org.xinzhi;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinzhi.model.Fact;
import org.xinzhi.fact.FactExtractor;
import org.xinzhi.fact.PublicationDates;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Mention;
import org.xinzhi.recognize.MentionResolver;
import org.xinzhi.recognize.NumericRecognizer;
import org.xinzhi.recognize.Recognition;
import org.xinzhi.recognize.Recognizer;
import org.xinzhi.recognize.name.NameModel;
import org.xinzhi.recognize.name.NameRecognizer;
import org.xinzhi.recognize.name.NameSource;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.Sentence;
import org.xinzhi.text.SentenceSplitter;
import org.xinzhi.text.TextNormalizer;

/**
 * The facade: text in, mentions and facts out.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().lexicons(Path.of("my-lexicons")).build();
 * Extraction result = extractor.extract(Document.of("news-1", text));
 * }</pre>
 *
 * <p>Build one and share it: an extractor is immutable and thread-safe, holds its own lexicons and
 * automata, and touches no global state of HanLP's. A new lexicon means a new extractor; old and
 * new can run side by side.
 */
public final class Extractor {

    private final LexiconSet lexicons;
    private final TextNormalizer normalizer;
    private final Segmenter segmenter;
    private final List<Recognizer> recognizers;
    private final FactExtractor facts;
    private final boolean includeTokens;
    private final boolean explain;

    private Extractor(Builder b, LexiconSet lexicons) {
        this.lexicons = lexicons;
        this.normalizer = b.convertScript ? TextNormalizer.standard() : TextNormalizer.widthOnly();
        NameRecognizer.Builder names = NameRecognizer.builder(lexicons);
        if (b.nameModelSet) {
            names.model(b.nameModel);
        }
        if (!Double.isNaN(b.nameThreshold)) {
            names.threshold(b.nameThreshold);
        }
        b.removedNameSources.forEach(names::removeSource);
        b.addedNameSources.forEach(names::addSource);
        this.recognizers = List.of(new NumericRecognizer(lexicons), names.build());
        this.explain = b.explain;
        this.facts = FactExtractor.standard(lexicons);
        // Last: a HanLP segment waits for HanLP's dictionaries, which load on the warm-up thread
        // meanwhile (the automata above do not need them). Before waiting, this thread loads the
        // role dictionaries, while the warm-up thread is still on the core ones.
        if (b.roleTags) {
            Segmenter.loadRoleDictionaries();
        }
        this.segmenter = b.roleTags ? Segmenter.withEntityRoles() : Segmenter.standard();
        this.includeTokens = b.includeTokens;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The merged lexicons this extractor uses. */
    public LexiconSet lexicons() {
        return lexicons;
    }

    /** Extracts from a text with document id "doc". */
    public Extraction extract(String text) {
        return extract(Document.of("doc", text));
    }

    /** Extracts mentions and facts; offsets in the result refer to {@code document.text()}. */
    public Extraction extract(Document document) {
        Objects.requireNonNull(document, "document");
        AnalyzedText analyzed = analyze(document);
        List<Mention> candidates = new ArrayList<>();
        List<Mention> rejected = new ArrayList<>();
        for (Recognizer r : recognizers) {
            if (explain) {
                Recognition found = r.recognizeExplained(analyzed);
                candidates.addAll(found.mentions());
                rejected.addAll(found.rejected());
            } else {
                candidates.addAll(r.recognize(analyzed));
            }
        }
        List<Mention> mentions = MentionResolver.resolve(candidates);
        List<Fact> found = facts == null ? List.of() : facts.extract(analyzed, mentions);
        return toOriginal(analyzed, mentions, found, rejected);
    }

    /**
     * Normalization, sentences and tokens, in NORMALIZED offsets: the recognizers' input. When the
     * document has no publication date, one is read from its header (发布时间:2023-07-10) if present.
     */
    public AnalyzedText analyze(Document document) {
        NormalizedText text = normalizer.normalize(document.text());
        List<Sentence> sentences = SentenceSplitter.split(text.normalized());
        List<Token> tokens = segmenter.segment(text.normalized(), sentences);
        LocalDate published = document.published();
        if (published == null) {
            // Relative times (今年4月, 去年) need a date: read it from the page header when not given.
            published = PublicationDates.find(text.normalized());
        }
        return new AnalyzedText(document.id(), text, sentences, tokens, published);
    }

    private Extraction toOriginal(AnalyzedText a, List<Mention> mentions, List<Fact> found, List<Mention> rejected) {
        NormalizedText t = a.text();
        boolean same = t.offsets().isIdentity() && t.original().equals(t.normalized());
        List<Sentence> sentences = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            sentences.add(same ? s : mapSentence(t, s));
        }
        List<Token> tokens = new ArrayList<>(includeTokens ? a.tokens().size() : 0);
        if (includeTokens) {
            for (Token k : a.tokens()) {
                Token mapped = same ? k : mapToken(t, k);
                int last = tokens.size() - 1;
                if (last >= 0 && mapped.start() < tokens.get(last).end()) {
                    // Two tokens inside one phrase whose conversion changed length map to the same
                    // original span: they become one token, so tokens never overlap.
                    Token prev = tokens.get(last);
                    int end = Math.max(prev.end(), mapped.end());
                    tokens.set(last, new Token(prev.start(), end, t.original().substring(prev.start(), end),
                            prev.normalized() + mapped.normalized(), prev.pos()));
                } else {
                    tokens.add(mapped);
                }
            }
        }
        List<Mention> ms = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            ms.add(mapMention(t, m));
        }
        List<Fact> fs = new ArrayList<>(found.size());
        for (Fact f : found) {
            int ss = t.originalStart(f.sentenceStart());
            int se = t.originalEnd(f.sentenceEnd());
            TimeExpression time = f.time();
            if (time != null) {
                int ts = t.originalStart(time.start());
                int te = t.originalEnd(time.end());
                time = time.withSpan(ts, te, t.original().substring(ts, te));
            }
            fs.add(new Fact(f.docId(), mapMention(t, f.subject()), f.predicate(), mapMention(t, f.value()), time,
                    ss, se, t.original().substring(ss, se),
                    f.evidence().mapSpans(t::originalStart, t::originalEnd, t.original())));
        }
        List<Mention> rs = new ArrayList<>(rejected.size());
        for (Mention m : rejected) {
            rs.add(mapMention(t, m));
        }
        return new Extraction(a.docId(), t.script(), a.published(), sentences, tokens, ms, fs, rs);
    }

    private static Sentence mapSentence(NormalizedText t, Sentence s) {
        int start = t.originalStart(s.start());
        int end = t.originalEnd(s.end());
        return new Sentence(start, end, t.original().substring(start, end));
    }

    private static Token mapToken(NormalizedText t, Token k) {
        int start = t.originalStart(k.start());
        int end = t.originalEnd(k.end());
        if (start == k.start() && end == k.end() && k.text().length() == end - start
                && t.original().regionMatches(start, k.text(), 0, end - start)) {
            return k; // written as normalized (most tokens of a text with a few folded chars): no copy
        }
        return k.withSpan(start, end, t.original().substring(start, end));
    }

    private static Mention mapMention(NormalizedText t, Mention m) {
        int start = t.originalStart(m.start());
        int end = t.originalEnd(m.end());
        Mention moved = m.withSpan(start, end, t.original().substring(start, end));
        return m.evidence().reasons().isEmpty() ? moved
                : moved.withEvidence(m.evidence().mapSpans(t::originalStart, t::originalEnd, t.original()));
    }

    /** Configures an {@link Extractor}; readable, chainable, and checked at {@link #build()}. */
    public static final class Builder {
        private final List<Path> lexiconPaths = new ArrayList<>();
        private LexiconSet lexiconSet;
        private boolean builtIn = true;
        private boolean convertScript = true;
        private boolean includeTokens = true;
        private boolean roleTags = true;
        private boolean explain;
        private boolean nameModelSet;
        private double nameThreshold = Double.NaN;
        private NameModel nameModel;
        private final List<NameSource> addedNameSources = new ArrayList<>();
        private final List<String> removedNameSources = new ArrayList<>();

        private Builder() {
        }

        /** Adds user lexicon files or folders (every {@code *.tsv} inside), merged over the built-in ones. */
        public Builder lexicons(Path... paths) {
            for (Path p : paths) {
                lexiconPaths.add(Objects.requireNonNull(p, "lexicon path"));
            }
            return this;
        }

        /** Uses an already built lexicon set instead of loading one (user paths are then ignored). */
        public Builder lexiconSet(LexiconSet set) {
            this.lexiconSet = Objects.requireNonNull(set, "lexicon set");
            return this;
        }

        /** Leaves the built-in lexicons out (only user lexicons are used). */
        public Builder withoutBuiltInLexicons() {
            this.builtIn = false;
            return this;
        }

        /** Whether traditional characters are converted to simplified before analysis (default true). */
        public Builder convertTraditional(boolean convert) {
            this.convertScript = convert;
            return this;
        }

        /**
         * Whether HanLP's organization and place role tagging runs during segmentation (default true).
         * It is one signal of the ORG recognizer and costs about half of HanLP's segmentation speed;
         * false is the fast mode: plain HanLP standard segmentation, slightly lower ORG recall.
         */
        public Builder hanlpRoleTags(boolean enabled) {
            this.roleTags = enabled;
            return this;
        }

        /**
         * Whether results record why: every mention's evidence is always kept; with explain, the
         * extraction also lists the name candidates that lost ({@link Extraction#rejected()}), each with
         * its score and the reason (default false).
         */
        public Builder explain(boolean enabled) {
            this.explain = enabled;
            return this;
        }

        /** The scorer of name candidates instead of the built-in one; null scores by the rules' own verdicts. */
        public Builder nameModel(NameModel model) {
            this.nameModel = model;
            this.nameModelSet = true;
            return this;
        }

        /**
         * The probability a name candidate must pass to be kept (default 0.5): lower finds more names
         * and more wrong ones. Between 0 and 1.
         */
        public Builder nameThreshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("name threshold must be between 0 and 1, not " + threshold);
            }
            this.nameThreshold = threshold;
            return this;
        }

        /** Adds a name source after the standard ones (see {@link NameSource}). */
        public Builder addNameSource(NameSource source) {
            addedNameSources.add(Objects.requireNonNull(source, "name source"));
            return this;
        }

        /** Leaves out a standard name source by id (lexicon, suffix, role-tag, list, definition, apposition, latin, cue). */
        public Builder removeNameSource(String id) {
            removedNameSources.add(Objects.requireNonNull(id, "name source id"));
            return this;
        }

        /** Whether results carry the tokens (default true; false saves memory in batch jobs). */
        public Builder includeTokens(boolean include) {
            this.includeTokens = include;
            return this;
        }

        /** Loads and checks the lexicons; throws {@link org.xinzhi.lexicon.LexiconException} naming every bad line. */
        public Extractor build() {
            // HanLP loads its dictionaries on first use (about a third of a cold start): let that
            // happen on another core while the lexicons load. Joined before returning, so no
            // thread outlives build(); a failure there shows again, with its cause, below.
            Thread warmUp = new Thread(Builder::loadSegmenterDictionaries, "xinzhi-hanlp-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            try {
                LexiconSet set = lexiconSet;
                if (set == null) {
                    LexiconSet.Builder lb = LexiconSet.builder();
                    if (builtIn) {
                        lb.addBuiltIn();
                    }
                    lexiconPaths.forEach(lb::add);
                    set = lb.build();
                }
                return new Extractor(this, set);
            } finally {
                joinQuietly(warmUp);
            }
        }

        private static void loadSegmenterDictionaries() {
            try {
                Segmenter.withEntityRoles().segment("上海市临港新片区管委会表示，产值增长12%。");
            } catch (RuntimeException | Error ignored) {
                // the extractor's own segmenter reports the problem when it is built or used
            }
        }

        private static void joinQuietly(Thread t) {
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
