package org.xinzhi.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.model.Mention;

/**
 * Adds a user lexicon (a TSV file: surface, type, canonical, aliases, attributes) and shows an
 * organization and a park the built-in lexicons do not know being found, with their full names.
 *
 * <pre>java -cp xinzhi.jar org.xinzhi.examples.CustomLexicon /tmp/my-lexicon.tsv</pre>
 */
public final class CustomLexicon {

    /** A made-up company and park: no built-in lexicon lists them, no suffix gives them away. */
    static final String LEXICON = """
            # surface\ttype\tcanonical\taliases\tattributes
            澜芯\tORG\t澜芯半导体有限公司\t瀾芯
            青禾谷\tPARK\t青禾谷智造产业园\t\tlevel=municipal
            """;

    static final String TEXT = "青禾谷今年引进澜芯等12家企业，总投资超过20亿元。";

    private CustomLexicon() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("xinzhi-lexicon", ".tsv");
        run(file, System.out);
    }

    /** Writes the lexicon to {@code file}, extracts {@link #TEXT} with it; returns the ORG and PARK mentions. */
    public static List<Mention> run(Path file, PrintStream out) throws IOException {
        Files.writeString(file, LEXICON, StandardCharsets.UTF_8);

        // Built-in lexicons plus ours; a bad line would fail here with file:line: reason.
        Extractor extractor = Extractor.builder().lexicons(file).build();
        for (EntryType type : List.of(EntryType.ORG, EntryType.PARK)) {
            for (String surface : List.of("澜芯", "青禾谷")) {
                LexiconEntry e = extractor.lexicons().lookup(surface, type);
                if (e != null) {
                    out.println("lexicon: " + surface + " " + type + " -> " + e.canonical());
                }
            }
        }

        // Before: the built-in lexicons alone.
        for (Mention m : names(Extractor.builder().build().extract(TEXT))) {
            out.println("without: " + describe(m));
        }
        List<Mention> names = names(extractor.extract(TEXT));
        for (Mention m : names) {
            out.println("found: " + describe(m));
        }
        out.flush();
        return names;
    }

    static List<Mention> names(Extraction result) {
        return result.mentions().stream().filter(m -> m.type().isNamed()).toList();
    }

    private static String describe(Mention m) {
        return m.type() + " " + m.text() + " [" + m.start() + "," + m.end() + ") -> " + m.name();
    }
}
