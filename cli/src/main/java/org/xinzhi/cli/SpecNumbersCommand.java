package org.xinzhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.number.NumberParser;
import org.xinzhi.number.ParsedNumber;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Token;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xinzhi spec-numbers}: runs the public number test suites (Recognizers-Text Chinese specs,
 * Duckling ZH corpora) against the number parser and the MONEY/PERCENT recognizer and prints the
 * pass rate per file. See docs/numbers.md for what "pass" means for each file.
 */
@Command(name = "spec-numbers", mixinStandardHelpOptions = true,
        description = {"Runs the Recognizers-Text Chinese Number/Percent/NumberRange/Currency specs and the Duckling ZH",
            "Numeral and AmountOfMoney corpora; prints the pass rate per file. A case passes when every expected",
            "result is found with the same text (width-folded, case-insensitive) and the same value, and nothing",
            "else is found. Cases marked NotSupported for java are skipped and counted."})
final class SpecNumbersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--benchmarks", paramLabel = "DIR",
            description = "Folder holding recognizers-text-zh/ and duckling-zh/ (default: ../shared/benchmarks from the working directory or the repo root).")
    Path benchmarks;

    @Option(names = "--failures", description = "Print every failing case.")
    boolean failures;

    private final TextNormalizer width = TextNormalizer.widthOnly();
    private final TextNormalizer normalizer = TextNormalizer.standard();
    private final NumberParser parser = NumberParser.standard();
    private final NumberRangeSpecModel ranges = new NumberRangeSpecModel(parser);
    private Extractor extractor;

    /** One file's tally. */
    private record Tally(String file, int cases, int skipped, int passed) {
        double rate() {
            return cases == 0 ? 0 : 100.0 * passed / cases;
        }
    }

    private interface Model {
        List<Result> run(String input);
    }

    /** A found or expected result: text and value (value null when the case does not resolve it). */
    private record Result(String text, String value, String extra) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path root = findRoot();
        if (root == null) {
            spec.commandLine().getErr().println("xinzhi spec-numbers: benchmarks folder not found; pass --benchmarks DIR");
            return 1;
        }
        extractor = Extractor.builder().includeTokens(false).build();
        List<Tally> tallies = new ArrayList<>();
        Path rt = root.resolve("recognizers-text-zh/Specs");
        tallies.add(runSpec(rt.resolve("Number/Chinese/NumberModel.json"), this::numbers, out));
        tallies.add(runSpec(rt.resolve("Number/Chinese/PercentModel.json"), this::percents, out));
        tallies.add(runSpec(rt.resolve("Number/Chinese/NumberRangeModel.json"), this::numberRanges, out));
        tallies.add(runSpec(rt.resolve("NumberWithUnit/Chinese/CurrencyModel.json"), this::currencies, out));
        Path dk = root.resolve("duckling-zh/Duckling");
        tallies.add(runDuckling(dk.resolve("Numeral/ZH/Corpus.hs"), false, out));
        tallies.add(runDuckling(dk.resolve("AmountOfMoney/ZH/Corpus.hs"), true, out));
        out.println();
        out.printf(Locale.ROOT, "%-58s %6s %7s %6s %7s%n", "file", "cases", "skipped", "passed", "rate");
        for (Tally t : tallies) {
            if (t != null) {
                out.printf(Locale.ROOT, "%-58s %6d %7d %6d %6.1f%%%n", t.file, t.cases, t.skipped, t.passed, t.rate());
            }
        }
        out.flush();
        return 0;
    }

    private Path findRoot() {
        if (benchmarks != null) {
            return Files.isDirectory(benchmarks) ? benchmarks : null;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("..", "shared", "benchmarks"));
        String root = System.getProperty("xinzhi.root");
        if (root != null) {
            candidates.add(Path.of(root).resolve("../shared/benchmarks"));
        }
        candidates.add(Path.of("..", "..", "shared", "benchmarks"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("recognizers-text-zh"))) {
                return p.normalize();
            }
        }
        return null;
    }

    // ---- Recognizers-Text -------------------------------------------------------------------------

    private Tally runSpec(Path file, Model model, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(file)) {
            out.println("missing: " + file);
            return null;
        }
        JsonNode cases = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        int total = 0;
        int skipped = 0;
        int passed = 0;
        for (JsonNode c : cases) {
            String ns = c.path("NotSupported").asText("").toLowerCase(Locale.ROOT).replace(" ", "");
            if (List.of(ns.split(",")).contains("java")) {
                skipped++;
                continue;
            }
            total++;
            String input = c.path("Input").asText();
            boolean ignoreValue = c.path("IgnoreResolution").asBoolean(false);
            List<Result> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                JsonNode res = r.path("Resolution");
                String value = res.hasNonNull("value") ? res.get("value").asText() : null;
                String iso = res.hasNonNull("isoCurrency") ? res.get("isoCurrency").asText() : null;
                expected.add(new Result(r.path("Text").asText(), ignoreValue ? null : value, iso));
            }
            List<Result> got;
            try {
                got = model.run(input);
            } catch (RuntimeException e) {
                got = List.of(new Result("<exception " + e + ">", null, null));
            }
            boolean ok = matches(expected, got);
            if (ok) {
                passed++;
            } else if (failures) {
                out.println("FAIL " + file.getFileName() + ": " + input + "\n  expected " + expected + "\n  got      " + got);
            }
        }
        return new Tally(file.getFileName().toString(), total, skipped, passed);
    }

    private boolean matches(List<Result> expected, List<Result> got) {
        if (expected.size() != got.size()) {
            return false;
        }
        for (int k = 0; k < expected.size(); k++) {
            Result e = expected.get(k);
            Result g = got.get(k);
            if (!fold(e.text).equals(fold(g.text))) {
                return false;
            }
            if (e.value != null && !sameValue(e.value, g.value)) {
                return false;
            }
            if (e.extra != null && !e.extra.equals(g.extra)) {
                return false;
            }
        }
        return true;
    }

    private String fold(String s) {
        // the specs write texts width-folded and lower-cased (９成 → 9成, ，→ ,)
        return width.normalize(s).normalized().toLowerCase(Locale.ROOT).replace('，', ',');
    }

    /** Values are equal within a relative 1e-9 (the specs round repeating decimals to 15 digits). */
    static boolean sameValue(String expected, String got) {
        if (got == null) {
            return false;
        }
        if (expected.equals(got)) {
            return true;
        }
        try {
            BigDecimal a = new BigDecimal(expected.replace("%", "").strip());
            BigDecimal b = new BigDecimal(got.replace("%", "").strip());
            BigDecimal tol = a.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-9"));
            return a.subtract(b).abs().compareTo(tol) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Number model: every numeral of the input (core NumberParser.findAll on the normalized text),
     * except numerals inside a word (一切, 四川: the segmenter's token is longer and not a numeral)
     * and numerals that are part of a MONEY or PERCENT mention (the spec's number model leaves those
     * to its currency and percent models).
     */
    private List<Result> numbers(String input) {
        NormalizedText t = normalizer.normalize(input);
        AnalyzedText analyzed = extractor.analyze(Document.of("spec", input));
        List<Mention> amounts = extractor.extract(input).mentions().stream()
                .filter(m -> m.type() == MentionType.MONEY).toList();
        List<Result> out = new ArrayList<>();
        for (ParsedNumber p : parser.findAll(t.normalized())) {
            if (!p.arabic() && insideWord(analyzed.tokens(), p) || insideAmount(amounts, t, p) || percentSign(t.normalized(), p.end())) {
                continue;
            }
            String text = t.originalSlice(p.start(), p.end());
            out.add(new Result(text, p.value().toPlainString(), null));
        }
        return out;
    }

    private static boolean percentSign(String s, int end) {
        return end < s.length() && (s.charAt(end) == '%' || s.charAt(end) == '‰' || s.charAt(end) == '折' || s.charAt(end) == '成');
    }

    private static boolean insideWord(List<Token> tokens, ParsedNumber p) {
        for (Token k : tokens) {
            if (k.start() < p.end() && p.start() < k.end()) {
                boolean longer = k.start() < p.start() || k.end() > p.end();
                if (longer && !k.pos().startsWith("m") && !k.pos().startsWith("q") && p.length() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideAmount(List<Mention> amounts, NormalizedText t, ParsedNumber p) {
        int s = t.originalStart(p.start());
        int e = t.originalEnd(p.end());
        for (Mention m : amounts) {
            if (m.start() <= s && e <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Percent model: the PERCENT mentions of the extractor; value printed as "X%". */
    private List<Result> percents(String input) {
        List<Result> out = new ArrayList<>();
        for (Mention m : extract(input)) {
            if (m.type() == MentionType.PERCENT) {
                BigDecimal pct = m.value().movePointRight(2).stripTrailingZeros();
                out.add(new Result(m.text(), pct.toPlainString() + "%", null));
            }
        }
        return out;
    }

    /** Currency model: the MONEY mentions of the extractor, value and ISO code. */
    private List<Result> currencies(String input) {
        List<Result> out = new ArrayList<>();
        for (Mention m : extract(input)) {
            if (m.type() == MentionType.MONEY) {
                out.add(new Result(m.text(), m.value() == null ? null : m.value().stripTrailingZeros().toPlainString(), m.unit()));
            }
        }
        return out;
    }

    /** Number-range model: comparisons around numerals as intervals (see {@link NumberRangeSpecModel}). */
    private List<Result> numberRanges(String input) {
        NormalizedText t = normalizer.normalize(input);
        List<Result> out = new ArrayList<>();
        for (NumberRangeSpecModel.Interval iv : ranges.find(t.normalized())) {
            out.add(new Result(t.originalSlice(iv.start(), iv.end()), iv.notation(), null));
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private List<Mention> extract(String input) {
        Extraction x = extractor.extract(input);
        return x.mentions();
    }

    // ---- Duckling -----------------------------------------------------------------------------------

    private static final Pattern EXAMPLES = Pattern.compile("examples\\s*\\((.*?)\\)\\s*\\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * Duckling corpora are whole-string examples: {@code examples (NumeralValue 34567) ["34567", "三万四千…"]}.
     * Numeral: pass when the parser reads the whole input (a trailing 个/個 counting word allowed) with
     * that value. Money: pass when one MONEY mention covers the whole input with the value (cents as
     * 0.01 of the currency unit), the currency (Dollar = any of CNY/HKD/TWD) and the bound (above,
     * under, between).
     */
    private Tally runDuckling(Path file, boolean money, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(file)) {
            out.println("missing: " + file);
            return null;
        }
        String hs = Files.readString(file, StandardCharsets.UTF_8);
        int at = hs.indexOf("allExamples");
        Matcher m = EXAMPLES.matcher(hs);
        int total = 0;
        int passed = 0;
        while (m.find()) {
            if (m.start() < at) {
                continue;
            }
            String head = m.group(1).strip();
            Matcher sm = STRING.matcher(m.group(2));
            while (sm.find()) {
                String input = sm.group(1);
                total++;
                boolean ok;
                try {
                    ok = money ? moneyPasses(head, input) : numeralPasses(head, input);
                } catch (RuntimeException e) {
                    ok = false;
                }
                if (ok) {
                    passed++;
                } else if (failures) {
                    out.println("FAIL " + file.getParent().getParent().getFileName() + "/" + file.getFileName() + ": " + input + "  expected " + head);
                }
            }
        }
        return new Tally("duckling " + file.getParent().getParent().getFileName() + "/ZH/" + file.getFileName(), total, 0, passed);
    }

    private boolean numeralPasses(String head, String input) {
        String v = head.replace("NumeralValue", "").replace("(", "").replace(")", "").strip();
        String s = normalizer.normalize(input).normalized().strip();
        if (s.endsWith("个")) {
            s = s.substring(0, s.length() - 1);
        }
        ParsedNumber p = parser.parse(s);
        return p != null && sameValue(v, p.value().toPlainString());
    }

    private boolean moneyPasses(String head, String input) {
        List<Mention> ms = extract(input).stream().filter(x -> x.type() == MentionType.MONEY).toList();
        if (ms.size() != 1 || ms.get(0).start() != 0 || ms.get(0).end() != input.length()) {
            return false;
        }
        Mention x = ms.get(0);
        String[] parts = head.replace("(", " ").replace(")", " ").replace(",", " ").trim().split("\\s+");
        String kind = parts[0];
        String currency = parts[1];
        BigDecimal scale = currency.equals("Cent") ? new BigDecimal("0.01") : BigDecimal.ONE;
        boolean currencyOk = switch (currency) {
            case "Dollar", "Cent" -> List.of("CNY", "HKD", "TWD").contains(x.unit());
            default -> currency.equals(x.unit());
        };
        if (!currencyOk) {
            return false;
        }
        BigDecimal a = new BigDecimal(parts[2]).multiply(scale);
        return switch (kind) {
            case "simple" -> x.qualifier() == Qualifier.EXACT && sameValue(a.toPlainString(), x.value().toPlainString());
            case "under" -> x.qualifier() == Qualifier.AT_MOST && sameValue(a.toPlainString(), x.value().toPlainString());
            case "above" -> x.qualifier() == Qualifier.AT_LEAST && sameValue(a.toPlainString(), x.value().toPlainString());
            case "between" -> x.qualifier() == Qualifier.RANGE && x.valueMax() != null
                    && sameValue(a.toPlainString(), x.value().toPlainString())
                    && sameValue(new BigDecimal(parts[3]).multiply(scale).toPlainString(), x.valueMax().toPlainString());
            default -> false;
        };
    }
}
