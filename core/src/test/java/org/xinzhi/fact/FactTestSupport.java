package org.xinzhi.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinzhi.Document;
import org.xinzhi.Extractor;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Fact;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import org.xinzhi.segment.AnalyzedText;

/** Shared by the fact tests: analyze a constructed sentence, place mentions on it, run the fact rules. */
final class FactTestSupport {

    private static final LexiconSet LEXICONS = LexiconSet.builder().addBuiltIn().build();
    private static final Extractor EXTRACTOR = Extractor.builder().lexiconSet(LEXICONS).build();
    private static final FactExtractor FACTS = FactExtractor.standard(LEXICONS);

    private final AnalyzedText analyzed;
    private final String text;
    private final List<Mention> list = new ArrayList<>();
    private int cursor;

    private FactTestSupport(String sentence, LocalDate published) {
        this.analyzed = EXTRACTOR.analyze(new Document("t", sentence, published));
        this.text = analyzed.normalized();
    }

    static FactTestSupport sentence(String sentence, LocalDate published) {
        return new FactTestSupport(sentence, published);
    }

    FactTestSupport named(MentionType type, String surface) {
        int at = find(surface);
        list.add(Mention.named(type, at, at + surface.length(), surface, surface, surface));
        return this;
    }

    FactTestSupport number(MentionType type, String surface, String value, String unit) {
        int at = find(surface);
        list.add(Mention.numeric(type, at, at + surface.length(), surface, surface, new BigDecimal(value), null, unit,
                Qualifier.EXACT));
        return this;
    }

    List<Fact> facts() {
        return FACTS.extract(analyzed, list);
    }

    /** "subject|predicate|value|time" of each fact (time "-" when none), in order. */
    List<String> lines() {
        return facts().stream().map(FactTestSupport::line).toList();
    }

    static String line(Fact f) {
        return f.subject().text() + "|" + f.predicate() + "|" + f.value().text() + "|" + (f.time() == null ? "-" : f.time().text());
    }

    static void assertPeriod(Fact f, String from, String to) {
        assertThat(f.time().from()).isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(f.time().to()).isEqualTo(to == null ? null : LocalDate.parse(to));
    }

    private int find(String surface) {
        int at = text.indexOf(surface, cursor);
        if (at < 0) {
            throw new IllegalArgumentException(surface + " not found after " + cursor + " in " + text);
        }
        cursor = at + surface.length();
        return at;
    }
}
