package org.xinzhi.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;

/**
 * Child JVM that extracts N MB (UTF-8) of corpus/news repeated under varied ids with one shared
 * extractor on T threads, as a batch job would (each result is dropped after counting), and prints
 * the peak heap. Also the driver for JFR profiling runs.
 *
 * <p>Usage: {@code HeapProbe [--mb 100] [--threads N] [--root DIR]}
 */
public final class HeapProbe {
    static final String MARK = "HEAP";

    private HeapProbe() {
    }

    /**
     * Tracked from GC notifications: [0] the largest heap in use right after a collection (what the
     * job really keeps), [1] the largest heap in use right before one (the true peak: heap use only
     * grows between collections).
     */
    static AtomicLong[] watchHeap() {
        AtomicLong max = new AtomicLong();
        AtomicLong maxBefore = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        max.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                        maxBefore.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    }
                }, null, null);
            }
        }
        return new AtomicLong[] {max, maxBefore};
    }

    /** Heap in use in a GC's usage map (which also lists non-heap pools such as the code cache). */
    private static long heapUsed(Map<String, MemoryUsage> usage) {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = usage.get(p.getName());
            if (p.getType() == MemoryType.HEAP && u != null) {
                used += u.getUsed();
            }
        }
        return used;
    }

    public static void main(String[] args) throws Exception {
        long mb = 100;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> mb = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--root" -> System.setProperty("xinzhi.root", args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Document> corpus = BenchTexts.corpus(BenchTexts.repoRoot().resolve("corpus/news"));
        BenchTexts.TextSet set = BenchTexts.repeated(corpus, mb * 1_000_000L);
        AtomicLong[] heap = watchHeap();
        AtomicLong liveAfterGc = heap[0];
        Extractor extractor = Extractor.builder().build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong found = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < set.docs().size()) {
                    Extraction e = extractor.extract(set.docs().get(i));
                    found.addAndGet(e.mentions().size() + e.facts().size());
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("extraction did not finish in an hour");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peakUsed = 0;
        for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool2.getType() == MemoryType.HEAP) {
                // Sum of per-pool peaks: an upper bound of the true peak (pools peak at different times).
                peakUsed += pool2.getPeakUsage().getUsed();
            }
        }
        MemoryUsage now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long peakTrue = Math.max(heap[1].get(), now.getUsed());
        long committed = now.getCommitted();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("%s peak_mb=%d peak_used_mb=%d peak_live_mb=%d committed_mb=%d max_mb=%d utf8_mb=%.1f chars=%d docs=%d found=%d threads=%d seconds=%.1f%n",
                MARK, peakTrue >> 20, peakUsed >> 20, liveAfterGc.get() >> 20, committed >> 20, max >> 20, set.utf8Bytes() / 1e6, set.chars(), set.docs().size(),
                found.get(), threads, seconds);
    }
}
