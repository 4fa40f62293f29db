package org.xinzhi.lexicons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconError;
import org.xinzhi.lexicon.LexiconException;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.text.TextNormalizer;

/** User lexicons: every kind of bad line is named file:line, and the merge rule is the documented one. */
class UserLexiconsTest {
    @TempDir
    Path dir;

    private static List<LexiconError> errorsOf(String name, String content) {
        try {
            LexiconSet.builder().add(name, content).build();
        } catch (LexiconException e) {
            return e.errors();
        }
        throw new AssertionError("expected lexicon errors");
    }

    @Test
    void eachBadLineIsNamedWithFileLineAndReason() {
        String content = String.join("\n",
                "# comment",
                "好公司\tORG\t好公司有限公司",                    // 2: fine
                "只有一列",                                        // 3: too few columns
                "a\tORG\tb\tc\td\te",                              // 4: too many columns
                "某园\tPLACE",                                     // 5: unknown type
                "某园\tPARK\t\t\tlevel",                           // 6: attribute without =
                "  \tORG",                                         // 7: empty surface
                "甲公司\tORG\t甲有限公司",                          // 8: fine
                "甲公司\tORG\t甲集团",                              // 9: conflicting duplicate
                "甲公司\tORG\t甲有限公司",                          // 10: identical repeat: ignored
                "");
        List<LexiconError> errors = errorsOf("user.tsv", content);
        assertThat(errors).extracting(LexiconError::line).containsExactly(3, 4, 5, 6, 7, 9);
        assertThat(errors).allSatisfy(e -> assertThat(e.file()).isEqualTo("user.tsv"));
        assertThat(errors.get(0).reason()).contains("at least 2");
        assertThat(errors.get(1).reason()).contains("at most 5");
        assertThat(errors.get(2).reason()).contains("unknown type 'PLACE'");
        assertThat(errors.get(3).reason()).contains("'level' is not key=value");
        assertThat(errors.get(4).reason()).isEqualTo("empty surface");
        assertThat(errors.get(5).reason()).contains("duplicate ORG entry '甲公司'").contains("user.tsv:8");
        assertThat(errors.get(0).toString()).startsWith("user.tsv:3: ");
    }

    @Test
    void invalidUtf8IsNamedPerLineAndTheRestStillParses() throws Exception {
        Path file = dir.resolve("bad.tsv");
        byte[] good1 = "好公司\tORG\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xE5, (byte) 0xA5, 'x', '\t', 'O', 'R', 'G', '\n'};
        byte[] good2 = "坏行\tSTOP\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good1.length + bad.length + good2.length];
        System.arraycopy(good1, 0, all, 0, good1.length);
        System.arraycopy(bad, 0, all, good1.length, bad.length);
        System.arraycopy(good2, 0, all, good1.length + bad.length, good2.length);
        Files.write(file, all);
        assertThatThrownBy(() -> LexiconSet.builder().add(file).build())
                .isInstanceOfSatisfying(LexiconException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).file()).isEqualTo(file.toString());
                    assertThat(e.errors().get(0).line()).isEqualTo(2);
                    assertThat(e.errors().get(0).reason()).isEqualTo("not valid UTF-8");
                });
    }

    @Test
    void missingFileOrFolderIsAnError() {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> LexiconSet.builder().add(missing).build())
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining(missing + ":0: no such file or folder");
        Path missingDir = dir.resolve("no-such-folder");
        assertThatThrownBy(() -> LexiconSet.builder().add(missingDir).build())
                .hasMessageContaining(missingDir + ":0: no such file or folder");
    }

    @Test
    void userFileOverridesBuiltInAndStopRemovesOrgAndPark() throws Exception {
        Path user = dir.resolve("mine.tsv");
        Files.writeString(user, String.join("\n",
                "平安银行\tORG\t平安银行(测试)\t\tkind=short",
                "芜湖经济技术开发区\tSTOP",
                "连云港\tSTOP",
                ""));
        LexiconSet set = LexiconSet.builder().addBuiltIn().add(user).build();
        assertThat(set.lookup("平安银行", EntryType.ORG).canonical()).isEqualTo("平安银行(测试)");
        assertThat(set.lookup("平安银行", EntryType.ORG).source()).isEqualTo(user + ":1");
        assertThat(set.contains("芜湖经济技术开发区", EntryType.PARK)).isFalse();
        assertThat(set.contains("连云港", EntryType.ORG)).isFalse();
        assertThat(set.contains("连云港", EntryType.STOP)).isTrue();
        // the built-in alone is unchanged
        assertThat(LexiconSet.builtIn().lookup("平安银行", EntryType.ORG).canonical()).isEqualTo("平安银行股份有限公司");
    }

    @Test
    void stopAlsoRemovesAnAliasOfAnotherEntry() {
        LexiconSet set = LexiconSet.builder()
                .add("a.tsv", "某某高新技术产业开发区\tPARK\t\t某某高新区|高新区\n")
                .add("b.tsv", "高新区\tSTOP\n")
                .build();
        assertThat(set.lookup("某某高新区", EntryType.PARK).canonical()).isEqualTo("某某高新技术产业开发区");
        assertThat(set.contains("高新区", EntryType.PARK)).isFalse();
        assertThat(set.matcher(EntryType.PARK).findAll("高新区")).isEmpty();
    }

    @Test
    void folderLoadsTsvFilesInNameOrder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("lex"));
        Files.writeString(folder.resolve("20-second.tsv"), "新园\tPARK\t新园（第二）\n");
        Files.writeString(folder.resolve("10-first.tsv"), "新园\tPARK\t新园（第一）\n旧园\tPARK\n");
        Files.writeString(folder.resolve("notes.txt"), "this is not a lexicon\n");
        LexiconSet set = LexiconSet.builder().add(folder).build();
        assertThat(set.lookup("新园", EntryType.PARK).canonical()).isEqualTo("新园（第二）");
        assertThat(set.contains("旧园", EntryType.PARK)).isTrue();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void traditionalUserLexiconMatchesSimplifiedText() {
        LexiconSet set = LexiconSet.builder()
                .add("tw.tsv", "鴻海精密\tORG\t鴻海精密工業股份有限公司\t鴻海\tkind=short\n臨港新片區\tPARK\n")
                .build();
        var matcher = set.matcher(EntryType.ORG, EntryType.PARK);
        String simplified = "鸿海与临港新片区合作";
        assertThat(matcher.findLongest(simplified)).extracting(LexiconMatch::surface).containsExactly("鸿海", "临港新片区");
        assertThat(matcher.findLongest(simplified).get(0).entry().canonical()).isEqualTo("鸿海精密工业股份有限公司");
        // and a traditional document, normalized, matches too
        String normalized = TextNormalizer.standard().normalize("鴻海精密與臨港新片區合作").normalized();
        assertThat(matcher.findLongest(normalized)).extracting(LexiconMatch::surface).containsExactly("鸿海精密", "临港新片区");
    }

    @Test
    void aliasesThatNormalizeAlikeAreMatchedOnce() {
        LexiconSet set = LexiconSet.builder().add("x.tsv", "臨港新片區\tPARK\t\t临港新片区|臨港新片區|临港\n").build();
        assertThat(set.entries(EntryType.PARK).get(0).aliases()).containsExactly("临港");
        assertThat(set.matcher(EntryType.PARK).findAll("临港新片区")).hasSize(2); // 临港新片区 and 临港, once each
    }

    @Test
    void userSetIsSerializable() throws Exception {
        LexiconSet set = LexiconSet.builder().add("x.tsv", "好公司\tORG\t好公司有限公司\t好司\tkind=short;ambiguous=true\n").build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(set);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            LexiconSet copy = (LexiconSet) in.readObject();
            assertThat(copy.lookup("好司", EntryType.ORG)).isEqualTo(set.lookup("好司", EntryType.ORG));
            assertThat(copy.lookup("好司", EntryType.ORG).attribute("ambiguous")).isEqualTo("true");
        }
    }
}
