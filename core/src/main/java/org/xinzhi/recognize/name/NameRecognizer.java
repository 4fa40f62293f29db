package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.recognize.Recognition;
import org.xinzhi.recognize.Recognizer;
import org.xinzhi.segment.AnalyzedText;

/**
 * Finds organizations (ORG) and named parks and zones (PARK) in three steps, each with one job:
 * <ol>
 *   <li><b>sources</b> propose candidate spans with their evidence ({@link NameSource}: lexicons,
 *       the suffix grammar, HanLP's role tags, lists, definitions, appositions, Latin-script names,
 *       context cues);</li>
 *   <li>the <b>document stage</b> ({@link NameLinker}) adds aliases, short forms and every other
 *       occurrence of each proposed string;</li>
 *   <li>the <b>scorer</b> ({@link NameModel}, a logistic regression over {@link NameFeatures}) gives
 *       each candidate a probability and the <b>resolver</b> keeps the best non-overlapping set,
 *       recording why the others lost.</li>
 * </ol>
 * Every mention carries its evidence: the reasons of every source that proposed it and its score.
 * Immutable and thread-safe.
 */
public final class NameRecognizer implements Recognizer {

    private final List<NameSource> sources;
    private final NameLinker linker;
    private final NameFeatures features;
    private final NameModel model;
    private final double threshold;

    private NameRecognizer(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.linker = new NameLinker(b.vocab);
        this.features = new NameFeatures(b.vocab);
        this.model = b.model;
        this.threshold = b.threshold;
    }

    /** The standard recognizer over these lexicons, with the built-in model. */
    public NameRecognizer(LexiconSet lexicons) {
        this(builder(lexicons));
    }

    /** A builder with the standard sources and the built-in model. */
    /** The probability given to an unambiguous entry of the user's own lexicon files (see {@link #userEntry}). */
    static final double USER_ENTRY_PROBABILITY = 0.98;

    public static Builder builder(LexiconSet lexicons) {
        return new Builder(lexicons);
    }

    /** The ids of the sources, in the order they run. */
    public List<String> sourceIds() {
        return sources.stream().map(NameSource::id).toList();
    }

    @Override
    public List<Mention> recognize(AnalyzedText text) {
        return recognizeExplained(text, false).mentions();
    }

    @Override
    public Recognition recognizeExplained(AnalyzedText text) {
        return recognizeExplained(text, true);
    }

    private Recognition recognizeExplained(AnalyzedText text, boolean withRejected) {
        NameView d = new NameView(text);
        if (d.length() == 0) {
            return new Recognition(List.of(), List.of());
        }
        Proposals p = propose(d);
        List<NameResolver.Scored> scored = new ArrayList<>();
        for (NameFeatures.Group g : features.groups(d, p.candidates())) {
            scored.add(new NameResolver.Scored(g, probability(g)));
        }
        NameResolver.Result r = NameResolver.resolve(scored, p.blocked(), d.length(), threshold);
        List<Mention> out = new ArrayList<>(r.kept().size());
        for (NameResolver.Scored s : r.kept()) {
            out.add(toMention(d, s, null));
        }
        List<Mention> rejected = new ArrayList<>();
        if (withRejected) {
            for (NameResolver.Loser l : r.rejected()) {
                rejected.add(toMention(d, l.candidate(), l.reason()));
            }
        }
        return new Recognition(out, rejected);
    }

    /**
     * Every candidate of a document with its features and the gold-independent probability the model
     * gives it (NaN without a model): what {@code xinzhi train-names} learns from.
     */
    public List<ScoredCandidate> candidates(AnalyzedText text) {
        NameView d = new NameView(text);
        if (d.length() == 0) {
            return List.of();
        }
        Proposals p = propose(d);
        List<ScoredCandidate> out = new ArrayList<>();
        for (NameFeatures.Group g : features.groups(d, p.candidates())) {
            out.add(new ScoredCandidate(g.type(), g.start(), g.end(), d.slice(g.start(), g.end()), g.features(),
                    model == null ? Double.NaN : model.probability(g.features()), reasons(g)));
        }
        return out;
    }

    /**
     * A candidate as the scorer sees it.
     *
     * @param type     ORG or PARK
     * @param start    first char (normalized text)
     * @param end      last char, exclusive
     * @param text     the normalized slice
     * @param features its features
     * @param p        the model's probability, NaN without a model
     * @param reasons  what each source recorded
     */
    public record ScoredCandidate(MentionType type, int start, int end, String text, List<String> features, double p,
                                  List<Evidence.Reason> reasons) {
    }

    private Proposals propose(NameView d) {
        Proposals p = new Proposals();
        for (NameSource s : sources) {
            s.propose(d, p);
        }
        linker.link(d, p);
        return p;
    }

    private double probability(NameFeatures.Group g) {
        if (model != null) {
            double p = model.probability(g.features());
            return userEntry(g) ? Math.max(p, USER_ENTRY_PROBABILITY) : p;
        }
        // no model: the rules' own verdicts
        for (NameCandidate c : g.candidates()) {
            if (NameLinker.strong(c)) {
                return 0.9;
            }
        }
        for (String f : g.features()) {
            if (f.equals("doc:suffix:rule-accept") || f.equals("doc:lex:aligned") || f.equals("role:company-word-as-name")
                    || f.equals("list:item-evidence") || f.startsWith("definition:") || f.startsWith("apposition:")) {
                return 0.75;
            }
        }
        return 0.1;
    }

    /**
     * The user's own lexicon files say what they want found: an entry of theirs that stands on word
     * boundaries and is not marked {@code ambiguous=true} is taken whatever the model thinks (the
     * model never saw those files, so it has no weight for them). Ambiguous entries stay the model's call.
     */
    private static boolean userEntry(NameFeatures.Group g) {
        boolean user = false;
        for (NameCandidate c : g.candidates()) {
            if (c.source().equals(LexiconSource.ID) && c.rule().equals(LexiconSource.USER)) {
                if (c.features().contains("lex:ambiguous") || !c.features().contains("lex:aligned")) {
                    return false;
                }
                user = true;
            }
        }
        return user;
    }

    private static List<Evidence.Reason> reasons(NameFeatures.Group g) {
        Set<Evidence.Reason> rs = new LinkedHashSet<>();
        for (NameCandidate c : g.candidates()) {
            rs.add(c.reason());
        }
        return List.copyOf(rs);
    }

    private static Mention toMention(NameView d, NameResolver.Scored s, String lostBecause) {
        NameFeatures.Group g = s.group();
        String slice = d.slice(g.start(), g.end());
        String canonical = null;
        for (NameCandidate c : g.candidates()) {
            if (c.canonical() != null && (canonical == null || !c.source().equals(LexiconSource.ID) && canonical.equals(slice))) {
                canonical = c.canonical();
            }
        }
        List<Evidence.Reason> rs = new ArrayList<>(reasons(g));
        if (lostBecause != null) {
            rs.add(new Evidence.Reason("resolver", "rejected: " + lostBecause, List.of()));
        }
        return Mention.named(g.type(), g.start(), g.end(), slice, slice, canonical == null ? slice : canonical)
                .withEvidence(new Evidence(rs, s.p()));
    }

    /** Configures a {@link NameRecognizer}: which sources run, which model scores, the threshold. */
    public static final class Builder {
        private final NameVocabulary vocab;
        private final List<NameSource> sources = new ArrayList<>();
        private NameModel model = NameModel.builtIn();
        private double threshold = 0.5;

        private Builder(LexiconSet lexicons) {
            Objects.requireNonNull(lexicons, "lexicons");
            this.vocab = new NameVocabulary(lexicons);
            sources.add(new LexiconSource(vocab));
            sources.add(new SuffixSource(vocab));
            sources.add(new RoleTagSource(vocab, lexicons));
            sources.add(new ListSource(vocab));
            sources.add(new DefinitionSource(vocab));
            sources.add(new AppositionSource(vocab));
            sources.add(new LatinSource(lexicons));
            sources.add(new CueSource(vocab));
        }

        /** Adds a source after the others (it sees their candidates). */
        public Builder addSource(NameSource source) {
            Objects.requireNonNull(source, "source");
            if (sources.stream().anyMatch(s -> s.id().equals(source.id()))) {
                throw new IllegalArgumentException("a name source with id '" + source.id() + "' is already there");
            }
            sources.add(source);
            return this;
        }

        /** Removes the source with this id; an unknown id is an error that lists the known ones. */
        public Builder removeSource(String id) {
            if (!sources.removeIf(s -> s.id().equals(id))) {
                throw new IllegalArgumentException("no name source '" + id + "'; the sources are "
                        + sources.stream().map(NameSource::id).toList());
            }
            return this;
        }

        /** The scorer; null scores by the rules' own verdicts (what training starts from). */
        public Builder model(NameModel m) {
            this.model = m;
            return this;
        }

        /** The probability a candidate needs to become a mention (default 0.5). */
        public Builder threshold(double t) {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("threshold must be between 0 and 1, not " + t);
            }
            this.threshold = t;
            return this;
        }

        public NameRecognizer build() {
            return new NameRecognizer(this);
        }
    }
}
