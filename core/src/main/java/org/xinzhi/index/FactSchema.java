package org.xinzhi.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.xinzhi.model.Fact;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.model.Mention;
import org.xinzhi.text.TextNormalizer;

/**
 * The index schema: one Lucene document per fact. Field names are the public contract of the
 * index (query strings, Luke, facets) and are listed in docs/index.md.
 */
final class FactSchema {

    // Keywords: indexed as one term, stored, most with doc values for facets and sorting.
    static final String FACT_ID = "fact_id";
    static final String DOC_ID = "doc_id";
    static final String SUBJECT_TYPE = "subject_type";
    static final String VALUE_TYPE = "value_type";
    static final String UNIT = "unit";
    static final String QUALIFIER = "qualifier";
    // Text analyzed by XinzhiAnalyzer.
    static final String SUBJECT = "subject";
    /** The subject's canonical name, simplified, as one keyword (what facets group by). */
    static final String SUBJECT_CANONICAL = "subject_canonical";
    /** The value as written (5億港元), analyzed. */
    static final String VALUE_TEXT = "value_text";
    static final String PREDICATE = "predicate";
    static final String SENTENCE = "sentence";
    static final String TEXT = "text";
    // Numbers and time.
    static final String VALUE = "value";
    static final String VALUE_MAX = "value_max";
    /** Money converted to yuan with {@link CnyRates} (absent for other types and unknown currencies). */
    static final String VALUE_CNY = "value_cny";
    static final String YEAR = "year";
    static final String TIME_FROM = "time_from";
    static final String TIME_TO = "time_to";
    static final String TIME = "time";
    // The fact itself.
    static final String FACT_JSON = "fact";

    /** Keyword fields whose values are upper-case enum names (subject_type:park works too). */
    static final Set<String> ENUM_FIELDS = Set.of(SUBJECT_TYPE, VALUE_TYPE, QUALIFIER);
    static final Set<String> KEYWORD_FIELDS = Set.of(FACT_ID, DOC_ID, SUBJECT_TYPE, VALUE_TYPE, UNIT, QUALIFIER);
    /** Every field a query string may name, in the order error messages list them. */
    static final List<String> QUERY_FIELDS = List.of(SUBJECT, SUBJECT_CANONICAL, SUBJECT_TYPE, PREDICATE,
            VALUE_TYPE, VALUE, VALUE_MAX, VALUE_CNY, UNIT, QUALIFIER, VALUE_TEXT, YEAR, TIME, TIME_FROM, TIME_TO,
            SENTENCE, TEXT, DOC_ID, FACT_ID);
    /** Numeric value fields whose range bounds may carry % or a currency. */
    static final Set<String> VALUE_FIELDS = Set.of(VALUE, VALUE_MAX, VALUE_CNY);
    /** Fields with sorted (string) doc values: facets and sorting. */
    static final List<String> STRING_FACET_FIELDS = List.of(SUBJECT, SUBJECT_TYPE, PREDICATE, VALUE_TYPE, UNIT, QUALIFIER);
    /** Fields with numeric doc values. */
    static final List<String> NUMERIC_FACET_FIELDS = List.of(YEAR);

    private final TextNormalizer normalizer;
    private final CnyRates rates;

    FactSchema(TextNormalizer normalizer, CnyRates rates) {
        this.normalizer = normalizer;
        this.rates = rates;
    }

    CnyRates rates() {
        return rates;
    }

    /** The Lucene document for one fact of document {@code docId}. */
    Document toDocument(String docId, Fact f) {
        Mention s = f.subject();
        Mention v = f.value();
        Document d = new Document();
        d.add(new StringField(FACT_ID, factId(docId, f), Field.Store.YES));
        d.add(new StringField(DOC_ID, docId, Field.Store.YES));

        String subjectName = normalize(s.name());
        String subjectText = s.text().equals(subjectName) ? subjectName : s.text() + " " + subjectName;
        d.add(new TextField(SUBJECT, subjectText, Field.Store.YES));
        d.add(new SortedDocValuesField(SUBJECT, new BytesRef(subjectName)));
        d.add(new StringField(SUBJECT_CANONICAL, subjectName, Field.Store.NO));
        keyword(d, SUBJECT_TYPE, s.type().name());

        String predicate = f.predicate().strip();
        if (!predicate.isEmpty()) {
            // Lucene 9 wants every document that has a field to index it the same way (text AND
            // doc values), so a fact without a predicate has no predicate field at all.
            d.add(new TextField(PREDICATE, predicate, Field.Store.YES));
            d.add(new SortedDocValuesField(PREDICATE, new BytesRef(normalize(predicate))));
        }
        if (f.sentence() != null) {
            d.add(new TextField(SENTENCE, f.sentence(), Field.Store.YES));
        }

        keyword(d, VALUE_TYPE, v.type().name());
        if (v.unit() != null) {
            keyword(d, UNIT, normalizeUnit(v.unit()));
        }
        if (v.qualifier() != null) {
            keyword(d, QUALIFIER, v.qualifier().name());
        }
        if (v.value() != null) {
            double value = v.value().doubleValue();
            double max = v.valueMax() != null ? v.valueMax().doubleValue() : value;
            d.add(new DoublePoint(VALUE, value));
            d.add(new DoubleDocValuesField(VALUE, value));
            d.add(new StoredField(VALUE, plain(v.value())));
            d.add(new DoublePoint(VALUE_MAX, max));
            d.add(new StoredField(VALUE_MAX, plain(v.valueMax() != null ? v.valueMax() : v.value())));
            BigDecimal cny = v.type() == org.xinzhi.model.MentionType.MONEY ? rates.toCny(v.value(), normalizeUnit(String.valueOf(v.unit()))) : null;
            if (cny != null) {
                double c = cny.doubleValue();
                d.add(new DoublePoint(VALUE_CNY, c));
                d.add(new DoubleDocValuesField(VALUE_CNY, c));
                d.add(new StoredField(VALUE_CNY, plain(cny)));
            }
        }
        d.add(new TextField(VALUE_TEXT, v.text(), Field.Store.NO));

        TimeExpression t = f.time();
        if (t != null) {
            d.add(new StoredField(TIME, t.text()));
            d.add(new TextField(TIME, t.text(), Field.Store.NO));
            Integer year = t.year();
            if (year != null) {
                d.add(new IntPoint(YEAR, year));
                d.add(new NumericDocValuesField(YEAR, year));
                d.add(new StoredField(YEAR, year));
            }
            if (t.from() != null || t.to() != null) {
                // An open or half-known period is indexed as the one day that is known.
                long from = (t.from() != null ? t.from() : t.to()).toEpochDay();
                long to = (t.to() != null ? t.to() : t.from()).toEpochDay();
                d.add(new LongPoint(TIME_FROM, from));
                d.add(new StoredField(TIME_FROM, from));
                d.add(new LongPoint(TIME_TO, to));
                d.add(new StoredField(TIME_TO, to));
            }
        }

        // The catch-all field gets each part as its own value, the same strings the fields above
        // were given, so the analyzer's per-thread memo reuses their words instead of segmenting
        // the sentence again.
        d.add(new TextField(TEXT, subjectText, Field.Store.NO));
        if (!predicate.isEmpty()) {
            d.add(new TextField(TEXT, predicate, Field.Store.NO));
        }
        d.add(new TextField(TEXT, v.text(), Field.Store.NO));
        if (t != null) {
            d.add(new TextField(TEXT, t.text(), Field.Store.NO));
        }
        if (f.sentence() != null) {
            d.add(new TextField(TEXT, f.sentence(), Field.Store.NO));
        }
        d.add(new StoredField(FACT_JSON, StoredFact.toJson(withDocId(docId, f))));
        return d;
    }

    /** The fact's id within the index: stable across runs, so a re-run replaces it. */
    static String factId(String docId, Fact f) {
        return withDocId(docId, f).id();
    }

    private static Fact withDocId(String docId, Fact f) {
        if (docId.equals(f.docId())) {
            return f;
        }
        return new Fact(docId, f.subject(), f.predicate(), f.value(), f.time(), f.sentenceStart(), f.sentenceEnd(), f.sentence());
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /** Simplified, width-folded: how names and units are compared. */
    String normalize(String s) {
        return normalizer.normalize(s).normalized();
    }

    /** Units as the query side sees them: simplified (輛 → 辆), ISO codes upper-case. */
    String normalizeUnit(String unit) {
        String u = normalize(unit.strip());
        return isCurrencyCode(u) ? u.toUpperCase(Locale.ROOT) : u;
    }

    private static boolean isCurrencyCode(String u) {
        if (u.length() != 3) {
            return false;
        }
        try {
            java.util.Currency.getInstance(u.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException notIso) {
            return false;
        }
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
