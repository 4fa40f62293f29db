package org.xinzhi.recognize.name;

/**
 * Something that proposes ORG and PARK candidates for a document: a lexicon, a suffix grammar,
 * Latin-script names, context cues, lists, HanLP's role tags, your own. A source proposes; it never
 * decides: the scorer weighs every candidate's evidence and the resolver keeps the best
 * non-overlapping set. Implementations are immutable and thread-safe; the per-document state lives
 * in the {@link NameView} and {@link Proposals} they are handed.
 */
public interface NameSource {

    /** A short stable id (lexicon, suffix, latin ...): the value of a candidate's {@code source}, and a scorer feature. */
    String id();

    /** Adds this source's candidates for one document to {@code out}. */
    void propose(NameView view, Proposals out);
}
