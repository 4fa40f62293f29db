package org.xinzhi.lexicons.ccbysa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.Document;
import org.xinzhi.Extractor;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;

/** The CC BY-SA module is found on the classpath, loads after the built-in files and stays apart from them. */
class CcBySaModuleTest {
    private static LexiconSet builtIn;

    @BeforeAll
    static void load() {
        builtIn = LexiconSet.builtIn();
    }

    @Test
    void moduleEntriesLoadWithTheirModuleSourceAndAttribution() {
        LexiconEntry oxfam = builtIn.lookup("乐施会", EntryType.ORG);
        assertThat(oxfam).isNotNull();
        assertThat(oxfam.source()).startsWith("module:cc-by-sa:org/xinzhi/lexicons/cc-by-sa/org_cedict.tsv:");
        assertThat(oxfam.attributes()).containsEntry("src", "cc-cedict").containsEntry("date", "2026-01-04");
        assertThat(oxfam.attribute("en")).contains("Oxfam");
        // an "abbr. for" gloss links the short form to its full name
        assertThat(builtIn.lookup("非国大", EntryType.ORG).canonical()).isEqualTo("非洲人国民大会");
    }

    @Test
    void builtInEntriesWinAndNoCedictEntryIsInTheApacheFiles() throws Exception {
        // 证监会 is in CC-CEDICT and in the hand-written Apache list: the built-in entry is kept
        assertThat(builtIn.lookup("证监会", EntryType.ORG).source()).doesNotStartWith("module:");
        ClassLoader cl = CcBySaModuleTest.class.getClassLoader();
        String index;
        try (InputStream in = cl.getResourceAsStream(LexiconSet.BUILT_IN_INDEX)) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(index).doesNotContain("cedict").doesNotContain("cc-by-sa");
        List<java.net.URL> modules = Collections.list(cl.getResources(LexiconSet.MODULE_INDEX));
        assertThat(modules).hasSize(1);
        try (InputStream in = modules.get(0).openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("module=cc-by-sa");
        }
        try (InputStream in = cl.getResourceAsStream("META-INF/xinzhi/cc-by-sa/LICENSE")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("CC BY-SA 4.0").contains("MDBG");
        }
    }

    @Test
    void aModuleNameBecomesAnOrgInText() {
        Extractor x = Extractor.builder().build();
        List<String> orgs = x.extract(Document.of("t", "乐施会昨日在伦敦发表声明，呼吁各国增加援助。")).mentions().stream()
                .filter(m -> m.type() == MentionType.ORG).map(Mention::text).toList();
        assertThat(orgs).contains("乐施会");
        // the traditional form matches too (the lexicon and the text are folded to one script)
        assertThat(x.extract(Document.of("t", "樂施會昨日在倫敦發表聲明，呼籲各國增加援助。")).mentions().stream()
                .filter(m -> m.type() == MentionType.ORG).map(Mention::text).toList()).contains("樂施會");
    }
}
