package org.xinzhi.recognize.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The name scorer: a logistic regression over the string features of {@link NameFeatures}. The
 * probability that a candidate is a name is {@code 1 / (1 + exp(-(w · x)))}, with {@code x} the
 * candidate's features (each 0 or 1) and {@code w} their weights; features the model has no weight
 * for count 0. Weights are a readable TSV resource ({@code feature <TAB> weight}), written by
 * {@link NameTrainer}; immutable and thread-safe.
 */
public final class NameModel implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The weights shipped with Xinzhi, trained by {@code xinzhi train-names} (see docs/names.md). */
    public static final String BUILT_IN = "org/xinzhi/recognize/name/name-model.tsv";

    private final Map<String, Double> weights;
    private final List<String> header;

    NameModel(Map<String, Double> weights, List<String> header) {
        this.weights = Map.copyOf(weights);
        this.header = List.copyOf(header);
    }

    /** The built-in model, or null if the resource is missing (then every candidate is scored by rules only). */
    public static NameModel builtIn() {
        InputStream in = NameModel.class.getClassLoader().getResourceAsStream(BUILT_IN);
        if (in == null) {
            return null;
        }
        try (in) {
            return read(in, BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
    }

    /** Reads a model written by {@link #write(Writer)}; a bad line is an error naming {@code source:line}. */
    public static NameModel read(InputStream in, String source) throws IOException {
        Map<String, Double> w = new HashMap<>();
        List<String> header = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                header.add(line.substring(1).trim());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IOException(source + ":" + n + ": expected feature<TAB>weight");
            }
            try {
                w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            } catch (NumberFormatException e) {
                throw new IOException(source + ":" + n + ": weight is not a number: " + line.substring(tab + 1));
            }
        }
        return new NameModel(w, header);
    }

    /** The probability that a candidate with these features is a name. */
    public double probability(List<String> features) {
        return sigmoid(margin(features));
    }

    /** w · x. */
    double margin(List<String> features) {
        double z = 0;
        for (String f : features) {
            Double v = weights.get(f);
            if (v != null) {
                z += v;
            }
        }
        return z;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** The weight of one feature (0 if the model has none). */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public int size() {
        return weights.size();
    }

    /** The comment lines at the top of the file: how it was trained. */
    public List<String> header() {
        return header;
    }

    /** Writes the model: header comments, then one {@code feature <TAB> weight} line per feature, sorted. */
    public void write(Writer out) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
        }
        out.flush();
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** SHA-256 of the written form, hex: what the fingerprint test pins. */
    public String fingerprint() {
        try {
            java.io.StringWriter w = new java.io.StringWriter();
            write(w);
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(w.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameModel m && m.weights.equals(weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weights);
    }
}
