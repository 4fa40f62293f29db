package org.xinzhi.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prebuilt form of the built-in lexicons gives back exactly the parsed entries, and is refused
 * when its fingerprint does not match. (Core's tests see the TSV files only; the lexicons module's
 * tests check the file its build writes.)
 */
class PrebuiltLexiconsTest {
    private static final ClassLoader LOADER = PrebuiltLexiconsTest.class.getClassLoader();
    private static List<LexiconEntry> parsed;
    private static List<String> files;
    private static long fingerprint;
    private static byte[] bytes;

    @BeforeAll
    static void build() throws Exception {
        parsed = LexiconSet.Builder.parseBuiltIn();
        byte[] index = PrebuiltLexicons.read(LOADER, LexiconSet.BUILT_IN_INDEX);
        files = LexiconSet.builtInResources(index);
        fingerprint = PrebuiltLexicons.fingerprint(LOADER, index, files);
        bytes = PrebuiltLexicons.write(fingerprint, files, parsed, LexiconSet.Builder.assemble(parsed, null));
    }

    @Test
    void readsBackEveryEntryExactly() {
        assertThat(fingerprint).isNotEqualTo(-1);
        assertThat(parsed).hasSizeGreaterThan(10_000);
        List<LexiconEntry> read = PrebuiltLexicons.read(bytes, fingerprint).entries();
        assertThat(read).isEqualTo(parsed); // records: surface, type, canonical, aliases, attributes, source
        assertThat(read.get(0).source()).startsWith(LexiconSet.BUILT_IN_FOLDER).contains(".tsv:");
    }

    @Test
    void namesAutomatonIsTheOneTheSetBuilds() {
        PrebuiltLexicons.Prebuilt prebuilt = PrebuiltLexicons.read(bytes, fingerprint);
        LexiconSet set = LexiconSet.Builder.assemble(prebuilt.entries(), prebuilt.names());
        LexiconSet plain = LexiconSet.Builder.assemble(parsed, null);
        List<LexiconEntry> names = plain.namesOf(PrebuiltLexicons.NAME_TYPES);
        AhoCorasick<LexiconEntry[]> built = new LexiconMatcher(names).automaton();
        assertThat(set.matcher(EntryType.ORG, EntryType.PARK).automaton().sameAs(built)).isTrue();
        assertThat(plain.matcher(EntryType.ORG, EntryType.PARK).automaton().sameAs(built)).isTrue();
        String text = "临港新片区管委会与上海华谊集团股份有限公司、平安银行签约，张江高科技园区";
        assertThat(set.matcher(EntryType.ORG, EntryType.PARK).findAll(text))
                .isNotEmpty().isEqualTo(plain.matcher(EntryType.ORG, EntryType.PARK).findAll(text));
        assertThat(set.matcher(EntryType.ORG_SUFFIX).automaton().sameAs(plain.matcher(EntryType.ORG_SUFFIX).automaton())).isTrue();
    }

    @Test
    void refusedForAnotherFingerprint() {
        assertThat(PrebuiltLexicons.read(bytes, fingerprint + 1)).isNull();
        assertThat(PrebuiltLexicons.read(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}, fingerprint)).isNull();
    }

    @Test
    void fingerprintCoversTheFilesAndTheCode() throws Exception {
        byte[] index = PrebuiltLexicons.read(LOADER, LexiconSet.BUILT_IN_INDEX);
        assertThat(PrebuiltLexicons.fingerprint(LOADER, index, files)).isEqualTo(fingerprint);
        assertThat(PrebuiltLexicons.fingerprint(LOADER, index, files.subList(1, files.size()))).isNotEqualTo(fingerprint);
        byte[] edited = Arrays.copyOf(index, index.length + 1);
        edited[index.length] = '\n';
        assertThat(PrebuiltLexicons.fingerprint(LOADER, edited, files)).isNotEqualTo(fingerprint);
        assertThat(PrebuiltLexicons.fingerprint(LOADER, index, List.of(LexiconSet.BUILT_IN_FOLDER + "missing.tsv"))).isEqualTo(-1);
    }

    @Test
    void truncatedOrCorruptFileIsAnError() {
        assertThatThrownBy(() -> PrebuiltLexicons.read(Arrays.copyOf(bytes, bytes.length / 2), fingerprint))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] flipped = bytes.clone();
        flipped[flipped.length / 3] ^= 1;
        assertThatThrownBy(() -> PrebuiltLexicons.read(flipped, fingerprint))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checksum");
    }
}
