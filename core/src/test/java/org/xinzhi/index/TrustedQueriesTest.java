package org.xinzhi.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xinzhi.index.TestFacts.fact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.model.Fact;
import org.xinzhi.model.MentionType;

/** Value ranges that keep to a type and currency, cross-currency comparison, unknown fields, caps, grouping. */
class TrustedQueriesTest {

    @TempDir
    Path dir;

    FactIndex index;

    // One index, four currencies and a percentage; sentences written for this test.
    static final String S1 = "2024年甲乙科技营业收入9000亿元。";
    static final String S2 = "2024年丙丁電子營收4兆7400億新台幣。";
    static final String S3 = "2024年戊己控股收入5000億港元。";
    static final String S4 = "2024年庚辛动力销售额1500亿美元。";
    static final String S5 = "2024年甲乙科技毛利率增长15%。";
    static final String S6 = "2024年甲乙科技员工人数达到20万人。";

    static final Fact CNY = fact("m", 0, S1, MentionType.ORG, "甲乙科技", null, "营业收入",
            MentionType.MONEY, "9000亿元", "900000000000", "CNY", 2024);
    static final Fact TWD = fact("m", 30, S2, MentionType.ORG, "丙丁電子", null, "營收",
            MentionType.MONEY, "4兆7400億新台幣", "4740000000000", "TWD", 2024);
    static final Fact HKD = fact("m", 60, S3, MentionType.ORG, "戊己控股", null, "收入",
            MentionType.MONEY, "5000億港元", "500000000000", "HKD", 2024);
    static final Fact USD = fact("m", 90, S4, MentionType.ORG, "庚辛动力", null, "销售额",
            MentionType.MONEY, "1500亿美元", "150000000000", "USD", 2024);
    static final Fact PCT = fact("m", 120, S5, MentionType.ORG, "甲乙科技", null, "毛利率增长",
            MentionType.PERCENT, "15%", "0.15", null, 2024);
    static final Fact QTY = fact("m", 150, S6, MentionType.ORG, "甲乙科技", null, "员工人数",
            MentionType.QUANTITY, "20万人", "200000", "人", 2024);

    @BeforeEach
    void build() throws IOException {
        index = FactIndex.open(dir.resolve("idx"));
        index.index("m", List.of(CNY, TWD, HKD, USD, PCT, QTY));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static List<String> ids(List<FactHit> hits) {
        return hits.stream().map(h -> h.fact().id()).sorted().toList();
    }

    List<String> find(String q) throws IOException {
        return ids(index.search(FactQuery.parse(q)));
    }

    @Test
    void aCurrencyInABoundKeepsTheQueryToThatCurrency() throws IOException {
        assertThat(find("value:[1000亿元 TO *]")).containsExactly(CNY.id());
        assertThat(find("value:[1000億人民幣 TO *]")).containsExactly(CNY.id());
        assertThat(find("value:[1000亿港元 TO *]")).containsExactly(HKD.id());
        assertThat(find("value:[1兆新台币 TO *]")).containsExactly(TWD.id()); // 兆 = 10^12, as Taiwan writes it
        assertThat(find("value:[1000億新台幣 TO *]")).containsExactly(TWD.id());
        assertThat(find("value:[100亿美元 TO 2000亿美元]")).containsExactly(USD.id());
        assertThat(find("value:[\"US$100 billion\" TO *]")).containsExactly(USD.id());
        assertThat(find("value:[$100bn TO *]")).containsExactly(USD.id());
        assertThat(find("value:[100000000000USD TO *]")).containsExactly(USD.id());
        // A plain bound still compares every value as a number, as before.
        assertThat(find("value:[1000亿 TO *]")).containsExactlyInAnyOrder(CNY.id(), TWD.id(), HKD.id(), USD.id());
    }

    @Test
    void percentBoundsMatchPercentagesOnly() throws IOException {
        assertThat(find("value:[15% TO *]")).containsExactly(PCT.id());
        assertThat(find("value:[10% TO 20%]")).containsExactly(PCT.id());
        assertThat(find("value:{15% TO *]")).isEmpty();
        assertThatThrownBy(() -> find("value:[15% TO 100亿元]")).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("different kinds (a percentage and money in CNY)");
    }

    @Test
    void valueCnyComparesMoneyAcrossCurrenciesWithTheDatedTable() throws IOException {
        // At the table of 2024-12-31: 9000亿元 = 9.0e11; 4.74e12 TWD × 0.2193 ≈ 1.04e12;
        // 5e11 HKD × 0.926 = 4.63e11; 1.5e11 USD × 7.1884 ≈ 1.08e12.
        assertThat(find("value_cny:[1万亿 TO *]")).containsExactlyInAnyOrder(TWD.id(), USD.id());
        assertThat(find("value_cny:[8000亿元 TO *]")).containsExactlyInAnyOrder(CNY.id(), TWD.id(), USD.id());
        assertThat(find("value_cny:[1000亿美元 TO *]")).containsExactlyInAnyOrder(CNY.id(), TWD.id(), USD.id());
        assertThatThrownBy(() -> find("value_cny:[15% TO *]")).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("money only");
        List<FactHit> ranked = index.search(FactQuery.builder().query("value_cny:[1 TO *]")
                .sort(FactQuery.Sort.VALUE_CNY_DESC).build());
        assertThat(ranked).extracting(h -> h.fact().id()).containsExactly(USD.id(), TWD.id(), CNY.id(), HKD.id());
        assertThat(index.metadata()).containsEntry(FactIndex.META_RATES_DATE, "2024-12-31")
                .hasEntrySatisfying(FactIndex.META_RATES, r -> assertThat(r).contains("USD=7.1884", "TWD=", "HKD="));
        assertThat(CnyRates.STANDARD.date()).hasToString("2024-12-31");
    }

    @Test
    void everyHitSaysWhatWasCompared() throws IOException {
        assertThat(index.search(FactQuery.parse("value:[1000亿港元 TO *]")).get(0).comparison())
                .contains("money in HKD only");
        assertThat(index.search(FactQuery.parse("value:[15% TO *]")).get(0).comparison()).contains("percentages only");
        assertThat(index.search(FactQuery.parse("value:[1000亿 TO *]")).get(0).comparison())
                .contains("plain numbers", "every value type and unit");
        FactHit cny = index.search(FactQuery.parse("value_cny:[1000亿美元 TO *]")).get(0);
        assertThat(cny.comparison()).contains("converted to CNY at the rates of 2024-12-31", "USD → CNY at 7.1884");
        assertThat(cny.toJson()).contains("\"comparison\":");
        assertThat(index.search(FactQuery.parse("subject:甲乙科技")).get(0).comparison()).isNull();
        assertThat(index.comparison(FactQuery.parse("value:[1000亿港元 TO *]"))).contains("HKD");
    }

    @Test
    void unknownFieldsAreAnErrorListingTheFields() {
        assertThatThrownBy(() -> find("subject:甲乙 AND foo:bar")).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("unknown field 'foo'")
                .hasMessageContaining("subject_canonical")
                .satisfies(e -> assertThat(((FactQueryException) e).position()).isEqualTo(15));
        assertThatThrownBy(() -> find("subjetc:甲乙")).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("unknown field 'subjetc'")
                .satisfies(e -> assertThat(((FactQueryException) e).position()).isZero());
        assertThatThrownBy(() -> find("valeu:[1 TO *]")).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("unknown field 'valeu'");
    }

    @Test
    void fieldsTheJsonShowsAreQueryable() throws IOException {
        assertThat(find("subject_canonical:甲乙科技")).containsExactlyInAnyOrder(CNY.id(), PCT.id(), QTY.id());
        assertThat(find("subject_canonical:丙丁电子")).containsExactly(TWD.id()); // either script
        assertThat(find("value_text:港元")).containsExactly(HKD.id());
        assertThat(find("time:2024年 AND subject:庚辛动力")).containsExactly(USD.id());
    }

    @Test
    void longAndDeepQueriesFailFastWithAPosition() {
        String longQuery = "text:" + "临".repeat(51_200);
        assertThatThrownBy(() -> find(longQuery)).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("query too long: 51205 characters")
                .satisfies(e -> assertThat(((FactQueryException) e).position()).isEqualTo(QueryCompiler.MAX_QUERY_CHARS));
        String deep = "(".repeat(1600) + "subject:甲乙" + ")".repeat(1600);
        assertThatThrownBy(() -> find(deep)).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("nested too deeply")
                .satisfies(e -> assertThat(((FactQueryException) e).position()).isEqualTo(QueryCompiler.MAX_DEPTH));
        assertThatThrownBy(() -> find(deep)).hasMessageNotContaining("null");
    }

    @Test
    void queriesTooBigToRunAreQueryErrors() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            many.append(i == 0 ? "" : " OR ").append(1000 + i);
        }
        assertThatThrownBy(() -> find(many.toString())).isInstanceOf(FactQueryException.class)
                .hasMessageContaining("too many clauses");
    }

    @Test
    void aShortFormCountsWithItsFullNameInOneDocument(@TempDir Path other) throws IOException {
        String s1 = "2024年中国(上海)自贸试验区临港新片区工业产值达到3000亿元。";
        String s2 = "2024年临港新片区固定资产投资增长12%。";
        Fact full = fact("g", 0, s1, MentionType.PARK, "中国(上海)自贸试验区临港新片区", null, "工业产值",
                MentionType.MONEY, "3000亿元", "300000000000", "CNY", 2024);
        Fact shortForm = fact("g", 40, s2, MentionType.PARK, "临港新片区", null, "固定资产投资增长",
                MentionType.PERCENT, "12%", "0.12", null, 2024);
        try (FactIndex g = FactIndex.open(other.resolve("g"))) {
            g.index("g", List.of(full, shortForm));
            assertThat(g.facets("subject")).containsExactly(new FacetCount("中国(上海)自贸试验区临港新片区", 2));
            assertThat(g.count(FactQuery.parse("subject_canonical:\"中国(上海)自贸试验区临港新片区\""))).isEqualTo(2);
            assertThat(g.count(FactQuery.parse("subject:临港新片区"))).isEqualTo(2);
            assertThat(g.search(FactQuery.parse("value:[10% TO *]")).get(0).fact().subject().text()).isEqualTo("临港新片区");
        }
    }

    @Test
    void readOnlyOpeningCreatesNothingAndAFileIsNoIndex() throws IOException {
        Path missing = dir.resolve("no/such/index");
        assertThatThrownBy(() -> FactIndex.openReadOnly(missing)).isInstanceOf(IOException.class)
                .hasMessageContaining("no fact index");
        assertThat(dir.resolve("no")).doesNotExist();
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> FactIndex.open(file)).isInstanceOf(IOException.class).hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> FactIndex.openReadOnly(file)).isInstanceOf(IOException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void aSecondWriterIsToldTheIndexIsLocked() {
        assertThatThrownBy(() -> FactIndex.open(dir.resolve("idx"))).isInstanceOf(IOException.class)
                .hasMessageContaining("is locked");
    }
}
