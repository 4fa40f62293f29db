package org.xinzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.index.FactIndex;
import org.xinzhi.json.Json;

/**
 * Extracts .txt files and indexes their facts, with a progress bar; used by {@code index} and
 * {@code demo}. Files are extracted in parallel and indexed in input order; a file that cannot be
 * read or is not valid UTF-8 is named and skipped.
 */
final class FolderIndexer {

    /**
     * What a run did. {@code files} are the .txt files found (indexed or skipped); {@code unlisted}
     * counts inputs that could not be listed at all (a missing or unreadable folder).
     */
    record Result(int documents, int facts, int skipped, List<Path> files, int unlisted, java.util.Set<String> ids) {
    }

    /**
     * The document id of each file: its name without {@code .txt}, as always; when two inputs share
     * that name, each of them gets its path relative to the folder it was found in (or the path
     * as given, for a file named directly), so neither overwrites the other's facts.
     */
    static java.util.Map<Path, String> documentIds(List<Path> paths, List<Path> files) {
        java.util.Map<Path, String> relative = new java.util.HashMap<>();
        for (Path f : files) {
            String rel = null;
            for (Path root : paths) {
                if (java.nio.file.Files.isDirectory(root) && f.startsWith(root) && !f.equals(root)) {
                    rel = root.relativize(f).toString();
                    break;
                }
            }
            if (rel == null) {
                rel = f.toString();
            }
            rel = rel.replace(java.io.File.separatorChar, '/');
            relative.put(f, rel.endsWith(".txt") ? rel.substring(0, rel.length() - 4) : rel);
        }
        java.util.Map<String, Integer> stems = new java.util.HashMap<>();
        for (Path f : files) {
            stems.merge(Json.docIdOf(f), 1, Integer::sum);
        }
        java.util.Map<Path, String> ids = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            String stem = Json.docIdOf(f);
            ids.put(f, stems.get(stem) > 1 ? relative.get(f) : stem);
        }
        return ids;
    }

    private final Extractor extractor;
    private final int threads;
    private final Path jsonOut;

    /** @param jsonOut where to write DIR/&lt;stem&gt;.jsonl per document, or null for none */
    FolderIndexer(Extractor extractor, int threads, Path jsonOut) {
        this.extractor = extractor;
        this.threads = threads;
        this.jsonOut = jsonOut;
    }

    Result run(List<Path> paths, FactIndex index, String command, PrintWriter err) throws IOException, InterruptedException {
        TextFiles.Inputs inputs = TextFiles.expand(paths, ".txt");
        int skipped = 0;
        for (TextFiles.Problem p : inputs.problems()) {
            err.println("xinzhi " + command + ": skipped " + p);
            skipped++;
        }
        List<Path> found = inputs.files();
        java.util.Map<Path, String> idOf = documentIds(paths, found);
        java.util.Map<String, Path> owner = new java.util.HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path f : found) {
            String id = idOf.get(f);
            Path previous = owner.putIfAbsent(id, f);
            if (previous != null) {
                err.println("xinzhi " + command + ": skipped " + f + ": same document id '" + id + "' as " + previous
                        + " (index the folders in separate runs or rename one)");
                skipped++;
            } else {
                if (!id.equals(Json.docIdOf(f))) {
                    err.println("xinzhi " + command + ": " + f + " shares its name with another input: indexed as '" + id + "'");
                }
                files.add(f);
            }
        }
        ProgressBar bar = new ProgressBar(err, command, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int documents = 0;
        int facts = 0;
        try {
            // A bounded window of extractions ahead of the indexer: memory stays flat on huge folders.
            int window = threads * 2;
            List<Future<Extraction>> results = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                while (results.size() < Math.min(files.size(), i + window)) {
                    Path next = files.get(results.size());
                    String id = idOf.get(next);
                    results.add(pool.submit(() -> extractor.extract(Document.of(id, TextFiles.readUtf8(next)))));
                }
                Path f = files.get(i);
                try {
                    Extraction e = results.get(i).get();
                    results.set(i, null);
                    if (jsonOut != null) {
                        Path target = jsonOut.resolve(e.docId() + ".jsonl");
                        java.nio.file.Files.createDirectories(target.getParent());
                        Json.write(e, target);
                    }
                    index.index(e);
                    documents++;
                    facts += e.facts().size();
                } catch (ExecutionException ex) {
                    Throwable cause = ex.getCause();
                    String why = cause instanceof IOException io ? TextFiles.reason(io) : String.valueOf(cause);
                    bar.message("xinzhi " + command + ": skipped " + f + ": " + why);
                    skipped++;
                } catch (RuntimeException ex) {
                    // One document the index rejects must not cost the others.
                    bar.message("xinzhi " + command + ": skipped " + f + ": cannot index: " + ex.getMessage());
                    skipped++;
                }
                bar.step(i + 1, f.getFileName().toString());
            }
            index.commit();
        } finally {
            pool.shutdownNow();
        }
        return new Result(documents, facts, skipped, found, inputs.problems().size(), new java.util.HashSet<>(idOf.values()));
    }
}
