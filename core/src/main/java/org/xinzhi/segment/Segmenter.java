package org.xinzhi.segment;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import com.hankcs.hanlp.dictionary.nt.OrganizationDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinzhi.text.Sentence;

/**
 * HanLP's standard (Viterbi) segmenter over normalized text, returning tokens with offsets.
 *
 * <p>Each instance owns its HanLP {@link Segment}; nothing is written into HanLP's global
 * dictionaries or {@code HanLP.Config}, so an application that uses HanLP itself is not affected.
 * Text is segmented one sentence at a time (long sentences in bounded chunks), which keeps memory
 * flat on enormous documents. Thread-safe: HanLP segments are safe for concurrent {@code seg} calls
 * once configured, and the configuration is fixed at construction.
 */
public final class Segmenter {

    /** Longest run handed to HanLP at once; longer sentences are cut at a punctuation mark or here. */
    static final int MAX_CHUNK = 2000;

    private final Segment segment;
    private final boolean entities;

    private Segmenter(boolean entities) {
        this.entities = entities;
        // Organization and place roles are signals for the ORG/PARK recognizers (same result as
        // HanLP's own role tagging, decoded faster); person names are recognized by default in
        // HanLP's standard segmenter.
        Segment s = new CascadedViterbiSegment(entities);
        s.enableOffset(false);
        this.segment = s;
    }

    /** HanLP's standard segmentation, as {@code HanLP.segment} does it by default. */
    public static Segmenter standard() {
        return new Segmenter(false);
    }

    /** Standard segmentation plus HanLP's organization and place role tagging. */
    public static Segmenter withEntityRoles() {
        return new Segmenter(true);
    }

    /**
     * Loads HanLP's organization and place role dictionaries now, on the calling thread, as
     * creating a segmenter with role tagging would (once per JVM: they are HanLP's own, read-only
     * after loading). Building the organization patterns' automaton is the largest single part of
     * HanLP's start, so a second thread can take it while another loads the core dictionaries. The
     * JVM's class initialization makes concurrent calls safe: a dictionary another thread is
     * loading is waited for, never loaded twice.
     */
    public static void loadRoleDictionaries() {
        Objects.requireNonNull(OrganizationDictionary.trie, "HanLP organization dictionary");
        Objects.requireNonNull(PlaceDictionary.trie, "HanLP place dictionary");
    }

    /** Whether HanLP's core dictionary knows {@code word} as a place name (ns): 杭州 yes, 国家 no. */
    public static boolean isPlaceWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    public boolean recognizesEntities() {
        return entities;
    }

    /** Segments a whole text (split into sentences first). */
    public List<Token> segment(String text) {
        Objects.requireNonNull(text, "text");
        List<Token> out = new ArrayList<>(text.length() / 2 + 1);
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            segmentRange(text, pos, lineEnd, out);
            pos = lineEnd + 1;
        }
        return out;
    }

    /** Segments the given sentences of {@code text}; tokens between sentences are not produced. */
    public List<Token> segment(String text, List<Sentence> sentences) {
        List<Token> out = new ArrayList<>(text.length() / 2 + 1);
        for (Sentence s : sentences) {
            segmentRange(text, s.start(), s.end(), out);
        }
        return out;
    }

    private void segmentRange(String text, int from, int to, List<Token> out) {
        int pos = from;
        while (pos < to) {
            int end = chunkEnd(text, pos, to);
            segmentChunk(text, pos, end, out);
            pos = end;
        }
    }

    private static int chunkEnd(String text, int from, int to) {
        if (to - from <= MAX_CHUNK) {
            return to;
        }
        int limit = from + MAX_CHUNK;
        for (int i = limit; i > from + MAX_CHUNK / 2; i--) {
            char c = text.charAt(i - 1);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '。' || c == ' ' || c == '、') {
                return i;
            }
        }
        // Never cut a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit + 1 : limit;
    }

    private void segmentChunk(String text, int from, int to, List<Token> out) {
        String chunk = text.substring(from, to);
        List<Term> terms = segment.seg(chunk);
        int cursor = 0;
        for (Term term : terms) {
            String word = term.word;
            if (word.isEmpty()) {
                continue;
            }
            int at = chunk.startsWith(word, cursor) ? cursor : chunk.indexOf(word, cursor);
            if (at < 0) {
                continue; // HanLP changed the word (should not happen with normalization off)
            }
            int start = at;
            int end = at + word.length();
            // Keep surrogate pairs whole: a boundary inside a pair moves to the pair's end.
            if (end < chunk.length() && Character.isLowSurrogate(chunk.charAt(end)) && Character.isHighSurrogate(chunk.charAt(end - 1))) {
                end++;
            }
            if (start < cursor) {
                start = cursor;
            }
            if (start >= end) {
                continue;
            }
            String slice = chunk.substring(start, end);
            if (!slice.isBlank()) {
                out.add(new Token(from + start, from + end, slice, slice, term.nature == null ? "x" : term.nature.toString()));
            }
            cursor = end;
        }
    }
}
