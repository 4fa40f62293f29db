package org.xinzhi.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The segmenters decode HanLP's person, place and organization models themselves (for speed); their
 * words and parts of speech must be exactly HanLP's own, sentence by sentence, with role tagging
 * and without.
 */
class SegmenterRoleOracleTest {

    private static final Segment HANLP = new ViterbiSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true);
    private static final Segment HANLP_STANDARD = new ViterbiSegment();
    private static final Segmenter SEGMENTER = Segmenter.withEntityRoles();
    private static final Segmenter STANDARD = Segmenter.standard();

    /** Sentences where places and organizations are recognized (and bad cases rejected) by the role models. */
    private static final List<String> SENTENCES = List.of(
            "北京电影学院和天津电视台联合举办展映活动，美国摩托罗拉公司派员参加。",
            "交通银行北京分行与中共中央顾问委员会旧址管理处签署协议。",
            "公交集团五分公司在石家庄市长安区青园街道开通新线路。",
            "据国务院侨务办公室消息，江苏省南通市通州区平潮镇将建设产业园。",
            "麦当劳、华谊医院和巴政府代表出席了在湖南省长沙县举行的会议。",
            "他来自四川省凉山彝族自治州昭觉县，毕业于清华大学，现任深圳市腾讯计算机系统有限公司副总裁。",
            "2023年一季度，宁德时代新能源科技股份有限公司营收890亿元，同比增长80%。",
            "盖公章之后，市场监督管理局的工作人员把材料送到了浦东新区张江镇。",
            "",
            "A股",
            "😀中国科学院上海分院😀在徐汇区。");

    @Test
    void wordsAndTagsAreHanlpsOnHandPickedSentences() {
        for (String s : SENTENCES) {
            assertThat(ours(s)).as(s).isEqualTo(hanlp(s));
            assertThat(words(STANDARD, s)).as(s).isEqualTo(words(HANLP_STANDARD, s));
        }
        // The role models did run: names that plain segmentation leaves in pieces.
        assertThat(ours(SENTENCES.get(0))).contains("天津电视台/nt", "摩托罗拉公司/nt");
        assertThat(ours(SENTENCES.get(2))).contains("公交集团五分公司/nt", "青园/ns");
        assertThat(ours(SENTENCES.get(5))).contains("昭觉县/ns");
        assertThat(ours(SENTENCES.get(7))).contains("市场监督管理局/nt");
    }

    @Test
    void wordsAndTagsAreHanlpsOnTheCorpus() throws IOException {
        Path news = Path.of(System.getProperty("xinzhi.root", ".."), "corpus/news");
        List<Path> files;
        try (Stream<Path> s = Files.list(news)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int lines = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    assertThat(ours(line)).as(f.getFileName() + ": " + line).isEqualTo(hanlp(line));
                    assertThat(words(STANDARD, line)).as(f.getFileName() + ": " + line).isEqualTo(words(HANLP_STANDARD, line));
                    lines++;
                }
            }
        }
        assertThat(lines).isGreaterThan(100);
    }

    /** word/pos pairs from HanLP's own role-tagging segmenter, blanks dropped as Segmenter does. */
    private static List<String> hanlp(String line) {
        return words(HANLP, line);
    }

    private static List<String> words(Segment segment, String line) {
        List<String> out = new ArrayList<>();
        if (line.isEmpty()) {
            return out;
        }
        for (Term t : segment.seg(line)) {
            if (!t.word.isBlank()) {
                out.add(t.word + "/" + t.nature);
            }
        }
        return out;
    }

    private static List<String> ours(String line) {
        return words(SEGMENTER, line);
    }

    private static List<String> words(Segmenter segmenter, String line) {
        List<String> out = new ArrayList<>();
        for (Token k : segmenter.segment(line)) {
            out.add(k.text() + "/" + k.pos());
        }
        return out;
    }
}
