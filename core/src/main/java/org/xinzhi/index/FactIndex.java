package org.xinzhi.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinzhi.Extraction;
import org.xinzhi.model.Fact;
import org.xinzhi.segment.XinzhiAnalyzer;
import org.xinzhi.text.TextNormalizer;

/**
 * A Lucene index of facts on disk: one Lucene document per fact (schema in docs/index.md).
 *
 * <pre>{@code
 * try (FactIndex index = FactIndex.open(Path.of("facts-index"))) {
 *     index.index(extractor.extract(document));      // replaces that document's facts
 *     index.commit();
 *     List<FactHit> hits = index.search(FactQuery.parse("subject:臨港 AND value:[100亿 TO *]"));
 * }
 * }</pre>
 *
 * <p>Writing: {@link #index(Extraction)} replaces all facts of a document in one atomic step (Lucene's
 * {@code updateDocuments} by doc id), so a document is never half indexed; changes are committed
 * every {@code commitEvery} documents and on {@link #close()}. A run that is killed loses at most
 * the documents since the last commit; running it again replaces what was committed, leaving one
 * copy of each fact. Searching sees every indexed document, committed or not.
 *
 * <p>Thread-safe: index and search from any number of threads. One writable {@code FactIndex}
 * per directory at a time (Lucene's write lock); {@link #openReadOnly(Path)} may be used alongside.
 */
public final class FactIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(FactIndex.class);

    /** Documents between automatic commits, unless told otherwise. */
    public static final int DEFAULT_COMMIT_EVERY = 100;

    /** Commit metadata: the date of the CNY conversion table. */
    public static final String META_RATES_DATE = "cny_rates_date";
    /** Commit metadata: the rates, {@code USD=7.1884,HKD=…} (yuan per unit). */
    public static final String META_RATES = "cny_rates";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FactSchema schema;
    private final QueryCompiler compiler;
    private final int commitEvery;
    private final AtomicInteger uncommitted = new AtomicInteger();
    /** Writes so far, and the count the searcher last refreshed at: a search reopens only after a write. */
    private final AtomicLong writes = new AtomicLong();
    private volatile long refreshedAtWrites;
    private final Object commitLock = new Object();

    private FactIndex(Path path, boolean writable, int commitEvery) throws IOException {
        this.path = path;
        this.commitEvery = commitEvery;
        TextNormalizer normalizer = TextNormalizer.standard();
        this.schema = new FactSchema(normalizer, CnyRates.STANDARD);
        this.compiler = new QueryCompiler(new FieldAnalyzer(XinzhiAnalyzer.forQuery(), schema), schema);
        Directory dir = FSDirectory.open(path);
        try {
            if (writable) {
                IndexWriterConfig config = new IndexWriterConfig(new FieldAnalyzer(XinzhiAnalyzer.forIndexing(), schema));
                config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
                config.setCommitOnClose(true);
                try {
                    this.writer = new IndexWriter(dir, config);
                } catch (LockObtainFailedException locked) {
                    throw new IOException("index " + path + " is locked: another process is writing to it ("
                            + path.resolve(IndexWriter.WRITE_LOCK_NAME) + " is held); wait for it or use a read-only command", locked);
                }
                // The conversion table behind value_cny goes with every commit.
                writer.setLiveCommitData(Map.of(META_RATES_DATE, schema.rates().date().toString(),
                        META_RATES, schema.rates().describe()).entrySet());
                if (!DirectoryReader.indexExists(dir)) {
                    writer.commit(); // an empty index readers can open at once
                }
                this.searchers = new SearcherManager(writer, null);
            } else {
                if (!DirectoryReader.indexExists(dir)) {
                    throw new IOException("no fact index at " + path);
                }
                this.writer = null;
                this.searchers = new SearcherManager(dir, null);
            }
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
        this.directory = dir;
    }

    /** Opens the index at {@code dir} for writing and searching, creating it (and the folder) if absent. */
    public static FactIndex open(Path dir) throws IOException {
        return open(dir, DEFAULT_COMMIT_EVERY);
    }

    /**
     * Opens for writing with an explicit batch size.
     *
     * @param commitEvery commit after this many indexed documents (1 = after each document)
     */
    public static FactIndex open(Path dir, int commitEvery) throws IOException {
        Objects.requireNonNull(dir, "index directory");
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
        }
        requireFolderOrNothing(dir);
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException("cannot create index folder " + dir + ": " + why(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot write to index folder " + dir + ": permission denied or read-only file system");
        }
        try {
            return new FactIndex(dir, true, commitEvery);
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException("cannot write to index " + dir + ": " + why(e), e);
        }
    }

    /**
     * Opens an existing index for searching only; it sees new commits made by a writer elsewhere.
     * Creates nothing: a missing index is an {@link IOException}.
     */
    public static FactIndex openReadOnly(Path dir) throws IOException {
        Objects.requireNonNull(dir, "index directory");
        requireFolderOrNothing(dir);
        if (!Files.isDirectory(dir)) {
            throw new IOException("no fact index at " + dir + " (no such folder)");
        }
        return new FactIndex(dir, false, 1);
    }

    private static void requireFolderOrNothing(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder (a file of that name exists)");
        }
    }

    private static String why(java.nio.file.FileSystemException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name exists";
        }
        String reason = e.getReason();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    /**
     * The metadata of the last commit: {@code cny_rates_date} and {@code cny_rates}, the
     * conversion table the {@code value_cny} field was computed with (empty for an index written
     * before the table existed).
     */
    public Map<String, String> metadata() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            if (searcher.getIndexReader() instanceof DirectoryReader dr) {
                return Map.copyOf(dr.getIndexCommit().getUserData());
            }
            return Map.of();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * What the query's value ranges compare (plain numbers, one value type, one currency, or money
     * converted to CNY with the dated table), or null when it has none. The same text as
     * {@link FactHit#comparison()}; a malformed query raises {@link FactQueryException}.
     */
    public String comparison(FactQuery query) {
        return compiler.compile(query).comparison();
    }

    public Path path() {
        return path;
    }

    /** Replaces the facts of the extraction's document with its facts (none: the document's facts are removed). */
    public void index(Extraction extraction) throws IOException {
        Objects.requireNonNull(extraction, "extraction");
        index(extraction.docId(), extraction.facts());
    }

    /** Replaces every fact of document {@code docId} with {@code facts}, atomically. */
    public void index(String docId, Collection<Fact> facts) throws IOException {
        Objects.requireNonNull(docId, "document id");
        Objects.requireNonNull(facts, "facts");
        IndexWriter w = requireWriter();
        List<Document> docs = new ArrayList<>(facts.size());
        Set<String> ids = new HashSet<>();
        for (Fact f : SubjectGroups.group(facts, schema::normalize)) {
            // The same fact twice in one document (same sentence and spans) is stored once.
            if (ids.add(FactSchema.factId(docId, f))) {
                docs.add(schema.toDocument(docId, f));
            }
        }
        Term doc = new Term(FactSchema.DOC_ID, docId);
        if (docs.isEmpty()) {
            w.deleteDocuments(doc); // updateDocuments with no documents trips an assertion in Lucene 9
        } else {
            w.updateDocuments(doc, docs);
        }
        writes.incrementAndGet();
        if (uncommitted.incrementAndGet() >= commitEvery) {
            commit();
        }
    }

    /** Removes every fact of a document. */
    public void delete(String docId) throws IOException {
        requireWriter().deleteDocuments(new Term(FactSchema.DOC_ID, docId));
        writes.incrementAndGet();
        uncommitted.incrementAndGet();
    }

    /** Makes everything indexed so far durable. */
    public void commit() throws IOException {
        IndexWriter w = requireWriter();
        synchronized (commitLock) {
            int pending = uncommitted.getAndSet(0);
            w.commit();
            LOG.debug("committed {} documents to {}", pending, path);
        }
    }

    /** The facts matching a query, best first or in the query's sort order, at most its limit. */
    public List<FactHit> search(FactQuery query) throws IOException {
        Objects.requireNonNull(query, "query");
        QueryCompiler.Compiled compiled = compiler.compile(query);
        Query lucene = compiled.query();
        IndexSearcher searcher = acquire();
        try {
            TopDocs top;
            try {
                top = query.sort() == FactQuery.Sort.RELEVANCE
                        ? searcher.search(lucene, query.limit())
                        : searcher.search(lucene, query.limit(), sortOf(query.sort()), true);
            } catch (RuntimeException e) {
                throw FactQueryException.atRunTime(query.queryString(), e);
            }
            StoredFields stored = searcher.storedFields();
            List<FactHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                Fact f = StoredFact.fromJson(d.get(FactSchema.FACT_JSON));
                hits.add(new FactHit(f, f.sentence(), d.get(FactSchema.DOC_ID), sd.score, compiled.comparison()));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Parses and runs a query string (see {@link FactQuery#parse(String)}). */
    public List<FactHit> search(String queryString, int limit) throws IOException {
        return search(FactQuery.builder().query(queryString).limit(limit).build());
    }

    /** How many facts match (ignores the limit). */
    public int count(FactQuery query) throws IOException {
        Query lucene = compiler.compile(query).query();
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(lucene);
        } catch (RuntimeException e) {
            throw FactQueryException.atRunTime(query.queryString(), e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The ids of the documents that have facts in the index, sorted. A document indexed with no
     * facts leaves no trace, so it is not listed.
     */
    public SortedSet<String> documentIds() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            SortedSet<String> ids = new TreeSet<>();
            IndexReader reader = searcher.getIndexReader();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(FactSchema.DOC_ID);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    // Terms of deleted facts stay until segments merge: keep ids with a live fact.
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live == null || live.get(d)) {
                            ids.add(t.utf8ToString());
                            break;
                        }
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many facts the index holds. */
    public int size() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Counts the matching facts per value of a field, largest count first, at most the query's limit
     * of values. Fields: subject, subject_type, predicate, value_type, unit, qualifier, year.
     */
    public List<FacetCount> facets(String field, FactQuery query) throws IOException {
        Objects.requireNonNull(field, "field");
        boolean numeric = FactSchema.NUMERIC_FACET_FIELDS.contains(field);
        if (!numeric && !FactSchema.STRING_FACET_FIELDS.contains(field)) {
            throw new IllegalArgumentException("no facets for field '" + field + "'; facet fields: "
                    + String.join(", ", FactSchema.STRING_FACET_FIELDS) + ", " + String.join(", ", FactSchema.NUMERIC_FACET_FIELDS));
        }
        Query lucene = compiler.compile(query).query();
        IndexSearcher searcher = acquire();
        try {
            FacetsCollector collected;
            try {
                collected = searcher.search(lucene, new FacetsCollectorManager());
            } catch (RuntimeException e) {
                throw FactQueryException.atRunTime(query.queryString(), e);
            }
            FacetResult result;
            if (numeric) {
                result = new LongValueFacetCounts(field, collected).getTopChildren(query.limit(), field);
            } else {
                if (searcher.getIndexReader().numDocs() == 0) {
                    return List.of();
                }
                Facets facets = new StringValueFacetCounts(new StringDocValuesReaderState(searcher.getIndexReader(), field), collected);
                result = facets.getTopChildren(query.limit(), field);
            }
            List<FacetCount> counts = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            return counts;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Facet counts over every fact. */
    public List<FacetCount> facets(String field) throws IOException {
        return facets(field, FactQuery.builder().limit(100).build());
    }

    private static Sort sortOf(FactQuery.Sort sort) {
        return switch (sort) {
            case VALUE_DESC -> new Sort(new SortField(FactSchema.VALUE, SortField.Type.DOUBLE, true), SortField.FIELD_SCORE);
            case VALUE_ASC -> new Sort(new SortField(FactSchema.VALUE, SortField.Type.DOUBLE, false), SortField.FIELD_SCORE);
            case VALUE_CNY_DESC, VALUE_CNY_ASC -> {
                boolean desc = sort == FactQuery.Sort.VALUE_CNY_DESC;
                SortField f = new SortField(FactSchema.VALUE_CNY, SortField.Type.DOUBLE, desc);
                f.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                yield new Sort(f, SortField.FIELD_SCORE);
            }
            case YEAR_DESC -> new Sort(new SortField(FactSchema.YEAR, SortField.Type.INT, true), SortField.FIELD_SCORE);
            case YEAR_ASC -> new Sort(new SortField(FactSchema.YEAR, SortField.Type.INT, false), SortField.FIELD_SCORE);
            case SUBJECT -> new Sort(new SortField(FactSchema.SUBJECT, SortField.Type.STRING, false), SortField.FIELD_SCORE);
            case RELEVANCE -> Sort.RELEVANCE;
        };
    }

    private IndexSearcher acquire() throws IOException {
        if (writer == null) {
            searchers.maybeRefreshBlocking(); // read-only: a writer elsewhere may have committed
        } else {
            long seen = writes.get(); // read before refreshing: a write after this refreshes next time
            if (seen != refreshedAtWrites) {
                searchers.maybeRefreshBlocking();
                refreshedAtWrites = seen;
            }
        }
        return searchers.acquire();
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("fact index at " + path + " was opened read-only");
        }
        return writer;
    }

    /** Commits pending changes (writable index) and releases the files. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

}
