package org.xinzhi.eval;

/**
 * SIGHAN word segmentation scores.
 *
 * @param words          word precision/recall/F1 (gold words, predicted words, words with the same span)
 * @param oov            recall on gold words missing from the training word list (gold = OOV words)
 * @param inVocabulary   recall on gold words present in the training word list
 * @param differingChars positions where gold and prediction have different characters (compared by position)
 */
public record SegmentationScore(Score words, Score oov, Score inVocabulary, int differingChars) {

    /** The share of gold words that are out of vocabulary. */
    public double oovRate() {
        return words.gold() == 0 ? 0.0 : oov.gold() / (double) words.gold();
    }
}
