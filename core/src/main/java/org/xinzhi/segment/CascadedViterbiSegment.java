package org.xinzhi.segment;

import com.hankcs.hanlp.recognition.nr.JapanesePersonRecognition;
import com.hankcs.hanlp.recognition.nr.TranslatedPersonRecognition;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;

/**
 * HanLP's standard segmenter with its place and organization role tagging, run through
 * {@link RoleTagger} instead of HanLP's recognizers: the same cascade (word lattice, best path,
 * custom dictionary, person names, places, best path again, organizations, best path again), the
 * same models, the same result, at a fraction of the role-tagging cost.
 *
 * <p>Everything else (lattice, person names, custom dictionary, part-of-speech) is HanLP's own code;
 * index mode and number-quantifier merging, which Xinzhi never turns on, fall back to HanLP's path.
 * Thread-safe like HanLP's segments: all per-call state lives in the call.
 */
final class CascadedViterbiSegment extends ViterbiSegment {

    private final RoleTagger<?> persons = RoleTagger.persons();
    private final RoleTagger<?> places;
    private final RoleTagger<?> organizations;

    /** With {@code roles}, HanLP's place and organization recognition; without, its standard segmentation. */
    CascadedViterbiSegment(boolean roles) {
        enablePlaceRecognize(roles);
        enableOrganizationRecognize(roles);
        places = roles ? RoleTagger.places() : null;
        organizations = roles ? RoleTagger.organizations() : null;
    }

    @Override
    protected List<Term> segSentence(char[] sentence) {
        if (config.indexMode > 0 || config.numberQuantifierRecognize || config.placeRecognize != (places != null)
                || config.organizationRecognize != (organizations != null)) {
            return super.segSentence(sentence);
        }
        WordNet all = new WordNet(sentence);
        generateWordNet(all);
        List<Vertex> path = bestPath(all);
        if (config.useCustomDictionary) {
            path = combineByCustomDictionary(path, customDictionary.dat);
        }
        if (!config.ner) {
            return finish(path);
        }
        WordNet optimum = new WordNet(sentence, path);
        int before = optimum.size();
        if (config.nameRecognize) {
            persons.recognizePersons(path, optimum, all);
        }
        if (config.translatedNameRecognize) {
            TranslatedPersonRecognition.recognition(path, optimum, all);
        }
        if (config.japaneseNameRecognize) {
            JapanesePersonRecognition.recognition(path, optimum, all);
        }
        if (places != null) {
            // Places are tagged on the first best path; organizations on the path that includes the
            // person and place names just found (HanLP's cascaded hidden Markov models).
            places.recognize(path, optimum, all);
            optimum.clean();
            path = bestPath(optimum);
            optimum.clear();
            optimum.addAll(path);
            before = optimum.size();
            organizations.recognize(path, optimum, all);
        }
        if (optimum.size() != before) {
            path = bestPath(optimum);
        }
        return finish(path);
    }

    private List<Term> finish(List<Vertex> path) {
        if (config.speechTagging) {
            speechTagging(path);
        }
        return convert(path, config.offset);
    }

    /** Shortest path through the lattice by HanLP's bigram weights, in HanLP's relaxation order. */
    private static List<Vertex> bestPath(WordNet net) {
        LinkedList<Vertex>[] nodes = net.getVertexes();
        for (Vertex node : nodes[1]) {
            node.updateFrom(nodes[0].getFirst());
        }
        for (int i = 1; i < nodes.length - 1; i++) {
            LinkedList<Vertex> column = nodes[i];
            if (column == null) {
                continue;
            }
            for (Vertex node : column) {
                if (node.from == null) {
                    continue;
                }
                for (Vertex to : nodes[i + node.realWord.length()]) {
                    to.updateFrom(node);
                }
            }
        }
        List<Vertex> path = new ArrayList<>();
        for (Vertex v = nodes[nodes.length - 1].getFirst(); v != null; v = v.from) {
            path.add(v);
        }
        Collections.reverse(path);
        return path;
    }
}
