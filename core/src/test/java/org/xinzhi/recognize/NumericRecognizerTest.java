package org.xinzhi.recognize;

import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinzhi.Extractor;

/** MONEY, PERCENT and QUANTITY through the public Extractor, on the rule book's own examples. */
class NumericRecognizerTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.builder().includeTokens(false).build();
    }

    private static List<Mention> numeric(String text) {
        return extractor.extract(text).mentions().stream().filter(m -> m.type().isNumeric()).toList();
    }

    private static Mention only(String text) {
        List<Mention> ms = numeric(text);
        assertThat(ms).as("numeric mentions of %s", text).hasSize(1);
        return ms.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        到2025年产业规模达5000亿元以上。 | MONEY | 5000亿元以上 | 500000000000 | - | CNY | AT_LEAST
        投资超过10亿元。 | MONEY | 超过10亿元 | 1000000000 | - | CNY | AT_LEAST
        康明斯实现销售额281亿美元。 | MONEY | 281亿美元 | 28100000000 | - | USD | EXACT
        能量奇点宣布完成近4亿元融资 | MONEY | 近4亿元 | 400000000 | - | CNY | APPROX
        公司累计融资近8亿元人民币。 | MONEY | 近8亿元人民币 | 800000000 | - | CNY | APPROX
        区级支持金额最高可达1000万元。 | MONEY | 1000万元 | 10000000 | - | CNY | AT_MOST
        公司营收3.5亿,同比持平 | MONEY | 3.5亿 | 350000000 | - | CNY | EXACT
        首批千亿元级产业集群 | MONEY | 千亿元级 | 100000000000 | - | CNY | AT_LEAST
        成交额破万亿元 | MONEY | 破万亿元 | 1000000000000 | - | CNY | AT_LEAST
        项目奖励三十几万元 | MONEY | 三十几万元 | 300000 | 400000 | CNY | RANGE
        获得补贴二百余万元 | MONEY | 二百余万元 | 2000000 | - | CNY | AT_LEAST
        单价3万至5万元不等 | MONEY | 3万至5万元 | 30000 | 50000 | CNY | RANGE
        新增产值3-5亿元 | MONEY | 3-5亿元 | 300000000 | 500000000 | CNY | RANGE
        规上工业总产值保持30%以上的增长速度 | PERCENT | 30%以上 | 0.3 | - | - | AT_LEAST
        同比增长3.3%, | PERCENT | 3.3% | 0.033 | - | - | EXACT
        年平均增长率约为10%, | PERCENT | 10% | 0.1 | - | - | APPROX
        产值约占上海市4/5; | PERCENT | 4/5 | 0.8 | - | - | APPROX
        增速提高2.2个百分点 | PERCENT | 2.2个百分点 | 0.022 | - | pp | EXACT
        数字经济增长3.6‰。 | PERCENT | 3.6‰ | 0.0036 | - | - | EXACT
        七成企业已复工 | PERCENT | 七成 | 0.7 | - | - | EXACT
        比重达到百分之三十 | PERCENT | 百分之三十 | 0.3 | - | - | EXACT
        产能增长一倍 | PERCENT | 一倍 | 1 | - | - | EXACT
        成本下降10%—15% | PERCENT | 10%—15% | 0.1 | 0.15 | - | RANGE
        降幅三到五成 | PERCENT | 三到五成 | 0.3 | 0.5 | - | RANGE
        新能源汽车产量突破50万辆 | QUANTITY | 突破50万辆 | 500000 | - | 辆 | AT_LEAST
        储能规模近40GWh | QUANTITY | 近40GWh | 40 | - | GWh | APPROX
        算力已经达到5000 PetaFLOPS | QUANTITY | 5000 PetaFLOPS | 5000 | - | PetaFLOPS | EXACT
        已有接近3万块的GPU | QUANTITY | 接近3万块 | 30000 | - | 块 | APPROX
        训练耗卡量为10000张卡 | QUANTITY | 10000张 | 10000 | - | 张 | EXACT
        卡训练14.8天, | QUANTITY | 14.8天 | 14.8 | - | 天 | EXACT
        相关企业4000多家, | QUANTITY | 4000多家 | 4000 | - | 家 | AT_LEAST
        实现70个以上算法模型创新 | QUANTITY | 70个以上 | 70 | - | 个 | AT_LEAST
        引进不少于30个项目 | QUANTITY | 不少于30个 | 30 | - | 个 | AT_LEAST
        揭牌成立至今不满4年 | QUANTITY | 不满4年 | 4 | - | 年 | AT_MOST
        近五年来,规上工业产值稳步增长 | QUANTITY | 五年 | 5 | - | 年 | EXACT
        在中国市场深耕近半个世纪 | QUANTITY | 近半个世纪 | 0.5 | - | 世纪 | APPROX
        创立已逾100年 | QUANTITY | 逾100年 | 100 | - | 年 | AT_LEAST
        园区在一周内集中签约 | QUANTITY | 一周内 | 1 | - | 周 | AT_MOST
        我们一个月完成了选址 | QUANTITY | 一个月 | 1 | - | 月 | EXACT
        他今年49岁 | QUANTITY | 49岁 | 49 | - | 岁 | EXACT
        采用28nm工艺 | QUANTITY | 28nm | 28 | - | nm | EXACT
        引进1家科研院所 | QUANTITY | 1家 | 1 | - | 家 | EXACT
        临港捷运两家企业获得牌照 | QUANTITY | 两家 | 2 | - | 家 | EXACT
        仓库里有几百台设备 | QUANTITY | 几百台 | 100 | - | 台 | AT_LEAST
        带动就业1000-1500人 | QUANTITY | 1000-1500人 | 1000 | 1500 | 人 | RANGE
        他二十来岁 | QUANTITY | 二十来岁 | 20 | - | 岁 | APPROX
        利率下调25个基点 | PERCENT | 25个基点 | 0.0025 | - | pp | EXACT
        营收达新台币1.2兆元 | MONEY | 1.2兆元 | 1200000000000 | - | TWD | EXACT
        数十亿元投资 | MONEY | 数十亿元 | 1000000000 | - | CNY | AT_LEAST
        上百家媒体报道 | QUANTITY | 上百家 | 100 | - | 家 | AT_LEAST
        建筑面积12万平方米 | QUANTITY | 12万平方米 | 120000 | - | 平方米 | EXACT
        市场主体比2012年增长近两倍 | PERCENT | 近两倍 | 2 | - | - | APPROX
        计划未来三到五年内完成 | QUANTITY | 三到五年内 | 3 | 5 | 年 | RANGE
        """)
    void guidelineExamples(String text, String type, String span, String value, String max, String unit, String qualifier) {
        Mention m = only(text);
        assertThat(m.type()).isEqualTo(MentionType.valueOf(type));
        assertThat(m.text()).isEqualTo(span);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(span);
        assertThat(m.value()).isEqualByComparingTo(new BigDecimal(value));
        if (max == null) {
            assertThat(m.valueMax()).isNull();
        } else {
            assertThat(m.valueMax()).isEqualByComparingTo(new BigDecimal(max));
        }
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.qualifier()).isEqualTo(Qualifier.valueOf(qualifier));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        记者9月24日从市发改委获悉,2024年1—8月
        会议于上午10:00开始
        该企业排名第14位,首次入选
        C919大飞机与GPT-3、V100和A100
        版本3.0和2.0
        聚焦四大核心产业、两大优势产业和8大领域
        这是一家高新技术企业,一批项目落地,一座城市
        市区两级联动
        千亿级产业集群,进入万亿俱乐部,千亿赛道
        联系电话021-12345678
        支持0到1的原始创新
        零部件企业三位一体
        十四届全国人大二次会议开幕
        访问 https://example.com/a?id=30%25&n=5000元 查看
        """)
    void notNumbers(String text) {
        assertThat(numeric(text)).as(text).isEmpty();
    }

    @Test
    void localCurrencyFollowsTheArticle() {
        Mention hk = only("香港特区政府宣布向每名市民发放5000元消费券。");
        assertThat(hk.unit()).isEqualTo("HKD");
        Mention tw = only("台湾地区今年平均月薪约4万元。");
        assertThat(tw.unit()).isEqualTo("TWD");
        Mention cn = only("上海市今年发放5000元消费券。");
        assertThat(cn.unit()).isEqualTo("CNY");
        assertThat(only("全年出口1800亿美元").unit()).isEqualTo("USD");
    }

    @Test
    void traditionalFormsGiveTheSameValuesWithOriginalOffsets() {
        String[][] pairs = {
            {"臨港智能新能源汽車產值達2816億元,", "临港智能新能源汽车产值达2816亿元,"},
            {"產業規模約270億元。", "产业规模约270亿元。"},
            {"預計項目終期將達30萬卡的承載能力", "预计项目终期将达30万卡的承载能力"},
            {"集聚汽車相關企業兩家", "集聚汽车相关企业两家"},
            {"公司獲得融資伍佰萬美金", "公司获得融资伍佰万美金"},
            {"每股作價1.95港元", "每股作价1.95港元"},
            {"集聚企業270餘家", "集聚企业270余家"},
        };
        for (String[] p : pairs) {
            Mention trad = only(p[0]);
            Mention simp = only(p[1]);
            assertThat(trad.value()).as(p[0]).isEqualByComparingTo(simp.value());
            assertThat(trad.unit()).as(p[0]).isEqualTo(simp.unit());
            assertThat(trad.qualifier()).as(p[0]).isEqualTo(simp.qualifier());
            assertThat(trad.start()).as(p[0]).isEqualTo(simp.start());
            assertThat(trad.end()).as(p[0]).isEqualTo(simp.end());
            assertThat(p[0].substring(trad.start(), trad.end())).isEqualTo(trad.text());
        }
        assertThat(only("公司獲得融資伍佰萬美金").value()).isEqualByComparingTo("5000000");
        assertThat(only("公司獲得融資伍佰萬美金").unit()).isEqualTo("USD");
    }

    @Test
    void absurdInputGivesBoundedMentionsOrNone() {
        String junk = "投资" + "9".repeat(10_000) + "亿元,亿亿亿亿元,百百百家," + "3" + "亿".repeat(50) + "元";
        assertThatCode(() -> numeric(junk)).doesNotThrowAnyException();
        for (Mention m : numeric(junk)) {
            assertThat(m.value().precision() - m.value().scale()).isLessThanOrEqualTo(40);
        }
        assertThatCode(() -> numeric("")).doesNotThrowAnyException();
        assertThatCode(() -> numeric("😀😀5000元😀")).doesNotThrowAnyException();
        assertThat(only("😀😀5000元😀").text()).isEqualTo("5000元");
    }

    @Test
    void randomNumeralSoupNeverThrowsAndSpansAreExact() {
        String alphabet = "0123456789.,%‰-—~至到零一二两三四五六七八九十百千万亿兆几多余点分之元美港币人民¥$个家年月岁吨成折倍近约超过以上左右内半第 ，。\n";
        java.util.Random random = new java.util.Random(42L);
        for (int k = 0; k < 300; k++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Mention> ms = numeric(text);
            int last = 0;
            for (Mention m : ms) {
                assertThat(m.start()).as(text).isGreaterThanOrEqualTo(last);
                assertThat(m.end()).as(text).isGreaterThan(m.start());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.value()).as(text).isNotNull();
                last = m.end();
            }
        }
    }

    @Test
    void userLexiconsAddUnitsAndCurrencies(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("mine.tsv");
        java.nio.file.Files.writeString(file, "标准煤\tUNIT\tmass\t\tkind=measure\n澳门元\tCURRENCY\tMOP\n");
        Extractor custom = Extractor.builder().includeTokens(false).lexicons(file).build();
        List<Mention> ms = custom.extract("节约3万标准煤,奖励200澳门元").mentions().stream().filter(m -> m.type().isNumeric()).toList();
        assertThat(ms).extracting(Mention::text).containsExactly("3万标准煤", "200澳门元");
        assertThat(ms.get(1).unit()).isEqualTo("MOP");
    }
}
