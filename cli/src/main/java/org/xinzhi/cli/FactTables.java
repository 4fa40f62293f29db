package org.xinzhi.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import org.xinzhi.model.Fact;
import org.xinzhi.index.FacetCount;
import org.xinzhi.index.FactHit;
import org.xinzhi.json.Json;

/** Hits and facet counts as terminal tables (or JSON Lines). */
final class FactTables {

    private FactTables() {
    }

    static void printHits(PrintWriter out, List<FactHit> hits, boolean json) {
        if (json) {
            for (FactHit h : hits) {
                out.println(h.toJson());
            }
            out.flush();
            return;
        }
        if (hits.isEmpty()) {
            out.println("(no facts)");
            out.flush();
            return;
        }
        Table t = new Table(40, "#", "subject", "type", "predicate", "value", "as number", "unit", "time", "doc", "sentence");
        int i = 1;
        for (FactHit h : hits) {
            Fact f = h.fact();
            t.row(i++, f.subject().name(), f.subject().type(), f.predicate(), f.value().text(),
                    number(f.value().value(), f.value().valueMax()), f.value().unit(),
                    f.time() == null ? "" : f.time().text(), h.docId(), h.sentence());
        }
        t.print(out);
    }

    static void printFacets(PrintWriter out, String field, List<FacetCount> counts) {
        if (counts.isEmpty()) {
            out.println("(no facts)");
            out.flush();
            return;
        }
        Table t = new Table(40, field, "facts");
        for (FacetCount c : counts) {
            t.row(c.value(), c.count());
        }
        t.print(out);
    }

    private static String number(BigDecimal value, BigDecimal max) {
        if (value == null) {
            return "";
        }
        return max == null ? Json.plain(value) : Json.plain(value) + "–" + Json.plain(max);
    }
}
