package org.xinzhi.index;

/**
 * A query string that cannot be parsed, or a query that cannot be run, with where it went wrong:
 * the character position in the query string (0-based) and the parser's line and column (1-based),
 * when the parser reports them.
 */
public final class FactQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;
    private final int line;
    private final int column;

    FactQueryException(String query, int position, int line, int column, String reason, Throwable cause) {
        this(query, position, line, column, reason, cause, "cannot parse query");
    }

    /** A query that parsed but that Lucene cannot run (too many clauses, a fuzzy term too complex). */
    static FactQueryException atRunTime(String query, RuntimeException cause) {
        String reason = cause instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses
                ? QueryCompiler.tooMany()
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FactQueryException(query, -1, 0, 0, reason, cause, "cannot run query");
    }

    private FactQueryException(String query, int position, int line, int column, String reason, Throwable cause, String what) {
        super(message(what, query, position, line, column, reason), cause);
        this.query = query;
        this.position = position;
        this.line = line;
        this.column = column;
    }

    private static String message(String what, String query, int position, int line, int column, String reason) {
        StringBuilder sb = new StringBuilder(what);
        if (line > 0) {
            sb.append(" at line ").append(line).append(", column ").append(column);
        } else if (position >= 0) {
            sb.append(" at character ").append(position + 1);
        }
        sb.append(": ").append(reason);
        if (query != null && position >= 0 && query.length() <= 200 && query.indexOf('\n') < 0) {
            // A caret under the spot, as compilers do.
            sb.append('\n').append("  ").append(query).append('\n').append("  ").append(" ".repeat(position)).append('^');
        }
        return sb.toString();
    }

    /** The query string as given. */
    public String query() {
        return query;
    }

    /** 0-based character position of the error in the query string, or -1 if unknown. */
    public int position() {
        return position;
    }

    /** 1-based line of the error, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the error, or 0 if unknown. */
    public int column() {
        return column;
    }
}
