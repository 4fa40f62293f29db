package org.xinzhi.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinzhi.Extraction;
import org.xinzhi.model.Evidence;
import org.xinzhi.model.Fact;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.model.Mention;

/**
 * JSON Lines in and out.
 *
 * <p><b>Writing</b> an {@link Extraction} gives one JSON object per line:
 * <ol>
 *   <li>{@code {"kind":"document","doc_id":..,"script":..,"published":..}} ({@code published} is an
 *       ISO date or null);</li>
 *   <li>one mention line per mention, in the gold format of {@code shared/gold/GUIDELINES.md}
 *       ({@code kind, type, start, end, text, value, value_max, unit, qualifier}) plus
 *       {@code normalized} and {@code canonical};</li>
 *   <li>one fact line per fact ({@code kind, subject, predicate, value_text, time, sentence_start})
 *       plus {@code subject_type, subject_canonical, subject_start, subject_end, value_type, value,
 *       value_max, unit, qualifier, value_start, value_end, time_from, time_to, sentence_end, doc_id}.</li>
 * </ol>
 * Fields without a value are left out (as in the gold files), except {@code published} on the
 * document line.
 *
 * <p><b>Explained</b> output ({@code explain = true}, {@code xinzhi extract --explain}) adds to
 * every mention line and every fact line an {@code evidence} object
 * {@code {"score":0.93,"reasons":[{"source":"suffix","rule":"有限公司","cues":[{"role":"suffix","start":..,"end":..,"text":".."}]}]}}
 * ({@code score} is null where no scorer decided; cue offsets index the original text), and after
 * the facts one {@code {"kind":"rejected",...}} line per name candidate that lost ({@code type,
 * start, end, text, normalized, canonical, reason, evidence}; {@code reason} is why the resolver
 * dropped it). Without explain the output is exactly the plain format above. Numbers are plain decimals without exponent and without trailing zeros, so an
 * integral value is written as an integer (5E+11 → {@code 500000000000}, 0.30 → {@code 0.3}).
 * Offsets are UTF-16 indices into the original text, end exclusive.
 *
 * <p><b>Reading</b> a gold or prediction file gives a {@link LabeledDocument}: its mention and
 * fact lines; lines of other kinds, blank lines and unknown fields are ignored; a leading BOM is
 * skipped; invalid UTF-8 or a malformed line is an {@link IOException} naming {@code file:line}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Json {

    /** The source of the reason the name resolver adds to a candidate it dropped. */
    private static final String RESOLVER = "resolver";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** The extraction as JSON Lines, each line ending with {@code \n}. */
    public static String toJsonLines(Extraction extraction) {
        return toJsonLines(extraction, false);
    }

    /** The extraction as JSON Lines; with {@code explain}, with evidence and rejected candidates. */
    public static String toJsonLines(Extraction extraction, boolean explain) {
        StringWriter out = new StringWriter();
        try {
            write(extraction, out, explain);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the extraction as JSON Lines; the writer is flushed, not closed. */
    public static void write(Extraction extraction, Writer out) throws IOException {
        write(extraction, out, false);
    }

    /**
     * Writes the extraction as JSON Lines, with {@code explain} also the evidence of every mention
     * and fact and the rejected candidates; the writer is flushed, not closed.
     */
    public static void write(Extraction extraction, Writer out, boolean explain) throws IOException {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(out, "writer");
        writeLine(out, g -> {
            g.writeStringField("kind", "document");
            g.writeStringField("doc_id", extraction.docId());
            g.writeStringField("script", extraction.script() == null ? null : extraction.script().name());
            if (extraction.published() == null) {
                g.writeNullField("published");
            } else {
                g.writeStringField("published", extraction.published().toString());
            }
        });
        for (Mention m : extraction.mentions()) {
            writeLine(out, g -> {
                writeMention(g, "mention", m);
                if (explain) {
                    writeEvidence(g, m.evidence());
                }
            });
        }
        for (Fact f : extraction.facts()) {
            writeLine(out, g -> {
                writeFact(g, f);
                if (explain) {
                    writeEvidence(g, f.evidence());
                }
            });
        }
        if (explain) {
            for (Mention m : extraction.rejected()) {
                writeLine(out, g -> {
                    writeMention(g, "rejected", m);
                    stringField(g, "reason", rejectionReason(m.evidence()));
                    writeEvidence(g, m.evidence());
                });
            }
        }
        out.flush();
    }

    /**
     * Writes the extraction to a file (UTF-8), through a temporary file in the same folder that
     * replaces the target only once complete, so a crash never leaves half a file.
     */
    public static void write(Extraction extraction, Path file) throws IOException {
        write(extraction, file, false);
    }

    /** As {@link #write(Extraction, Path)}, with {@code explain} as in {@link #write(Extraction, Writer, boolean)}. */
    public static void write(Extraction extraction, Path file, boolean explain) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(extraction, w, explain);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads a gold or prediction file (strict UTF-8). */
    public static LabeledDocument read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), docIdOf(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8", e);
        }
    }

    /**
     * Reads JSON Lines from a reader.
     *
     * @param source       the name used in error messages
     * @param defaultDocId the doc id when there is no document line
     */
    public static LabeledDocument read(Reader in, String source, String defaultDocId) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String docId = defaultDocId;
        List<LabeledMention> mentions = new ArrayList<>();
        List<LabeledFact> facts = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IOException(source + ":" + lineNo + ": not a JSON object: " + e.getOriginalMessage(), e);
            }
            if (node == null || !node.isObject()) {
                throw new IOException(source + ":" + lineNo + ": not a JSON object");
            }
            String kind = text(node, "kind");
            try {
                if ("mention".equals(kind)) {
                    mentions.add(new LabeledMention(required(node, "type"), integer(node, "start"), integer(node, "end"),
                            required(node, "text"), number(node, "value"), number(node, "value_max"),
                            text(node, "unit"), text(node, "qualifier"), sources(node)));
                } else if ("fact".equals(kind)) {
                    JsonNode ss = node.get("sentence_start");
                    facts.add(new LabeledFact(required(node, "subject"), text(node, "predicate"), required(node, "value_text"),
                            text(node, "time"), ss == null || ss.isNull() ? -1 : integer(node, "sentence_start")));
                } else if ("document".equals(kind) && text(node, "doc_id") != null) {
                    docId = text(node, "doc_id");
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new LabeledDocument(docId, mentions, facts);
    }

    /** The document id a file name stands for: the name without {@code .gold.jsonl}, {@code .jsonl} or {@code .txt}. */
    public static String docIdOf(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : new String[] {".gold.jsonl", ".jsonl", ".txt"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** A number as a plain decimal string: no exponent, no trailing zeros (5E+11 → 500000000000). */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static void writeMention(JsonGenerator g, String kind, Mention m) throws IOException {
        g.writeStringField("kind", kind);
        g.writeStringField("type", m.type().name());
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", m.text());
        numberField(g, "value", m.value());
        numberField(g, "value_max", m.valueMax());
        stringField(g, "unit", m.unit());
        stringField(g, "qualifier", m.qualifier() == null ? null : m.qualifier().name());
        stringField(g, "normalized", m.normalized());
        stringField(g, "canonical", m.canonical());
    }

    private static void writeFact(JsonGenerator g, Fact f) throws IOException {
        Mention s = f.subject();
        Mention v = f.value();
        TimeExpression t = f.time();
        g.writeStringField("kind", "fact");
        g.writeStringField("subject", s.text());
        g.writeStringField("predicate", f.predicate());
        g.writeStringField("value_text", v.text());
        stringField(g, "time", t == null ? null : t.text());
        g.writeNumberField("sentence_start", f.sentenceStart());
        g.writeStringField("subject_type", s.type().name());
        stringField(g, "subject_canonical", s.name());
        g.writeNumberField("subject_start", s.start());
        g.writeNumberField("subject_end", s.end());
        g.writeStringField("value_type", v.type().name());
        numberField(g, "value", v.value());
        numberField(g, "value_max", v.valueMax());
        stringField(g, "unit", v.unit());
        stringField(g, "qualifier", v.qualifier() == null ? null : v.qualifier().name());
        g.writeNumberField("value_start", v.start());
        g.writeNumberField("value_end", v.end());
        stringField(g, "time_from", t == null || t.from() == null ? null : t.from().toString());
        stringField(g, "time_to", t == null || t.to() == null ? null : t.to().toString());
        g.writeNumberField("sentence_end", f.sentenceEnd());
        stringField(g, "doc_id", f.docId());
    }

    private static void writeEvidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeObjectFieldStart("evidence");
        if (e.hasScore()) {
            g.writeFieldName("score");
            g.writeNumber(plain(BigDecimal.valueOf(e.score()).setScale(4, RoundingMode.HALF_EVEN)));
        } else {
            g.writeNullField("score");
        }
        g.writeArrayFieldStart("reasons");
        for (Evidence.Reason r : e.reasons()) {
            g.writeStartObject();
            g.writeStringField("source", r.source());
            g.writeStringField("rule", r.rule());
            g.writeArrayFieldStart("cues");
            for (Evidence.Cue c : r.cues()) {
                g.writeStartObject();
                g.writeStringField("role", c.role());
                g.writeNumberField("start", c.start());
                g.writeNumberField("end", c.end());
                g.writeStringField("text", c.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Why the resolver dropped a candidate: its last resolver reason, without a leading "rejected: ". */
    private static String rejectionReason(Evidence e) {
        String why = null;
        for (Evidence.Reason r : e.reasons()) {
            if (RESOLVER.equals(r.source())) {
                why = r.rule().startsWith("rejected: ") ? r.rule().substring("rejected: ".length()) : r.rule();
            }
        }
        return why;
    }

    /** The sources of an evidence object's reasons, in order, without repeats; empty when there is none. */
    private static List<String> sources(JsonNode node) {
        JsonNode reasons = node.path("evidence").path("reasons");
        if (!reasons.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode r : reasons) {
            String source = text(r, "source");
            if (source != null && !out.contains(source)) {
                out.add(source);
            }
        }
        return out;
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static void writeLine(Writer out, Fields fields) throws IOException {
        StringWriter line = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(line)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        }
        out.write(line.toString());
        out.write('\n');
    }

    private static void numberField(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(plain(value));
        }
    }

    private static void stringField(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return v;
    }

    private static int integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an integer");
        }
        return v.intValue();
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + field + "\" is not a number: " + v.asText());
            }
        }
        throw new IllegalArgumentException("\"" + field + "\" is not a number");
    }
}
