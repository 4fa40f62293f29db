package org.xinzhi.recognize;

import java.util.ArrayList;
import java.util.List;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.recognize.name.NameRecognizer;

/** The standard recognizers, in the order the extractor runs them. */
public final class Recognizers {
    private Recognizers() {
    }

    /** One instance of each standard recognizer over the given lexicons. */
    public static List<Recognizer> standard(LexiconSet lexicons) {
        List<Recognizer> out = new ArrayList<>();
        // numbers: MONEY, PERCENT, QUANTITY
        out.add(new NumericRecognizer(lexicons));
        // names: ORG, PARK (with aliases)
        out.add(new NameRecognizer(lexicons));
        return List.copyOf(out);
    }
}
