package org.xinzhi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A text to extract from.
 *
 * @param id        the document id (file stem, URL, database key); used in facts and the index
 * @param text      the text as read; any script, any width; may be empty but not null
 * @param published the publication date, if known; relative times (今年, 去年) resolve against it.
 *                  When null, the extractor looks for a header such as {@code 发布时间:2023-07-10}.
 */
public record Document(String id, String text, LocalDate published) {

    public Document {
        Objects.requireNonNull(id, "document id must not be null");
        Objects.requireNonNull(text, "document text must not be null (use \"\" for an empty document)");
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null);
    }

    public Document withPublished(LocalDate date) {
        return new Document(id, text, date);
    }
}
