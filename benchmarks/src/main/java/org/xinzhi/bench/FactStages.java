package org.xinzhi.bench;

import org.xinzhi.Extractor;

/** The facts stage on its own, for the per-stage rows. */
final class FactStages {
    private FactStages() {
    }

    /** The standard fact extractor as a stage, or null while the pipeline has none. */
    static Workloads.FactStage standard(Extractor extractor) {
        return null;
    }
}
