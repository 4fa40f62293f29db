package org.xinzhi.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xinzhi.index.TestFacts.fact;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.model.Fact;
import org.xinzhi.model.MentionType;

class FactIndexTest {

    @TempDir
    Path dir;

    FactIndex index;

    // Doc a (simplified): 临港 money in 亿元, a growth rate, 商汤 money in 万元.
    static final String A1 = "2024年临港新片区规上工业总产值达到3100亿元。";
    static final String A2 = "2024年临港新片区工业投资增长10.5%。";
    static final String A3 = "2023年商汤科技完成融资5000万元。";
    // Doc b (traditional): 臨港 with money in 萬元 that is larger than some 亿元 values.
    static final String B1 = "2024年臨港新片區引進項目總投資2000000萬元。";
    static final String B2 = "2022年康明斯銷售額281億美元。";

    static final Fact FA1 = fact("a", 0, A1, MentionType.PARK, "临港新片区", "临港新片区", "规上工业总产值",
            MentionType.MONEY, "3100亿元", "310000000000", "CNY", 2024);
    static final Fact FA2 = fact("a", 30, A2, MentionType.PARK, "临港新片区", "临港新片区", "工业投资增长",
            MentionType.PERCENT, "10.5%", "0.105", null, 2024);
    static final Fact FA3 = fact("a", 60, A3, MentionType.ORG, "商汤科技", "商汤科技", "融资",
            MentionType.MONEY, "5000万元", "50000000", "CNY", 2023);
    static final Fact FB1 = fact("b", 0, B1, MentionType.PARK, "臨港新片區", "临港新片区", "總投資",
            MentionType.MONEY, "2000000萬元", "20000000000", "CNY", 2024);
    static final Fact FB2 = fact("b", 40, B2, MentionType.ORG, "康明斯", "康明斯", "銷售額",
            MentionType.MONEY, "281億美元", "28100000000", "USD", 2022);

    @BeforeEach
    void build() throws IOException {
        index = FactIndex.open(dir.resolve("idx"), 10);
        index.index("a", List.of(FA1, FA2, FA3));
        index.index("b", List.of(FB1, FB2));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static List<String> ids(List<FactHit> hits) {
        return hits.stream().map(h -> h.fact().id()).sorted().toList();
    }

    @Test
    void simplifiedAndTraditionalQueriesReturnTheSameFacts() throws IOException {
        List<FactHit> simplified = index.search(FactQuery.builder().subject("临港").build());
        List<FactHit> traditional = index.search(FactQuery.builder().subject("臨港").build());
        assertThat(ids(simplified)).containsExactlyInAnyOrder(FA1.id(), FA2.id(), FB1.id());
        assertThat(ids(traditional)).isEqualTo(ids(simplified));

        List<FactHit> s2 = index.search(FactQuery.parse("subject:临港新片区 AND predicate:总投资"));
        List<FactHit> t2 = index.search(FactQuery.parse("subject:臨港新片區 AND predicate:總投資"));
        assertThat(ids(s2)).containsExactly(FB1.id());
        assertThat(ids(t2)).isEqualTo(ids(s2));
        // Free text over the sentence, either script.
        assertThat(ids(index.search(FactQuery.parse("销售额")))).containsExactly(FB2.id());
        assertThat(ids(index.search(FactQuery.parse("銷售額")))).containsExactly(FB2.id());
    }

    @Test
    void hitsCarryTheFactAsIndexed() throws IOException {
        FactHit hit = index.search(FactQuery.parse("subject:康明斯")).get(0);
        assertThat(hit.fact()).isEqualTo(FB2);
        assertThat(hit.docId()).isEqualTo("b");
        assertThat(hit.sentence()).isEqualTo(B2);
        assertThat(hit.score()).isPositive();
        assertThat(hit.toJson()).contains("\"value\":28100000000", "\"subject_canonical\":\"康明斯\"", "\"doc_id\":\"b\"")
                .doesNotContain("E+");
    }

    @Test
    void moneyRangesCompareValuesAcrossScales() throws IOException {
        // 2000000萬元 = 200亿 (2e10) > 100亿 > 5000万元 (5e7); 3100亿元 = 3.1e11; 281億美元 = 2.81e10.
        FactQuery above100Yi = FactQuery.builder().valueType(MentionType.MONEY)
                .valueAtLeast(new BigDecimal("1e10")).sort(FactQuery.Sort.VALUE_DESC).build();
        assertThat(index.search(above100Yi)).extracting(h -> h.fact().id())
                .containsExactly(FA1.id(), FB2.id(), FB1.id());
        // The same in the query syntax, with the number in three spellings.
        for (String q : List.of("value_type:MONEY AND value:[1e10 TO *]", "value_type:money AND value:[100亿 TO *]",
                "value_type:MONEY AND value:[10000000000 TO *]")) {
            assertThat(ids(index.search(FactQuery.parse(q)))).as(q).containsExactlyInAnyOrder(FA1.id(), FB1.id(), FB2.id());
        }
        // A bound with a currency (億元 = CNY) keeps to that currency: 281億美元 is not compared.
        assertThat(ids(index.search(FactQuery.parse("value:[100億元 TO *]")))).containsExactlyInAnyOrder(FA1.id(), FB1.id());
        // Between 1000万 and 250亿, exclusive upper bound: 5000万元, 200亿 (萬元), not 281亿 or 3100亿.
        assertThat(ids(index.search(FactQuery.parse("value:[1000万 TO 250亿} AND value_type:MONEY"))))
                .containsExactlyInAnyOrder(FA3.id(), FB1.id());
        // Currency as a filter.
        assertThat(ids(index.search(FactQuery.builder().unit("cny").valueAtLeast(new BigDecimal("1e10")).build())))
                .containsExactlyInAnyOrder(FA1.id(), FB1.id());
        // Percent as a fraction, written with a percent sign.
        assertThat(ids(index.search(FactQuery.parse("value_type:PERCENT AND value:[10% TO 20%]")))).containsExactly(FA2.id());
    }

    @Test
    void queryStringCombinesSubjectValueAndYear() throws IOException {
        assertThat(ids(index.search(FactQuery.parse("subject:临港 AND value:[1e10 TO *] AND year:2024"))))
                .containsExactlyInAnyOrder(FA1.id(), FB1.id());
        assertThat(ids(index.search(FactQuery.parse("subject:临港 AND year:[2020 TO 2023]")))).isEmpty();
        assertThat(ids(index.search(FactQuery.builder().years(2022, 2023).build())))
                .containsExactlyInAnyOrder(FA3.id(), FB2.id());
        assertThat(ids(index.search(FactQuery.builder().timeRange(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)).build())))
                .containsExactly(FA3.id());
        assertThat(ids(index.search(FactQuery.parse("time_from:[2023-01-01 TO 2023-12-31]")))).containsExactly(FA3.id());
        assertThat(ids(index.search(FactQuery.parse("subject_type:ORG")))).containsExactlyInAnyOrder(FA3.id(), FB2.id());
    }

    @Test
    void malformedQueryNamesThePosition() {
        assertThatThrownBy(() -> index.search(FactQuery.parse("subject:临港 AND (value:[1e10 TO *]")))
                .isInstanceOf(FactQueryException.class)
                .satisfies(e -> {
                    FactQueryException fe = (FactQueryException) e;
                    assertThat(fe.line()).isEqualTo(1);
                    // The parenthesis is never closed: the error is at the end of the query.
                    assertThat(fe.position()).isEqualTo(33);
                    assertThat(fe.getMessage()).contains("line 1, column 34", "end of query");
                });
        assertThatThrownBy(() -> index.search(FactQuery.parse("subject:临港 AND AND year:2024")))
                .isInstanceOf(FactQueryException.class)
                .satisfies(e -> assertThat(((FactQueryException) e).position()).isEqualTo(15)); // the second AND
        assertThatThrownBy(() -> index.search(FactQuery.parse("value:[abc TO *]")))
                .isInstanceOf(FactQueryException.class)
                .hasMessageContaining("at line 1, column 8: \"abc\" is not an amount")
                .satisfies(e -> assertThat(((FactQueryException) e).position()).isEqualTo(7));
        assertThatThrownBy(() -> index.search(FactQuery.parse("year:20x4")))
                .isInstanceOf(FactQueryException.class)
                .hasMessageContaining("\"20x4\" is not a year")
                .satisfies(e -> assertThat(((FactQueryException) e).position()).isEqualTo(5));
        assertThatThrownBy(() -> index.search(FactQuery.parse("subject:\"临港")))
                .isInstanceOf(FactQueryException.class)
                .satisfies(e -> assertThat(((FactQueryException) e).line()).isEqualTo(1));
    }

    @Test
    void facetsCountMatchingFacts() throws IOException {
        assertThat(index.facets("subject")).containsExactly(
                new FacetCount("临港新片区", 3), new FacetCount("商汤科技", 1), new FacetCount("康明斯", 1));
        assertThat(index.facets("value_type")).containsExactly(new FacetCount("MONEY", 4), new FacetCount("PERCENT", 1));
        assertThat(index.facets("year", FactQuery.builder().subject("臨港").build()))
                .containsExactly(new FacetCount("2024", 3));
        assertThat(index.facets("unit", FactQuery.parse("value_type:MONEY")))
                .containsExactly(new FacetCount("CNY", 3), new FacetCount("USD", 1));
        assertThat(index.facets("subject", FactQuery.parse("subject:nothingmatches"))).isEmpty();
        assertThatThrownBy(() -> index.facets("sentence")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facet fields");
    }

    @Test
    void reindexingADocumentReplacesItsFacts() throws IOException {
        assertThat(index.size()).isEqualTo(5);
        index.index("a", List.of(FA1));
        assertThat(index.size()).isEqualTo(3);
        index.index("a", List.of(FA1, FA2, FA3));
        index.index("a", List.of(FA1, FA2, FA3));
        assertThat(index.size()).isEqualTo(5);
        index.index("b", List.of());
        assertThat(index.size()).isEqualTo(3);
        assertThat(ids(index.search(FactQuery.all()))).containsExactlyInAnyOrder(FA1.id(), FA2.id(), FA3.id());
    }

    @Test
    void documentIdsListDocumentsThatStillHaveFacts() throws IOException {
        assertThat(index.documentIds()).containsExactly("a", "b");
        index.delete("a");
        assertThat(index.documentIds()).containsExactly("b"); // deleted before any merge: still not listed
        index.index("c", List.of());
        index.index("a", List.of(FA1));
        assertThat(index.documentIds()).containsExactly("a", "b");
        index.commit();
        try (FactIndex reader = FactIndex.openReadOnly(dir.resolve("idx"))) {
            assertThat(reader.documentIds()).containsExactly("a", "b");
        }
    }

    @Test
    void readOnlyIndexSeesCommitsAndRefusesWrites() throws IOException {
        try (FactIndex reader = FactIndex.openReadOnly(dir.resolve("idx"))) {
            assertThat(reader.size()).isEqualTo(5);
            index.index("c", List.of(fact("c", 0, "2024年临港新片区新增企业200家。", MentionType.PARK, "临港新片区", "临港新片区",
                    "新增企业", MentionType.QUANTITY, "200家", "200", "家", 2024)));
            index.commit();
            assertThat(reader.size()).isEqualTo(6);
            assertThatThrownBy(() -> reader.index("d", List.of())).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void sortsByValueAndSubject() throws IOException {
        assertThat(index.search(FactQuery.builder().valueType(MentionType.MONEY).sort(FactQuery.Sort.VALUE_ASC).build()))
                .extracting(h -> h.fact().value().value().toPlainString())
                .containsExactly("50000000", "20000000000", "28100000000", "310000000000");
        assertThat(index.search(FactQuery.builder().sort(FactQuery.Sort.SUBJECT).build()))
                .extracting(h -> h.fact().subject().name()).isSorted();
    }

    @Test
    void factsWithMissingPartsIndexAlongsideFullOnes() throws IOException {
        // No predicate, no time, no unit, no qualifier, no value: each field is left out, never half there.
        String sentence = "商汤科技员工数百人。";
        org.xinzhi.model.Mention subject = org.xinzhi.model.Mention.named(MentionType.ORG, 0, 4, "商汤科技", "商汤科技", null);
        org.xinzhi.model.Mention value = org.xinzhi.model.Mention.numeric(MentionType.QUANTITY, 6, 9, "数百人", "数百人",
                null, null, null, null);
        Fact bare = new Fact("c", subject, "", value, null, 0, sentence.length(), sentence);
        index.index("c", List.of(bare));
        index.commit();
        assertThat(index.size()).isEqualTo(6);
        assertThat(ids(index.search(FactQuery.builder().subject("商汤").build()))).containsExactlyInAnyOrder(FA3.id(), bare.id());
        // A stored subject always carries the name it is indexed by (canonical, else normalized).
        Fact stored = index.search(FactQuery.parse("doc_id:c")).get(0).fact();
        assertThat(stored.subject()).isEqualTo(subject.withCanonical("商汤科技"));
        assertThat(stored.value()).isEqualTo(value);
        assertThat(stored.predicate()).isEmpty();
        assertThat(stored.time()).isNull();
        assertThat(index.facets("predicate")).extracting(FacetCount::value).doesNotContain("");
        assertThat(index.facets("subject")).contains(new FacetCount("商汤科技", 2));
        assertThat(index.search(FactQuery.builder().sort(FactQuery.Sort.VALUE_DESC).limit(10).build())).hasSize(6);
    }

    @Test
    void indexAndSearchFromManyThreads() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
            for (int d = 0; d < 40; d++) {
                String doc = "t" + d;
                String sentence = "2024年临港新片区项目" + d + "投资" + (d + 1) + "亿元。";
                Fact f = fact(doc, 0, sentence, MentionType.PARK, "临港新片区", "临港新片区", "投资",
                        MentionType.MONEY, (d + 1) + "亿元", (d + 1) + "00000000", "CNY", 2024);
                work.add(pool.submit(() -> {
                    index.index(doc, List.of(f));
                    return index.search(FactQuery.builder().subject("临港").build());
                }));
            }
            for (java.util.concurrent.Future<?> w : work) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(index.size()).isEqualTo(45);
        assertThat(index.count(FactQuery.builder().subject("臨港").build())).isEqualTo(43);
    }
}
