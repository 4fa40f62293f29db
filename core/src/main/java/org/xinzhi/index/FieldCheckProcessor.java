package org.xinzhi.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.queryparser.flexible.core.nodes.AndQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldableNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorImpl;
import org.apache.lucene.queryparser.flexible.standard.nodes.TermRangeQueryNode;

/**
 * The first step of query parsing, on the parser's syntax tree: every field must be one of the
 * index's query fields (else {@link Located} with the field's position), and a value range whose
 * bounds carry a percent sign or a currency is narrowed to that value type and currency (or, on
 * {@code value_cny}, converted to yuan). What each range compared is collected in {@link #notes}.
 * One instance per parse.
 */
final class FieldCheckProcessor extends QueryNodeProcessorImpl {

    /** A problem at a character position of the query string. */
    static final class Located extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int position;

        Located(int position, String reason) {
            super(reason, null, false, false);
            this.position = position;
        }
    }

    private final String query;
    private final UnaryOperator<String> normalize;
    private final CnyRates rates;
    final Set<String> notes = new LinkedHashSet<>();

    FieldCheckProcessor(String query, UnaryOperator<String> normalize, CnyRates rates) {
        this.query = query;
        this.normalize = normalize;
        this.rates = rates;
    }

    @Override
    protected QueryNode preProcessNode(QueryNode node) {
        return node;
    }

    @Override
    protected QueryNode postProcessNode(QueryNode node) {
        if (node instanceof FieldableNode f && f.getField() != null) {
            String field = f.getField().toString();
            if (!field.equals("*") && !FactSchema.QUERY_FIELDS.contains(field)) {
                throw new Located(fieldPosition(node, field), "unknown field '" + field + "'; the fields are "
                        + String.join(", ", FactSchema.QUERY_FIELDS) + " (docs/index.md)");
            }
            if (node instanceof TermRangeQueryNode r && FactSchema.VALUE_FIELDS.contains(field)) {
                return range(r, field);
            }
        }
        return node;
    }

    @Override
    protected List<QueryNode> setChildrenOrder(List<QueryNode> children) {
        return children;
    }

    private QueryNode range(TermRangeQueryNode r, String field) {
        FieldQueryNode lo = r.getLowerBound();
        FieldQueryNode hi = r.getUpperBound();
        ValueBound a = ValueBound.read(normalize.apply(lo.getTextAsString()));
        ValueBound b = ValueBound.read(normalize.apply(hi.getTextAsString()));
        if (a == null || b == null) {
            return r; // not a number: the points parser reports it with its position
        }
        ValueBound.Kind kind = ValueBound.Kind.OPEN;
        String currency = null;
        for (ValueBound v : new ValueBound[] {a, b}) {
            if (v.kind() == ValueBound.Kind.OPEN) {
                continue;
            }
            if (kind != ValueBound.Kind.OPEN && (kind != v.kind() || !java.util.Objects.equals(currency, v.currency()))) {
                throw new Located(hi.getBegin(), "the bounds of " + field + ":[" + lo.getTextAsString() + " TO "
                        + hi.getTextAsString() + "] are of different kinds (" + describe(kind, currency) + " and "
                        + describe(v.kind(), v.currency()) + ")");
            }
            kind = v.kind();
            currency = v.currency();
        }
        String range = field + ":[" + lo.getTextAsString() + " TO " + hi.getTextAsString() + "]";
        if (field.equals(FactSchema.VALUE_CNY)) {
            if (kind == ValueBound.Kind.PERCENT) {
                throw new Located(lo.getBegin(), FactSchema.VALUE_CNY + " holds money only (in CNY); a percent bound belongs on value");
            }
            String from = currency == null ? "CNY" : currency;
            BigDecimal rate = rates.rates().get(from);
            if (rate == null) {
                throw new Located(lo.getBegin(), "no conversion rate for " + from + " in the table of " + rates.date()
                        + " (" + String.join(", ", rates.rates().keySet()) + ")");
            }
            FieldQueryNode nlo = bound(lo, a, rates, from);
            FieldQueryNode nhi = bound(hi, b, rates, from);
            notes.add(range + ": money of every currency in the table, converted to CNY at the rates of " + rates.date()
                    + (from.equals("CNY") ? "" : "; bounds " + from + " → CNY at " + rate.toPlainString()));
            return new TermRangeQueryNode(nlo, nhi, r.isLowerInclusive(), r.isUpperInclusive());
        }
        if (kind == ValueBound.Kind.OPEN || kind == ValueBound.Kind.PLAIN) {
            notes.add(range + ": plain numbers in base units, every value type and unit (add % or a currency to a bound to narrow it)");
            return r;
        }
        TermRangeQueryNode plain = new TermRangeQueryNode(bound(lo, a, null, null), bound(hi, b, null, null),
                r.isLowerInclusive(), r.isUpperInclusive());
        List<QueryNode> parts = new ArrayList<>();
        parts.add(plain);
        if (kind == ValueBound.Kind.PERCENT) {
            parts.add(new FieldQueryNode(FactSchema.VALUE_TYPE, "PERCENT", lo.getBegin(), lo.getEnd()));
            notes.add(range + ": percentages only (value_type PERCENT; 15% = 0.15)");
        } else {
            parts.add(new FieldQueryNode(FactSchema.VALUE_TYPE, "MONEY", lo.getBegin(), lo.getEnd()));
            parts.add(new FieldQueryNode(FactSchema.UNIT, currency, lo.getBegin(), lo.getEnd()));
            notes.add(range + ": money in " + currency + " only (use value_cny to compare across currencies)");
        }
        return new GroupQueryNode(new AndQueryNode(parts));
    }

    /** A bound rewritten as a plain number (converted to CNY when a rate is given). */
    private static FieldQueryNode bound(FieldQueryNode n, ValueBound v, CnyRates rates, String currency) {
        String text = n.getTextAsString();
        if (v.value() != null) {
            BigDecimal x = rates == null ? v.value() : rates.toCny(v.value(), currency);
            text = x.toPlainString();
        }
        return new FieldQueryNode(n.getField(), text, n.getBegin(), n.getEnd());
    }

    private static String describe(ValueBound.Kind kind, String currency) {
        return switch (kind) {
            case PERCENT -> "a percentage";
            case MONEY -> "money in " + currency;
            default -> "a plain number";
        };
    }

    private int fieldPosition(QueryNode node, String field) {
        int at = query.indexOf(field + ":");
        if (at >= 0) {
            return at;
        }
        if (node instanceof FieldQueryNode fq && fq.getBegin() >= 0) {
            return Math.max(0, fq.getBegin() - field.length() - 1);
        }
        return 0;
    }
}
