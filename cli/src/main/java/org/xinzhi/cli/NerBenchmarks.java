package org.xinzhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinzhi.json.Json;
import org.xinzhi.json.LabeledDocument;

/**
 * Readers for public NER test sets, reduced to what {@code eval-ner} scores: sentences and their
 * gold ORG spans in end-EXCLUSIVE char offsets.
 */
final class NerBenchmarks {

    /** One sentence with its gold ORG spans ({start, end} pairs, end exclusive). */
    record Sentence(String text, List<int[]> orgs) {
    }

    private NerBenchmarks() {
    }

    /** MSRA (SIGHAN 2006) character BIO file: {@code char<TAB>tag}, blank line between sentences; ORG = B-ORG I-ORG*. */
    static List<Sentence> msra(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> orgs = new ArrayList<>();
        int orgStart = -1;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    orgStart = closeOrg(orgs, orgStart, text.length());
                    if (text.length() > 0) {
                        out.add(new Sentence(text.toString(), List.copyOf(orgs)));
                    }
                    text.setLength(0);
                    orgs.clear();
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IOException(file + ": expected 'char<TAB>tag', found '" + line + "'");
                }
                String ch = line.substring(0, tab);
                String tag = line.substring(tab + 1).strip();
                if (tag.equals("B-ORG")) {
                    orgStart = closeOrg(orgs, orgStart, text.length());
                    orgStart = text.length();
                } else if (!tag.equals("I-ORG")) {
                    orgStart = closeOrg(orgs, orgStart, text.length());
                }
                text.append(ch);
            }
        }
        closeOrg(orgs, orgStart, text.length());
        if (text.length() > 0) {
            out.add(new Sentence(text.toString(), List.copyOf(orgs)));
        }
        return out;
    }

    private static int closeOrg(List<int[]> orgs, int start, int end) {
        if (start >= 0 && end > start) {
            orgs.add(new int[] {start, end});
        }
        return -1;
    }

    /**
     * Universal NER (CoNLL-like IOB2): {@code # text = ...} gives the sentence, then one word per line
     * ({@code id<TAB>word<TAB>tag<TAB>...}), a blank line between sentences; ORG = B-ORG I-ORG* over
     * whole words, located in the sentence text in order (spaces between words skipped).
     */
    static List<Sentence> uner(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        String text = null;
        int pos = 0;
        int orgStart = -1;
        int orgEnd = -1;
        List<int[]> orgs = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    if (text != null) {
                        closeOrg(orgs, orgStart, orgEnd);
                        out.add(new Sentence(text, List.copyOf(orgs)));
                    }
                    text = null;
                    pos = 0;
                    orgStart = -1;
                    orgs.clear();
                    continue;
                }
                if (line.startsWith("#")) {
                    if (line.startsWith("# text = ")) {
                        text = line.substring("# text = ".length());
                    }
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 3 || text == null) {
                    throw new IOException(file + ":" + lineNo + ": expected 'id<TAB>word<TAB>tag' after a '# text = ' line");
                }
                int at = text.indexOf(cols[1], pos);
                if (at < 0 || !text.substring(pos, at).isBlank()) {
                    throw new IOException(file + ":" + lineNo + ": word '" + cols[1] + "' not found in the sentence text at " + pos);
                }
                int end = at + cols[1].length();
                String tag = cols[2].strip();
                if (tag.equals("B-ORG") || tag.equals("I-ORG") && orgStart < 0) {
                    closeOrg(orgs, orgStart, orgEnd);
                    orgStart = at;
                } else if (!tag.equals("I-ORG")) {
                    orgStart = closeOrg(orgs, orgStart, orgEnd);
                }
                orgEnd = end;
                pos = end;
            }
        }
        if (text != null) {
            closeOrg(orgs, orgStart, orgEnd);
            out.add(new Sentence(text, List.copyOf(orgs)));
        }
        return out;
    }

    /** CLUENER2020 JSON lines; {@code label.<type>.<surface> = [[start, end]]} with end INCLUSIVE. */
    static List<Sentence> cluener(Path file, Set<String> orgLabels) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sentence> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.path("text").asText(null);
            if (text == null) {
                throw new IOException(file + ":" + lineNo + ": no text");
            }
            List<int[]> orgs = new ArrayList<>();
            JsonNode labels = node.path("label");
            for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> type = it.next();
                if (!orgLabels.contains(type.getKey())) {
                    continue;
                }
                for (Iterator<JsonNode> spans = type.getValue().elements(); spans.hasNext(); ) {
                    for (JsonNode span : spans.next()) {
                        int start = span.get(0).asInt();
                        int endInclusive = span.get(1).asInt();
                        orgs.add(new int[] {start, endInclusive + 1});
                    }
                }
            }
            out.add(new Sentence(text, orgs));
        }
        return out;
    }

    /** One gold document of a gold folder: its text and its gold mentions (id = the file stem). */
    record GoldDocument(String text, LabeledDocument gold) {
    }

    /**
     * A folder pair in the project's gold format: every {@code GOLD/stem.gold.jsonl} with its text
     * {@code DOCS/stem.txt}, in stem order.
     */
    static List<GoldDocument> goldFolder(Path docs, Path gold) throws IOException {
        List<Path> files;
        try (java.util.stream.Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(gold + ": no .jsonl gold files");
        }
        List<GoldDocument> out = new ArrayList<>();
        for (Path f : files) {
            String stem = Json.docIdOf(f);
            Path txt = docs.resolve(stem + ".txt");
            if (!Files.isRegularFile(txt)) {
                throw new IOException(f + ": no text " + txt);
            }
            LabeledDocument g = Json.read(f);
            out.add(new GoldDocument(TextFiles.readUtf8(txt), new LabeledDocument(stem, g.mentions(), g.facts())));
        }
        return out;
    }
}
