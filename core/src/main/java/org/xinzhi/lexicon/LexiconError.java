package org.xinzhi.lexicon;

/**
 * A bad lexicon line.
 *
 * @param file   the file or resource name
 * @param line   1-based line number (0 when the whole file is at fault)
 * @param reason what is wrong, in words
 */
public record LexiconError(String file, int line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
