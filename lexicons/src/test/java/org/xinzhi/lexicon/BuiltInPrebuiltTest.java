package org.xinzhi.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file the lexicons module's build writes ({@link PrebuiltLexicons#RESOURCE}) matches the
 * built-in lexicons and code on the class path, and a lexicon set made from it, with or without user
 * lexicons around it, is the set made by parsing every file.
 */
class BuiltInPrebuiltTest {
    private static final ClassLoader LOADER = BuiltInPrebuiltTest.class.getClassLoader();
    private static final String USER = String.join("\n",
            "臺積電\tORG\t台灣積體電路製造股份有限公司\t台積",
            "世禾\tSTOP",
            "晟楠科技\tSTOP",
            "東興重點開發開放試驗區\tPARK\t東興\t\tlevel=x",
            "");

    @Test
    void buildOutputMatchesAndHoldsTheParsedEntries() throws Exception {
        byte[] prebuilt = PrebuiltLexicons.read(LOADER, PrebuiltLexicons.RESOURCE);
        assertThat(prebuilt).as("the build writes " + PrebuiltLexicons.RESOURCE).isNotNull();
        byte[] index = PrebuiltLexicons.read(LOADER, LexiconSet.BUILT_IN_INDEX);
        long fingerprint = PrebuiltLexicons.fingerprint(LOADER, index, LexiconSet.builtInResources(index));
        PrebuiltLexicons.Prebuilt read = PrebuiltLexicons.read(prebuilt, fingerprint);
        assertThat(read).as("prebuilt file is current").isNotNull();
        List<LexiconEntry> parsed = LexiconSet.Builder.parseBuiltIn();
        assertThat(read.entries()).isEqualTo(parsed);
        LexiconSet builtIn = LexiconSet.builtIn();
        assertThat(builtIn.matcher(EntryType.ORG, EntryType.PARK).automaton()
                .sameAs(new LexiconMatcher(LexiconSet.Builder.assemble(parsed, null).namesOf(EntryType.ORG, EntryType.PARK)).automaton()))
                .isTrue();
    }

    @Test
    void sameSetAsParsingTheFilesWithUserLexiconsBeforeAndAfter() throws Exception {
        LexiconSet fromPrebuilt = LexiconSet.builder().add("before.tsv", USER).addBuiltIn().add("after.tsv", USER).build();
        LexiconSet.Builder parsing = LexiconSet.builder().add("before.tsv", USER);
        Path folder = Paths.get(LOADER.getResource(LexiconSet.BUILT_IN_INDEX).toURI()).getParent();
        byte[] index = PrebuiltLexicons.read(LOADER, LexiconSet.BUILT_IN_INDEX);
        for (String resource : LexiconSet.builtInResources(index)) {
            parsing.add(folder.resolve(resource.substring(LexiconSet.BUILT_IN_FOLDER.length())));
        }
        LexiconSet parsed = parsing.add("after.tsv", USER).build();
        for (EntryType t : EntryType.values()) {
            assertThat(withResourceNames(fromPrebuilt.entries(t), folder)).as(t.name())
                    .isEqualTo(withResourceNames(parsed.entries(t), folder));
        }
        assertThat(fromPrebuilt.contains("世禾", EntryType.ORG)).isFalse();
        assertThat(fromPrebuilt.lookup("东兴重点开发开放试验区", EntryType.PARK).source()).isEqualTo("after.tsv:4");
    }

    /** Sources of files added by path, renamed as the built-in source names them. */
    private static List<LexiconEntry> withResourceNames(List<LexiconEntry> entries, Path folder) {
        List<LexiconEntry> out = new ArrayList<>();
        for (LexiconEntry e : entries) {
            String source = e.source().replace(folder.toString() + java.io.File.separator, LexiconSet.BUILT_IN_FOLDER);
            out.add(new LexiconEntry(e.surface(), e.type(), e.canonical(), e.aliases(), e.attributes(), source));
        }
        return out;
    }
}
