package org.xinzhi.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.model.Mention;
import org.xinzhi.recognize.MentionResolver;
import org.xinzhi.recognize.Recognizer;
import org.xinzhi.recognize.Recognizers;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.Sentence;
import org.xinzhi.text.SentenceSplitter;
import org.xinzhi.text.TextNormalizer;

/**
 * What is measured: the two HanLP references, each Xinzhi stage on its own input, and end-to-end
 * extraction. Each stage reads the output of the stage before, computed once per distinct text
 * ahead of timing ({@link Prepared}), so a stage's figure is that stage alone.
 */
public final class Workloads {

    private Workloads() {
    }

    /** One unit of work on one document; returns a count so the JIT cannot drop the work. */
    @FunctionalInterface
    public interface Task {
        long run(Document doc);
    }

    /**
     * A named workload; {@code perThread} makes the task one worker thread uses (HanLP references:
     * one segment instance per thread; Xinzhi stages: one shared, thread-safe instance).
     */
    public record Workload(String name, Supplier<Task> perThread) {
    }

    /** HanLP.newSegment() as configured by default (ViterbiSegment, person names on), one per thread. */
    public static Workload hanlpStandard() {
        return new Workload("HanLP standard segmentation (reference)", () -> {
            Segment s = HanLP.newSegment();
            return d -> s.seg(d.text()).size();
        });
    }

    /** HanLP.newSegment() with organization, place and number/quantifier recognition, one per thread. */
    public static Workload hanlpEntities() {
        return new Workload("HanLP + org/place/number recognition (reference)", () -> {
            Segment s = HanLP.newSegment()
                    .enableOrganizationRecognize(true)
                    .enablePlaceRecognize(true)
                    .enableNumberQuantifierRecognize(true);
            return d -> s.seg(d.text()).size();
        });
    }

    public static Workload normalize(TextNormalizer normalizer) {
        return new Workload("Xinzhi normalize (width fold, trad→simp, offsets)", () -> d -> normalizer.normalize(d.text()).normalized().length());
    }

    public static Workload sentences(Prepared p) {
        return new Workload("Xinzhi sentence split", () -> d -> SentenceSplitter.split(p.of(d).normalized.normalized()).size());
    }

    public static Workload segment(Segmenter segmenter, Prepared p) {
        return new Workload("Xinzhi segment (HanLP models; person/place/org roles decoded by Xinzhi)", () -> d -> {
            Stages s = p.of(d);
            return segmenter.segment(s.normalized.normalized(), s.sentences).size();
        });
    }

    public static Workload recognize(List<Recognizer> recognizers, Prepared p) {
        return new Workload("Xinzhi recognize (" + recognizers.size() + " recognizers + overlap resolution)",
                () -> d -> recognizeAll(recognizers, p.of(d).analyzed).size());
    }

    public static Workload facts(FactStage facts, Prepared p) {
        return new Workload("Xinzhi facts", () -> d -> {
            Stages s = p.of(d);
            return facts.extract(s.analyzed, s.mentions);
        });
    }

    public static Workload endToEnd(Extractor extractor) {
        return endToEnd("Xinzhi end-to-end extract (shared Extractor)", extractor);
    }

    /** End-to-end extraction by {@code extractor}, under another name (e.g. the fast mode). */
    public static Workload endToEnd(String name, Extractor extractor) {
        return new Workload(name, () -> d -> {
            Extraction e = extractor.extract(d);
            return e.tokens().size() + e.mentions().size() + e.facts().size();
        });
    }

    static List<Mention> recognizeAll(List<Recognizer> recognizers, AnalyzedText analyzed) {
        List<Mention> candidates = new ArrayList<>();
        for (Recognizer r : recognizers) {
            candidates.addAll(r.recognize(analyzed));
        }
        return MentionResolver.resolve(candidates);
    }

    /** The facts stage, if the pipeline has one the benchmark can call on its own. */
    @FunctionalInterface
    public interface FactStage {
        long extract(AnalyzedText analyzed, List<Mention> mentions);
    }

    /** The outputs of every stage for one distinct text. */
    public record Stages(NormalizedText normalized, List<Sentence> sentences, List<Token> tokens,
                         AnalyzedText analyzed, List<Mention> mentions) {
    }

    /** Stage outputs per distinct text (repeated documents share their text instance). */
    public static final class Prepared {
        private final Map<String, Stages> byText;

        private Prepared(Map<String, Stages> byText) {
            this.byText = byText;
        }

        Stages of(Document d) {
            Stages s = byText.get(d.text());
            if (s == null) {
                throw new IllegalStateException("text of " + d.id() + " was not prepared");
            }
            return s;
        }

        /** Runs the pipeline once per distinct text with the given extractor's own configuration. */
        public static Prepared of(BenchTexts.TextSet set, Extractor extractor, List<Recognizer> recognizers) {
            Map<String, Stages> map = new IdentityHashMap<>();
            for (Document d : set.docs()) {
                if (map.containsKey(d.text())) {
                    continue;
                }
                AnalyzedText a = extractor.analyze(d);
                List<Mention> mentions = recognizeAll(recognizers, a);
                map.put(d.text(), new Stages(a.text(), a.sentences(), a.tokens(), a, mentions));
            }
            return new Prepared(map);
        }
    }

    /** The standard recognizers over an extractor's lexicons. */
    public static List<Recognizer> recognizers(Extractor extractor) {
        return Recognizers.standard(extractor.lexicons());
    }
}
