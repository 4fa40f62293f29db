package org.xinzhi.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The dated conversion table behind the {@code value_cny} field: yuan per unit of each currency
 * ({@code org/xinzhi/index/cny-rates.tsv}). Immutable; {@link #STANDARD} is the shipped table.
 */
public final class CnyRates {

    /** The table shipped with Xinzhi. */
    public static final CnyRates STANDARD = load("cny-rates.tsv");

    private final LocalDate date;
    private final Map<String, BigDecimal> rates;

    private CnyRates(LocalDate date, Map<String, BigDecimal> rates) {
        this.date = Objects.requireNonNull(date, "date");
        this.rates = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
    }

    /** The day the rates refer to. */
    public LocalDate date() {
        return date;
    }

    /** Yuan per unit, by ISO code, in table order. */
    public Map<String, BigDecimal> rates() {
        return rates;
    }

    /** The amount in yuan, or null when the currency is not in the table. */
    public BigDecimal toCny(BigDecimal amount, String currency) {
        BigDecimal rate = currency == null ? null : rates.get(currency);
        return amount == null || rate == null ? null : amount.multiply(rate, MathContext.DECIMAL64);
    }

    /** {@code USD=7.1884,HKD=0.9260,…}: the form written into the index's metadata. */
    public String describe() {
        return rates.entrySet().stream().filter(e -> !e.getKey().equals("CNY"))
                .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(","));
    }

    private static CnyRates load(String resource) {
        try (InputStream in = CnyRates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/xinzhi/index/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            LocalDate date = null;
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# date\t")) {
                    date = LocalDate.parse(line.substring("# date\t".length()).strip());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    rates.put(cols[0].strip(), new BigDecimal(cols[1].strip()));
                }
            }
            return new CnyRates(date, rates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
