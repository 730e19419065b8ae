// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A document as read back over REST: its summary and every pair. It is whole when its pairs tile both sides' sentences
 * (each sentence in exactly one pair, in order, positions 0…n-1), the counts agree with the pairs, and each side has
 * the number of sentences it was imported with; {@link #fault()} says what is wrong otherwise.
 *
 * @param statusByPair      the status of each pair, by pair id
 * @param targetTexts       the text of each target sentence, by index
 * @param exportableUnits   the pairs a {@code status=all} TMX export holds: not rejected, both sides non-empty
 */
record DocumentState(long id, String title, long version, long sourceSentences, long targetSentences,
                     Map<Long, String> statusByPair, Map<Integer, String> targetTexts, int exportableUnits,
                     String fault) {
    private static final int PAGE = 1000;

    boolean whole() {
        return fault == null;
    }

    /**
     * Reads document {@code id}; {@code sentencesPerSide} is what each side was imported with (edits here never add or
     * remove sentences), or -1 to skip that comparison.
     */
    static DocumentState read(LoopbackClient client, long id, long sentencesPerSide) {
        var summaryReply = client.get("/api/documents/" + id);
        if (summaryReply.status() != 200) {
            throw new IllegalStateException("GET document " + id + ": " + summaryReply.status() + " "
                    + LoopbackClient.abbreviate(summaryReply.body()));
        }
        JsonNode summary = client.json(summaryReply);
        long sources = summary.get("sourceSentences").asLong();
        long targets = summary.get("targetSentences").asLong();
        long pairs = summary.get("pairs").asLong();
        var statuses = new HashMap<Long, String>();
        var texts = new HashMap<Integer, String>();
        String fault = null;
        int nextSource = 0;
        int nextTarget = 0;
        int position = 0;
        int exportable = 0;
        long total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += PAGE) {
            var pageReply = client.get("/api/documents/" + id + "/pairs?offset=" + offset + "&limit=" + PAGE);
            if (pageReply.status() != 200) {
                throw new IllegalStateException("GET pairs of " + id + ": " + pageReply.status());
            }
            JsonNode page = client.json(pageReply);
            total = page.get("total").asLong();
            for (JsonNode pair : page.get("items")) {
                if (fault == null && pair.get("position").asInt() != position) {
                    fault = "pair " + pair.get("id") + " is at position " + pair.get("position") + ", expected " + position;
                }
                position++;
                for (JsonNode sentence : pair.get("source")) {
                    if (fault == null && sentence.get("index").asInt() != nextSource) {
                        fault = "source sentence " + sentence.get("index") + " where " + nextSource + " belongs";
                    }
                    nextSource++;
                }
                for (JsonNode sentence : pair.get("target")) {
                    if (fault == null && sentence.get("index").asInt() != nextTarget) {
                        fault = "target sentence " + sentence.get("index") + " where " + nextTarget + " belongs";
                    }
                    texts.put(sentence.get("index").asInt(), sentence.get("text").asText());
                    nextTarget++;
                }
                String status = pair.get("status").asText();
                statuses.put(pair.get("id").asLong(), status);
                if (!"REJECTED".equals(status) && !pair.get("source").isEmpty() && !pair.get("target").isEmpty()) {
                    exportable++;
                }
            }
            if (page.get("items").isEmpty()) {
                break;
            }
        }
        if (fault == null && (position != pairs || position != total)) {
            fault = position + " pairs listed, the document counts " + pairs + " (total " + total + ")";
        } else if (fault == null && (nextSource != sources || nextTarget != targets)) {
            fault = "the pairs hold " + nextSource + " + " + nextTarget + " sentences, the document counts " + sources
                    + " + " + targets;
        } else if (fault == null && sentencesPerSide >= 0 && (sources != sentencesPerSide || targets != sentencesPerSide)) {
            fault = sources + " + " + targets + " sentences, imported with " + sentencesPerSide + " per side";
        }
        return new DocumentState(id, summary.get("title").asText(), summary.get("version").asLong(), sources, targets,
                statuses, texts, exportable, fault);
    }
}
