package org.xinzhi.lexicons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.text.TextNormalizer;

/**
 * Measures how much of some reference lists the built-in lexicons cover. The lists are read at test
 * time from ../shared (the Laosheng.top files are CC BY-NC-ND: used here for measurement only, never
 * shipped) and the tests are skipped when they are absent. Corpus gold is only MEASURED: no entry is
 * ever added because it appears there.
 */
class LexiconCoverageTest {
    private static final Logger LOG = LoggerFactory.getLogger(LexiconCoverageTest.class);
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
    private static LexiconSet builtIn;

    @BeforeAll
    static void load() {
        builtIn = LexiconSet.builtIn();
    }

    private static boolean known(String name, EntryType type) {
        return builtIn.contains(NORMALIZER.normalize(name.strip()).normalized(), type);
    }

    /** Simple CSV reader for the source files (quoted fields with commas, no embedded newlines needed). */
    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0).replace("\uFEFF", ""));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < f.size() ? f.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static double share(long hit, long all) {
        return all == 0 ? 0 : hit / (double) all;
    }

    @Test
    void soeListedSubsidiariesAreCoveredByTheExchangeLists() throws IOException {
        Path file = SharedData.shared("lexicon-sources/companies/central_soe_listed_subsidiaries_laosheng.csv");
        assumeTrue(file != null, "../shared/lexicon-sources not present");
        long aShares = 0;
        long fullHit = 0;
        long shortHit = 0;
        for (Map<String, String> r : csv(file)) {
            if (!r.get("market_board").contains("A股")) {
                continue; // HK listings: no Chinese HKEX list is shipped
            }
            aShares++;
            if (known(r.get("company_full_name"), EntryType.ORG)) {
                fullHit++;
            }
            String shortName = r.get("security_short_name").replaceAll("[\\s\u3000]", "")
                    .replaceAll("^(\\*ST|ST)", "").replaceAll("(?<=\\p{IsHan})[AＡ]$", "");
            if (known(shortName, EntryType.ORG)) {
                shortHit++;
            }
        }
        LOG.info("coverage of SOE-controlled A-share companies (Laosheng list, {} rows): short names {} ({}), full names {} ({})",
                aShares, shortHit, String.format("%.3f", share(shortHit, aShares)), fullHit, String.format("%.3f", share(fullHit, aShares)));
        // every A-share company is in the exchange lists; full names only where SZSE publishes them
        assertThat(share(shortHit, aShares)).isGreaterThan(0.9);
    }

    @Test
    void referenceListsNotShipped() throws IOException {
        Path soe = SharedData.shared("lexicon-sources/companies/central_soe_sasac_98_laosheng.csv");
        Path uni = SharedData.shared("lexicon-sources/institutions/china_higher_education_institutions_2026-06_laosheng.csv");
        Path sc = SharedData.shared("lexicon-sources/institutions/state_council_bodies_laosheng_zhongyang.csv");
        assumeTrue(soe != null && uni != null && sc != null, "../shared/lexicon-sources not present");
        long soeAll = 0;
        long soeHit = 0;
        for (Map<String, String> r : csv(soe)) {
            soeAll++;
            if (known(r.get("full_name"), EntryType.ORG) || known(r.get("short_name"), EntryType.ORG)) {
                soeHit++;
            }
        }
        long uniAll = 0;
        long uniHit = 0;
        for (Map<String, String> r : csv(uni)) {
            uniAll++;
            if (known(r.get("name"), EntryType.ORG)) {
                uniHit++;
            }
        }
        long scAll = 0;
        long scHit = 0;
        for (Map<String, String> r : csv(sc)) {
            scAll++;
            if (known(r.get("name"), EntryType.ORG)) {
                scHit++;
            }
        }
        LOG.info("coverage (reference only, these lists are not shipped): central SOEs {}/{}, universities {}/{}, State Council bodies {}/{}",
                soeHit, soeAll, uniHit, uniAll, scHit, scAll);
        assertThat(scHit).as("the 26 constituent departments are shipped").isPositive();
    }

    @Test
    void corpusGoldMentionsThatAreExactLexiconForms() throws IOException {
        Path gold = SharedData.repoRoot().resolve("corpus/gold");
        assumeTrue(Files.isDirectory(gold), "corpus/gold not present");
        ObjectMapper json = new ObjectMapper();
        Map<String, long[]> counts = new TreeMap<>(); // type → {distinct, hit, mentions, mentionHits}
        Map<String, java.util.Set<String>> seen = new TreeMap<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    String type = n.path("type").asText();
                    if (!"mention".equals(n.path("kind").asText()) || !(type.equals("ORG") || type.equals("PARK"))) {
                        continue;
                    }
                    String text = n.path("text").asText();
                    boolean hit = known(text, EntryType.valueOf(type));
                    long[] c = counts.computeIfAbsent(type, t -> new long[4]);
                    c[2]++;
                    if (hit) {
                        c[3]++;
                    }
                    if (seen.computeIfAbsent(type, t -> new java.util.HashSet<>()).add(text)) {
                        c[0]++;
                        if (hit) {
                            c[1]++;
                        }
                    }
                }
            }
        }
        counts.forEach((type, c) -> LOG.info("corpus gold {}: {} of {} distinct mention texts ({} of {} mentions) are exact built-in {} forms",
                type, c[1], c[0], c[3], c[2], type));
        assertThat(counts).isNotEmpty();
    }
}
