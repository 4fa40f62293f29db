package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the {@link NameModel}: L2-regularized logistic regression fitted by L-BFGS, written small
 * and plain. Deterministic: features are indexed in sorted order and every sum runs in a fixed
 * order, so the same examples give the same weights, bit for bit.
 */
public final class NameTrainer {

    /**
     * One training example: a candidate's features and whether the gold has exactly its span and type.
     *
     * @param features the candidate's features, as {@link NameRecognizer#candidates} gives them
     * @param positive whether it is a gold mention
     */
    public record Example(List<String> features, boolean positive) {
        public Example {
            features = List.copyOf(features);
        }
    }

    /**
     * How to train.
     *
     * @param l2         the weight of the squared-norm penalty (the bias is not penalized)
     * @param iterations the most L-BFGS iterations
     * @param minCount   features seen in fewer examples are left out
     */
    public record Options(double l2, int iterations, int minCount) {
        public static final Options DEFAULT = new Options(2.0, 300, 2);

        public Options {
            if (l2 < 0 || iterations < 1 || minCount < 1) {
                throw new IllegalArgumentException("bad training options " + l2 + ", " + iterations + ", " + minCount);
            }
        }
    }

    private NameTrainer() {
    }

    /** Trains a model; {@code header} lines are written at the top of the weights file. */
    public static NameModel train(List<Example> examples, Options options, List<String> header) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : distinct(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() >= options.minCount() || c.getKey().equals("bias")) {
                index.put(c.getKey(), index.size());
            }
        }
        int n = index.size();
        int[][] x = new int[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            List<Integer> ids = new ArrayList<>();
            for (String f : distinct(examples.get(i).features())) {
                Integer id = index.get(f);
                if (id != null) {
                    ids.add(id);
                }
            }
            x[i] = ids.stream().mapToInt(Integer::intValue).sorted().toArray();
            y[i] = examples.get(i).positive() ? 1 : 0;
        }
        int bias = index.getOrDefault("bias", -1);
        double[] w = lbfgs(new Objective(x, y, n, options.l2(), bias), new double[n], options.iterations());
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = Double.parseDouble(NameModel.format(w[e.getValue()]));
            if (v != 0) {
                weights.put(e.getKey(), v);
            }
        }
        List<String> h = new ArrayList<>(header);
        h.add(String.format(java.util.Locale.ROOT, "examples %d (positive %d), features %d, l2 %s, iterations <= %d, min count %d",
                examples.size(), (long) java.util.Arrays.stream(y).sum(), n, options.l2(), options.iterations(), options.minCount()));
        return new NameModel(weights, h);
    }

    private static List<String> distinct(List<String> fs) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(fs));
    }

    /** Log-loss plus the L2 penalty, and its gradient. */
    private record Objective(int[][] x, double[] y, int n, double l2, int bias) {
        double valueAndGradient(double[] w, double[] g) {
            java.util.Arrays.fill(g, 0);
            double loss = 0;
            for (int i = 0; i < x.length; i++) {
                double z = 0;
                for (int j : x[i]) {
                    z += w[j];
                }
                // log(1 + e^z) - y z, computed stably
                loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
                double d = NameModel.sigmoid(z) - y[i];
                for (int j : x[i]) {
                    g[j] += d;
                }
            }
            for (int j = 0; j < n; j++) {
                if (j != bias) {
                    loss += 0.5 * l2 * w[j] * w[j];
                    g[j] += l2 * w[j];
                }
            }
            return loss;
        }
    }

    /** Limited-memory BFGS (m = 10) with a backtracking Armijo line search. */
    private static double[] lbfgs(Objective f, double[] w, int maxIter) {
        int n = w.length;
        int m = 10;
        double[][] s = new double[m][];
        double[][] yv = new double[m][];
        double[] rho = new double[m];
        int stored = 0;
        int head = 0;
        double[] g = new double[n];
        double fx = f.valueAndGradient(w, g);
        double[] d = new double[n];
        double[] alpha = new double[m];
        for (int iter = 0; iter < maxIter; iter++) {
            double gnorm = Math.sqrt(dot(g, g));
            if (gnorm < 1e-6) {
                break;
            }
            // two-loop recursion: d = -H g
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            for (int k = 0; k < stored; k++) {
                int idx = Math.floorMod(head - 1 - k, m);
                alpha[idx] = rho[idx] * dot(s[idx], d);
                axpy(-alpha[idx], yv[idx], d);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, m);
                double gamma = dot(s[last], yv[last]) / dot(yv[last], yv[last]);
                for (int i = 0; i < n; i++) {
                    d[i] *= gamma;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    d[i] /= gnorm;
                }
            }
            for (int k = stored - 1; k >= 0; k--) {
                int idx = Math.floorMod(head - 1 - k, m);
                double beta = rho[idx] * dot(yv[idx], d);
                axpy(alpha[idx] - beta, s[idx], d);
            }
            double slope = dot(g, d);
            if (slope >= 0) {
                // not a descent direction: restart from steepest descent
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i] / gnorm;
                }
                slope = dot(g, d);
                stored = 0;
            }
            double step = 1;
            double[] wNew = new double[n];
            double[] gNew = new double[n];
            double fNew;
            int tries = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    wNew[i] = w[i] + step * d[i];
                }
                fNew = f.valueAndGradient(wNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope || ++tries > 40) {
                    break;
                }
                step *= 0.5;
            }
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = wNew[i] - w[i];
                yk[i] = gNew[i] - g[i];
            }
            double sy = dot(sk, yk);
            double decrease = fx - fNew;
            System.arraycopy(wNew, 0, w, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (sy > 1e-10) {
                s[head] = sk;
                yv[head] = yk;
                rho[head] = 1 / sy;
                head = (head + 1) % m;
                stored = Math.min(stored + 1, m);
            }
            if (decrease >= 0 && decrease < 1e-9 * Math.max(1, Math.abs(fx))) {
                break;
            }
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double r = 0;
        for (int i = 0; i < a.length; i++) {
            r += a[i] * b[i];
        }
        return r;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
