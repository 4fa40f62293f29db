package org.xinzhi.recognize;

import java.util.List;

/**
 * The currency a bare 元 (or an implied currency) means in a document: CNY unless the text is about
 * Hong Kong or Taiwan money. Decided from general cues counted in the whole (normalized) text, never
 * from the script: traditional characters are also used for mainland news.
 */
final class ContextCurrency {
    private static final Words HONG_KONG = new Words("香港", "港府", "港股", "港交所", "特区政府", "立法会", "港元", "港币", "恒生");
    private static final Words TAIWAN = new Words("台湾", "台北", "新北", "高雄", "台中", "台南", "行政院", "立法院", "新台币", "台股");
    private static final Words MAINLAND = new Words("人民币", "内地", "国务院", "全国", "省", "北京", "上海", "深圳", "广州");

    private ContextCurrency() {
    }

    static String of(String text) {
        int hk = count(text, HONG_KONG);
        int tw = count(text, TAIWAN);
        int cn = count(text, MAINLAND);
        if (hk >= 3 && hk > cn && hk >= tw) {
            return "HKD";
        }
        if (tw >= 3 && tw > cn && tw > hk) {
            return "TWD";
        }
        return "CNY";
    }

    /** A sentence that names Hong Kong or Taiwan money decides for itself; otherwise the document's currency. */
    static String ofSentence(String sentence, String documentCurrency) {
        boolean hk = count(sentence, SENTENCE_HK) > 0;
        boolean tw = count(sentence, SENTENCE_TW) > 0;
        if (hk && !tw) {
            return "HKD";
        }
        if (tw && !hk) {
            return "TWD";
        }
        return documentCurrency;
    }

    private static final Words SENTENCE_HK = new Words("香港", "港府", "特区政府", "港股", "港交所", "恒生", "恒指", "港元", "港币");
    private static final Words SENTENCE_TW = new Words("台湾", "台北", "台股", "新北市", "高雄", "新台币");

    /** Cue words, with the chars they start with (one bit each) and whether counting may take one pass. */
    private static final class Words {
        final List<String> words;
        final long[] firstChars = new long[(Character.MAX_VALUE + 1) >>> 6];
        /** No word has a border (a proper prefix that is also a suffix): its occurrences never overlap. */
        final boolean borderless;

        Words(String... words) {
            this.words = List.of(words);
            boolean none = true;
            for (String w : words) {
                firstChars[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
                for (int k = 1; k < w.length(); k++) {
                    none &= !w.startsWith(w.substring(k));
                }
            }
            this.borderless = none;
        }
    }

    /** Occurrences of the words, each word's counted left to right without overlaps. */
    private static int count(String text, Words ws) {
        int c = 0;
        if (ws.borderless) {
            // one pass: with no borders a word's occurrences cannot overlap, so all of them count
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if ((ws.firstChars[ch >>> 6] & (1L << ch)) != 0) {
                    for (String w : ws.words) {
                        if (text.startsWith(w, i)) {
                            c++;
                        }
                    }
                }
            }
            return c;
        }
        for (String w : ws.words) {
            int i = text.indexOf(w);
            while (i >= 0) {
                c++;
                i = text.indexOf(w, i + w.length());
            }
        }
        return c;
    }
}
