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
import org.xinzhi.model.Fact;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;

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
        return write(toNode(f));
    }

    /** One line of JSON; numbers as plain decimals (Jackson's own toString would not honour that). */
    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e); // a tree of plain values always writes
        }
    }

    static ObjectNode toNode(Fact f) {
        ObjectNode o = MAPPER.createObjectNode();
        Mention s = f.subject();
        Mention v = f.value();
        TimeExpression t = f.time();
        put(o, "kind", "fact");
        put(o, "subject", s.text());
        put(o, "predicate", f.predicate());
        put(o, "value_text", v.text());
        put(o, "time", t == null ? null : t.text());
        put(o, "sentence_start", f.sentenceStart());
        put(o, "subject_type", s.type().name());
        put(o, "subject_canonical", s.name()); // as org.xinzhi.json.Json writes it: canonical, else normalized
        put(o, "value_type", v.type().name());
        put(o, "value", v.value());
        put(o, "value_max", v.valueMax());
        put(o, "unit", v.unit());
        put(o, "qualifier", v.qualifier() == null ? null : v.qualifier().name());
        put(o, "time_from", t == null || t.from() == null ? null : t.from().toString());
        put(o, "time_to", t == null || t.to() == null ? null : t.to().toString());
        put(o, "sentence_end", f.sentenceEnd());
        put(o, "doc_id", f.docId());
        // What the fact line leaves out but a Fact needs.
        put(o, "subject_start", s.start());
        put(o, "subject_end", s.end());
        put(o, "subject_normalized", s.normalized());
        put(o, "value_start", v.start());
        put(o, "value_end", v.end());
        put(o, "value_normalized", v.normalized());
        if (t != null) {
            put(o, "time_start", t.start());
            put(o, "time_end", t.end());
        }
        put(o, "sentence", f.sentence());
        return o;
    }

    /** Leaves out fields without a value, as the gold files and org.xinzhi.json.Json do. */
    private static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void put(ObjectNode o, String field, int value) {
        o.put(field, value);
    }

    private static void put(ObjectNode o, String field, BigDecimal value) {
        if (value != null) {
            // No trailing zeros, never an exponent: 3.10E+11 is written 310000000000.
            o.put(field, value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
        }
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
