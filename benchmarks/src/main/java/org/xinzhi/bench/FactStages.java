package org.xinzhi.bench;

import org.xinzhi.Extractor;
import org.xinzhi.fact.FactExtractor;

/** The facts stage on its own, for the per-stage rows. */
final class FactStages {
    private FactStages() {
    }

    /** The standard fact extractor over the extractor's lexicons, as the extractor itself builds it. */
    static Workloads.FactStage standard(Extractor extractor) {
        FactExtractor facts = FactExtractor.standard(extractor.lexicons());
        return (analyzed, mentions) -> facts.extract(analyzed, mentions).size();
    }
}
