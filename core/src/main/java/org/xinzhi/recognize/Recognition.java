package org.xinzhi.recognize;

import java.util.List;
import org.xinzhi.model.Mention;

/**
 * What a recognizer found, and the candidates it considered and dropped (each with the reason in
 * its evidence), for explanations.
 *
 * @param mentions the mentions
 * @param rejected the losing candidates; empty for recognizers that keep no record
 */
public record Recognition(List<Mention> mentions, List<Mention> rejected) {
    public Recognition {
        mentions = List.copyOf(mentions);
        rejected = List.copyOf(rejected);
    }
}
