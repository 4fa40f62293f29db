package org.xinzhi.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexicon files a person or a script got wrong: each refused as file:line: reason, nothing loaded. */
class LexiconHostileTest {

    private static String errorsOf(Path p) {
        try {
            LexiconSet.builder().add(p).build();
        } catch (LexiconException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + p);
    }

    @Test
    void aNameOfOnlyInvisibleCharactersIsRefused(@TempDir Path dir) throws Exception {
        for (String invisible : new String[] {"\u200B", "\u00A0", "\u0000", "\u200B\u00A0\uFEFF"}) {
            Path f = dir.resolve("names.tsv");
            Files.writeString(f, "华为技术有限公司\tORG\n" + invisible + "\tORG\n");
            assertThat(errorsOf(f)).contains("names.tsv:2:").contains("no visible character");
        }
    }

    @Test
    void aGenuineReplacementCharacterIsNotInvalidUtf8ButBadBytesAre(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.tsv");
        Files.writeString(ok, "某某\uFFFD科技有限公司\tORG\n", StandardCharsets.UTF_8);
        assertThat(LexiconSet.builder().add(ok).build().entries(EntryType.ORG)).hasSize(1);
        Path bad = dir.resolve("bad.tsv");
        byte[] good = "华为技术有限公司\tORG\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 6];
        System.arraycopy(good, 0, b, 0, good.length);
        b[good.length] = (byte) 0xC3; // a lead byte without its continuation
        b[good.length + 1] = (byte) 'x';
        b[good.length + 2] = '\t';
        b[good.length + 3] = 'O';
        b[good.length + 4] = 'R';
        b[good.length + 5] = 'G';
        Files.write(bad, b);
        assertThat(errorsOf(bad)).contains("bad.tsv:2: not valid UTF-8");
    }

    @Test
    void onlyRegularFilesAreRead(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lex"));
        Files.writeString(folder.resolve("a.tsv"), "华为技术有限公司\tORG\n");
        Files.createSymbolicLink(folder.resolve("zero.tsv"), Path.of("/dev/zero"));
        assertThat(errorsOf(folder)).contains("zero.tsv").contains("not a regular file");
        Files.delete(folder.resolve("zero.tsv"));
        Path fifo = folder.resolve("pipe.tsv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() == 0) { // a FIFO would block the build forever if it were opened
            assertThat(errorsOf(folder)).contains("pipe.tsv").contains("not a regular file");
        }
    }

    @Test
    void attributeValuesAreChecked(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("suffix.tsv");
        Files.writeString(f, "集团\tORG_SUFFIX\t\t\trole=tag-head;min-body=abc\n");
        assertThat(errorsOf(f)).contains("suffix.tsv:1: attribute min-body=abc: expected a whole number");
        Files.writeString(f, "吨\tUNIT\t\t\tlatin=yes\n");
        assertThat(errorsOf(f)).contains("suffix.tsv:1: attribute latin=yes: expected true or false");
        Files.writeString(f, "集团\tORG_SUFFIX\t\t\tmin-body=3\n");
        assertThatThrownBy(() -> {
            LexiconSet.builder().add(f).build();
            throw new IllegalStateException("loaded");
        }).hasMessage("loaded");
    }
}
