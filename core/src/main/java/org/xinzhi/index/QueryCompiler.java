package org.xinzhi.index;

import java.text.NumberFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorPipeline;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.PointsConfig;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.queryparser.flexible.standard.parser.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.xinzhi.model.MentionType;

/** Turns a {@link FactQuery} into a Lucene query. Immutable; a new parser per query string. */
final class QueryCompiler {

    /** Where Lucene's lexer reports a position: "Lexical error at line 1, column 7." */
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

    /** Longest query string parsed; longer ones are refused before parsing (parsing time grows with length). */
    static final int MAX_QUERY_CHARS = 10_000;
    /** Deepest nesting of parentheses parsed. */
    static final int MAX_DEPTH = 64;

    /** A Lucene query and what its value ranges compared (null when it has none). */
    record Compiled(Query query, String comparison) {
    }

    private final Analyzer analyzer;
    private final FactSchema schema;
    private final Map<String, PointsConfig> points;

    QueryCompiler(Analyzer queryAnalyzer, FactSchema schema) {
        this.analyzer = queryAnalyzer;
        this.schema = schema;
        NumberFormat amount = new AmountFormat();
        NumberFormat year = new YearFormat();
        NumberFormat day = new EpochDayFormat();
        this.points = Map.of(
                FactSchema.VALUE, new PointsConfig(amount, Double.class),
                FactSchema.VALUE_MAX, new PointsConfig(amount, Double.class),
                FactSchema.VALUE_CNY, new PointsConfig(amount, Double.class),
                FactSchema.YEAR, new PointsConfig(year, Integer.class),
                FactSchema.TIME_FROM, new PointsConfig(day, Long.class),
                FactSchema.TIME_TO, new PointsConfig(day, Long.class));
    }

    Compiled compile(FactQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (q.queryString != null) {
            Compiled parsed = parseWithNotes(q.queryString);
            b.add(parsed.query(), Occur.MUST);
            if (parsed.comparison() != null) {
                notes.add(parsed.comparison());
            }
            clauses++;
        }
        if (q.subject != null) {
            b.add(words(FactSchema.SUBJECT, q.subject), Occur.MUST);
            clauses++;
        }
        if (q.predicate != null) {
            b.add(words(FactSchema.PREDICATE, q.predicate), Occur.MUST);
            clauses++;
        }
        if (q.text != null) {
            b.add(words(FactSchema.TEXT, q.text), Occur.MUST);
            clauses++;
        }
        if (q.subjectType != null) {
            b.add(keyword(FactSchema.SUBJECT_TYPE, q.subjectType), Occur.FILTER);
            clauses++;
        }
        if (q.valueType != null) {
            b.add(keyword(FactSchema.VALUE_TYPE, q.valueType), Occur.FILTER);
            clauses++;
        }
        if (q.unit != null) {
            b.add(new TermQuery(new Term(FactSchema.UNIT, schema.normalizeUnit(q.unit))), Occur.FILTER);
            clauses++;
        }
        if (q.docId != null) {
            b.add(new TermQuery(new Term(FactSchema.DOC_ID, q.docId)), Occur.FILTER);
            clauses++;
        }
        if (q.valueMin != null || q.valueMax != null) {
            b.add(valueRange(q), Occur.FILTER);
            notes.add("value range of the query builder: plain numbers in base units"
                    + (q.valueType == null ? ", every value type and unit" : ", " + q.valueType)
                    + (q.unit == null ? "" : " in " + q.unit));
            clauses++;
        }
        if (q.yearFrom != null) {
            b.add(IntPoint.newRangeQuery(FactSchema.YEAR, q.yearFrom, q.yearTo), Occur.FILTER);
            clauses++;
        }
        if (q.timeFrom != null || q.timeTo != null) {
            // Overlap: the fact's period starts before the range ends and ends after it starts.
            long from = q.timeFrom == null ? Long.MIN_VALUE : q.timeFrom.toEpochDay();
            long to = q.timeTo == null ? Long.MAX_VALUE : q.timeTo.toEpochDay();
            b.add(LongPoint.newRangeQuery(FactSchema.TIME_FROM, Long.MIN_VALUE, to), Occur.FILTER);
            b.add(LongPoint.newRangeQuery(FactSchema.TIME_TO, from, Long.MAX_VALUE), Occur.FILTER);
            clauses++;
        }
        String comparison = notes.isEmpty() ? null : String.join("; ", notes);
        if (clauses == 0) {
            return new Compiled(new MatchAllDocsQuery(), comparison);
        }
        if (q.queryString == null && q.subject == null && q.predicate == null && q.text == null) {
            // Only filters: every fact that passes them, scored alike.
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        try {
            return new Compiled(b.build(), comparison);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new FactQueryException(q.queryString, 0, 0, 0, tooMany(), e);
        }
    }

    /** Parses a query string; a malformed one raises {@link FactQueryException} with its position. */
    Query parse(String queryString) {
        return parseWithNotes(queryString).query();
    }

    private Compiled parseWithNotes(String queryString) {
        checkSize(queryString);
        StandardQueryParser parser = new StandardQueryParser(analyzer);
        parser.setDefaultOperator(StandardQueryConfigHandler.Operator.AND);
        parser.setPointsConfigMap(points);
        parser.setAllowLeadingWildcard(false);
        FieldCheckProcessor checks = new FieldCheckProcessor(queryString, schema::normalize, schema.rates());
        checks.setQueryConfigHandler(parser.getQueryConfigHandler());
        ((QueryNodeProcessorPipeline) parser.getQueryNodeProcessor()).add(0, checks);
        try {
            Query q = parser.parse(queryString, FactSchema.TEXT);
            return new Compiled(q, checks.notes.isEmpty() ? null : String.join("; ", checks.notes));
        } catch (QueryNodeException e) {
            throw located(queryString, e);
        } catch (FieldCheckProcessor.Located e) {
            throw at(queryString, e.position, e.getMessage(), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new FactQueryException(queryString, 0, 1, 1, tooMany(), e);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FactQueryException(queryString, 0, 1, 1, reason, e);
        }
    }

    static String tooMany() {
        return "too many clauses: the query expands to more than " + IndexSearcher.getMaxClauseCount()
                + " terms (narrow a wildcard, prefix or fuzzy term, or split the query)";
    }

    /** Refuses, before parsing, a query string too long or too deeply nested to parse in bounded time. */
    private static void checkSize(String query) {
        if (query.length() > MAX_QUERY_CHARS) {
            throw at(query, MAX_QUERY_CHARS, "query too long: " + query.length() + " characters, at most " + MAX_QUERY_CHARS, null);
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw at(query, i, "parentheses nested too deeply: more than " + MAX_DEPTH + " levels", null);
                }
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    private static FactQueryException at(String query, int position, String reason, Throwable cause) {
        int line = 1 + (int) query.substring(0, position).chars().filter(c -> c == '\n').count();
        int column = position - query.lastIndexOf('\n', position - 1);
        return new FactQueryException(query, position, line, column, reason, cause);
    }

    private static FactQueryException located(String query, QueryNodeException e) {
        String reason = e.getLocalizedMessage();
        // Lucene's query lexer (FastCharStream) counts "columns" as 0-based offsets into the whole
        // query string and does not count lines; so its column is our character position.
        int position = -1;
        boolean atEnd = false;
        if (e instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            // The token the parser could not accept.
            position = pe.currentToken.next.beginColumn;
            atEnd = pe.currentToken.next.kind == 0;
        } else if (e instanceof QueryNodeParseException qe && qe.getBeginLine() > 0) {
            position = qe.getBeginColumn();
        }
        if (position < 0) {
            Matcher m = LINE_COLUMN.matcher(reason + " " + causeMessage(e));
            if (m.find()) {
                position = Integer.parseInt(m.group(2));
            }
        }
        if (position < 0) {
            position = quotedTextPosition(query, reason);
        }
        reason = explainNumber(reason);
        if (reason != null && reason.startsWith("Too many boolean clauses")) {
            reason = tooMany();
        } else if (reason != null && reason.length() > 300) {
            reason = reason.substring(0, 300) + "…";
        }
        if (atEnd || position > query.length()) {
            position = query.length();
            reason = "unexpected end of query; " + reason;
        }
        int line = 0;
        int column = 0;
        if (position >= 0) {
            line = 1 + (int) query.substring(0, position).chars().filter(c -> c == '\n').count();
            column = position - query.lastIndexOf('\n', position - 1);
        }
        return new FactQueryException(query, position, line, column, reason, e);
    }

    /** Lucene says 'Could not parse text "abc" using ...AmountFormat'; say what is expected instead. */
    private static String explainNumber(String reason) {
        if (reason == null || !reason.startsWith("Could not parse text")) {
            return reason;
        }
        int open = reason.indexOf('"');
        int close = open < 0 ? -1 : reason.indexOf('"', open + 1);
        String text = close > open ? reason.substring(open, close + 1) : "the text";
        if (reason.contains(AmountFormat.class.getSimpleName())) {
            return text + " is not an amount (write e.g. 1e10, 10000000000, 1,000,000, 100亿, 5万元 or 15%)";
        }
        if (reason.contains(YearFormat.class.getSimpleName())) {
            return text + " is not a year (write e.g. 2024)";
        }
        if (reason.contains(EpochDayFormat.class.getSimpleName())) {
            return text + " is not a date (write e.g. 2024-03-31, 2024-03 or 2024)";
        }
        return reason;
    }

    private static String causeMessage(Throwable e) {
        return e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
    }

    /** Lucene names a number it cannot read in quotes ("abc"); find it in the query. */
    private static int quotedTextPosition(String query, String reason) {
        if (reason == null) {
            return -1;
        }
        for (char quote : new char[] {'"', '\''}) {
            int open = reason.indexOf(quote);
            int close = open < 0 ? -1 : reason.indexOf(quote, open + 1);
            if (close > open + 1) {
                int at = query.indexOf(reason.substring(open + 1, close));
                if (at >= 0) {
                    return at;
                }
            }
        }
        return -1;
    }

    private Query words(String field, String text) {
        Query q = new QueryBuilder(analyzer).createBooleanQuery(field, text, Occur.MUST);
        return q == null ? new MatchNoDocsQuery("no searchable words in " + field + ": " + text) : q;
    }

    private static Query keyword(String field, MentionType type) {
        return new TermQuery(new Term(field, type.name()));
    }

    private static Query valueRange(FactQuery q) {
        double min = q.valueMin == null ? Double.NEGATIVE_INFINITY : q.valueMin.doubleValue();
        double max = q.valueMax == null ? Double.POSITIVE_INFINITY : q.valueMax.doubleValue();
        if (q.valueMin != null && !q.minInclusive) {
            min = DoublePoint.nextUp(min);
        }
        if (q.valueMax != null && !q.maxInclusive) {
            max = DoublePoint.nextDown(max);
        }
        return DoublePoint.newRangeQuery(FactSchema.VALUE, min, max);
    }

}
