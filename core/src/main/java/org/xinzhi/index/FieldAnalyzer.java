package org.xinzhi.index;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.xinzhi.segment.XinzhiAnalyzer;

/**
 * Picks the analyzer by field: {@link XinzhiAnalyzer} for text fields, a one-term analyzer for
 * keyword fields (mapped the way they were indexed). Lucene's per-field wrapper lives in
 * analysis-common, which this project does not otherwise need.
 */
final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

    private final Analyzer text;
    private final Analyzer enums;
    private final Analyzer units;
    private final Analyzer exact;
    private final Analyzer names;

    FieldAnalyzer(XinzhiAnalyzer text, FactSchema schema) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.text = text;
        this.enums = keyword(s -> s.toUpperCase(Locale.ROOT));
        this.units = keyword(schema::normalizeUnit);
        this.exact = keyword(UnaryOperator.identity());
        this.names = keyword(schema::normalize);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (FactSchema.ENUM_FIELDS.contains(fieldName)) {
            return enums;
        }
        if (FactSchema.UNIT.equals(fieldName)) {
            return units;
        }
        if (FactSchema.SUBJECT_CANONICAL.equals(fieldName)) {
            return names;
        }
        if (FactSchema.KEYWORD_FIELDS.contains(fieldName)) {
            return exact;
        }
        return text;
    }

    private static Analyzer keyword(UnaryOperator<String> mapping) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new KeywordTokenizer(mapping));
            }
        };
    }
}
