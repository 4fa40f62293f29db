package org.xinzhi.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.json.Json;

/**
 * Extracts one news article and prints its facts as JSON Lines: a document line, then one line
 * per fact (subject, predicate, value, time, offsets).
 *
 * <pre>java -cp xinzhi.jar org.xinzhi.examples.ExtractOneArticle corpus/news/000_5c98e230a69e5e04.txt</pre>
 */
public final class ExtractOneArticle {

    private ExtractOneArticle() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExtractOneArticle ARTICLE.txt");
            System.exit(2);
        }
        run(Path.of(args[0]), System.out);
    }

    /** Extracts {@code article} and prints its facts; returns the extraction. */
    public static Extraction run(Path article, PrintStream out) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        // Build once, reuse everywhere: an Extractor is immutable and thread-safe.
        Extractor extractor = Extractor.builder().build();
        Extraction extraction = extractor.extract(Document.of(Json.docIdOf(article), text));

        // Only the facts: the same JSON Lines format `xinzhi extract` writes, without the mentions.
        Extraction factsOnly = new Extraction(extraction.docId(), extraction.script(), extraction.published(),
                List.of(), List.of(), List.of(), extraction.facts());
        out.print(Json.toJsonLines(factsOnly));
        out.flush();
        return extraction;
    }
}
