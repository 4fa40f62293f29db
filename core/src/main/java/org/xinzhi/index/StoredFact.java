package org.xinzhi.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.xinzhi.fact.Fact;
import org.xinzhi.fact.TimeExpression;
import org.xinzhi.recognize.Mention;
import org.xinzhi.recognize.MentionType;
import org.xinzhi.recognize.Qualifier;

/**
 * The fact as stored in the index: the project's fact line (kind, subject, predicate, value_text,
 * time, sentence_start, subject_type, subject_canonical, value_type, value, value_max, unit,
 * qualifier, time_from, time_to, sentence_end, doc_id) plus what it takes to rebuild the
 * {@link Fact} exactly: the mentions' offsets and normalized forms, the time span and the
 * sentence. Numbers are plain decimals, never exponents.
 */
final class StoredFact {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private StoredFact() {
    }

    /** The fact as one JSON object on one line. */
    static String toJson(Fact f) {
        return toNode(f).toString();
    }

    static ObjectNode toNode(Fact f) {
        ObjectNode o = MAPPER.createObjectNode();
        Mention s = f.subject();
        Mention v = f.value();
        TimeExpression t = f.time();
        o.put("kind", "fact");
        o.put("subject", s.text());
        o.put("predicate", f.predicate());
        o.put("value_text", v.text());
        o.put("time", t == null ? null : t.text());
        o.put("sentence_start", f.sentenceStart());
        o.put("subject_type", s.type().name());
        o.put("subject_canonical", s.canonical());
        o.put("value_type", v.type().name());
        o.put("value", v.value());
        o.put("value_max", v.valueMax());
        o.put("unit", v.unit());
        o.put("qualifier", v.qualifier() == null ? null : v.qualifier().name());
        o.put("time_from", t == null || t.from() == null ? null : t.from().toString());
        o.put("time_to", t == null || t.to() == null ? null : t.to().toString());
        o.put("sentence_end", f.sentenceEnd());
        o.put("doc_id", f.docId());
        // What the fact line leaves out but a Fact needs.
        o.put("subject_start", s.start());
        o.put("subject_end", s.end());
        o.put("subject_normalized", s.normalized());
        o.put("value_start", v.start());
        o.put("value_end", v.end());
        o.put("value_normalized", v.normalized());
        if (t != null) {
            o.put("time_start", t.start());
            o.put("time_end", t.end());
        }
        o.put("sentence", f.sentence());
        return o;
    }

    static ObjectNode parseNode(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (!(n instanceof ObjectNode o)) {
                throw new IllegalArgumentException("a stored fact must be a JSON object");
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored fact is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Rebuilds the fact written by {@link #toJson(Fact)}. */
    static Fact fromJson(String json) {
        ObjectNode o = parseNode(json);
        Mention subject = new Mention(MentionType.valueOf(text(o, "subject_type")), integer(o, "subject_start"),
                integer(o, "subject_end"), text(o, "subject"), text(o, "subject_normalized"),
                null, null, null, null, text(o, "subject_canonical"));
        String qualifier = text(o, "qualifier");
        Mention value = new Mention(MentionType.valueOf(text(o, "value_type")), integer(o, "value_start"),
                integer(o, "value_end"), text(o, "value_text"), text(o, "value_normalized"),
                decimal(o, "value"), decimal(o, "value_max"), text(o, "unit"),
                qualifier == null ? null : Qualifier.valueOf(qualifier), null);
        TimeExpression time = null;
        if (text(o, "time") != null) {
            time = new TimeExpression(integer(o, "time_start"), integer(o, "time_end"), text(o, "time"),
                    date(o, "time_from"), date(o, "time_to"));
        }
        return new Fact(text(o, "doc_id"), subject, text(o, "predicate"), value, time,
                integer(o, "sentence_start"), integer(o, "sentence_end"), text(o, "sentence"));
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static int integer(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? 0 : n.asInt();
    }

    private static BigDecimal decimal(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    private static LocalDate date(ObjectNode o, String field) {
        String s = text(o, field);
        return s == null ? null : LocalDate.parse(s);
    }
}
