package org.xinzhi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.xinzhi.Document;

/**
 * Runs a workload over a text set on N threads: warm-up passes, then timed passes; the figure is
 * the median of the timed passes. Documents are handed out one at a time from a shared counter,
 * so threads stay busy to the end of a pass.
 */
public final class Runner {

    /**
     * Throughput of one workload on one thread count: chars/s per timed pass, sorted, and the
     * same in round order (for ratios taken within a round).
     */
    public record Throughput(String workload, int threads, long chars, double[] charsPerSecond, double[] byRound,
                             double[] charsPerCpuSecond, long sink) {

        /** Median chars per CPU-second of the worker threads: what one idle core would do, barely moved by other processes' load. */
        public double cpuMedian() {
            return Stats.median(charsPerCpuSecond);
        }

        /** Median over rounds of this workload's rate divided by the other's in the same round. */
        public double ratioTo(Throughput other) {
            double[] r = new double[byRound.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = byRound[i] / other.byRound[i];
            }
            return Stats.median(r);
        }

        public double median() {
            return Stats.median(charsPerSecond);
        }

        public double min() {
            return charsPerSecond[0];
        }

        public double max() {
            return charsPerSecond[charsPerSecond.length - 1];
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Runner() {
    }

    /**
     * Measures several workloads on the same thread count, interleaved: every round runs each
     * workload once, so a burst of load from other processes hits all of them alike and the
     * ratios between them stay fair on a shared machine.
     */
    public static List<Throughput> measure(BenchTexts.TextSet set, List<Workloads.Workload> workloads, int threads,
                                           int warmup, int iterations, java.util.function.Consumer<String> progress) {
        List<List<Workloads.Task>> tasks = new ArrayList<>();
        for (Workloads.Workload w : workloads) {
            List<Workloads.Task> perThread = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                perThread.add(w.perThread().get());
            }
            tasks.add(perThread);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "bench-worker");
            th.setDaemon(true);
            return th;
        });
        try {
            long[] sinks = new long[workloads.size()];
            double[][] rates = new double[workloads.size()][iterations];
            double[][] cpuRates = new double[workloads.size()][iterations];
            for (int i = 0; i < warmup + iterations; i++) {
                for (int w = 0; w < workloads.size(); w++) {
                    long[] cpu = new long[1];
                    long t0 = System.nanoTime();
                    sinks[w] += pass(pool, tasks.get(w), set.docs(), cpu);
                    long ns = System.nanoTime() - t0;
                    if (i >= warmup) {
                        rates[w][i - warmup] = set.chars() / (ns / 1e9);
                        cpuRates[w][i - warmup] = set.chars() / (cpu[0] / 1e9);
                    }
                }
                progress.accept(String.format("  %s, %d thread(s): %s %d/%d done", set.name(), threads,
                        i < warmup ? "warm-up" : "round", i < warmup ? i + 1 : i - warmup + 1, i < warmup ? warmup : iterations));
            }
            List<Throughput> out = new ArrayList<>();
            for (int w = 0; w < workloads.size(); w++) {
                double[] sorted = rates[w].clone();
                Arrays.sort(sorted);
                out.add(new Throughput(workloads.get(w).name(), threads, set.chars(), sorted, rates[w], cpuRates[w], sinks[w]));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One pass over the documents; adds the workers' CPU time (ns) to {@code cpu[0]}. */
    private static long pass(ExecutorService pool, List<Workloads.Task> tasks, List<Document> docs, long[] cpu) {
        AtomicLong cpuNanos = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        List<Future<Long>> running = new ArrayList<>(tasks.size());
        for (Workloads.Task task : tasks) {
            running.add(pool.submit(() -> {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long sum = 0;
                int i;
                while ((i = next.getAndIncrement()) < docs.size()) {
                    sum += task.run(docs.get(i));
                }
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                return sum;
            }));
        }
        long sum = 0;
        for (Future<Long> f : running) {
            try {
                sum += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("workload failed: " + e.getCause(), e.getCause());
            }
        }
        cpu[0] += cpuNanos.get();
        return sum;
    }
}
