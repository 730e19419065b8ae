// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clients of a crash check were told, to hold the server to it after a restart: every edit answered 200 (its
 * document, version, id, operation and summary, and its effect on one pair or sentence), and every request whose
 * answer never came because the server was killed (it may or may not have been stored). Safe for many client threads.
 * <p>
 * A target names what an edit changed, within its document: {@code pair:<id>} (a status) or {@code target:<index>}
 * (a sentence's text). An edit's effect is checked when it is the latest acknowledged edit of its target and no
 * request of unknown outcome (the ones in flight at a kill) could have changed the target after it.
 */
final class EditLedger {
    /** An edit answered 200. {@code effect} is the target's status or text afterwards; null when not checked. */
    record Ack(long document, long version, long editId, String operation, String summary, String target,
               String effect, int round, long nanos) {
    }

    /** The check of every acknowledged edit against the server as it is now. */
    record Verdict(int acknowledged, int found, int missing, int replaced, int effectsChecked, int effectsWrong,
                   List<String> problems) {
        boolean clean() {
            return found == acknowledged && effectsWrong == 0;
        }
    }

    private final List<Ack> acks = new ArrayList<>();
    /** Per document and target, the last round in which a request of unknown outcome touched it. */
    private final Map<String, Integer> uncertain = new HashMap<>();
    /** Pairs a structural edit (merge, split) was sent for: they may be gone, so their status is not checked. */
    private final Set<String> gone = new HashSet<>();
    private int unknownOutcomes;

    synchronized void acked(Ack ack) {
        acks.add(ack);
    }

    /** A request that got no answer: each of its targets may or may not have changed. */
    synchronized void unknown(long document, List<String> targets, int round) {
        unknownOutcomes++;
        for (String target : targets) {
            uncertain.merge(document + "/" + target, round, Math::max);
        }
    }

    synchronized void structural(long document, List<String> targets) {
        targets.forEach(target -> gone.add(document + "/" + target));
    }

    synchronized int acknowledged(int round) {
        return (int) acks.stream().filter(ack -> ack.round() == round).count();
    }

    synchronized int unknownOutcomes() {
        return unknownOutcomes;
    }

    /** When the last edit of {@code round} was acknowledged (System.nanoTime), or Long.MIN_VALUE. */
    synchronized long lastAckNanos(int round) {
        return acks.stream().filter(ack -> ack.round() == round).mapToLong(Ack::nanos).max().orElse(Long.MIN_VALUE);
    }

    /** The highest version acknowledged for {@code document}, or 0. */
    synchronized long highestVersion(long document) {
        return acks.stream().filter(ack -> ack.document() == document).mapToLong(Ack::version).max().orElse(0);
    }

    /**
     * Checks every acknowledged edit: its document is at its version or later, the history holds it at that version
     * (same id, operation and summary: a different edit there means the version was given out twice), and the latest
     * acknowledged edit of each target shows its effect unless a request of unknown outcome came after it.
     *
     * @param states    every document edited, read back
     * @param histories each document's history ({@code GET /api/documents/{id}/edits})
     */
    synchronized Verdict verify(Map<Long, DocumentState> states, Map<Long, JsonNode> histories) {
        var problems = new ArrayList<String>();
        int found = 0;
        int missing = 0;
        int replaced = 0;
        var latest = new HashMap<String, Ack>();
        var byVersion = new HashMap<Long, Map<Long, JsonNode>>();
        histories.forEach((document, history) -> {
            var entries = new HashMap<Long, JsonNode>();
            history.forEach(entry -> entries.put(entry.get("version").asLong(), entry));
            byVersion.put(document, entries);
        });
        for (Ack ack : acks) {
            JsonNode entry = byVersion.get(ack.document()).get(ack.version());
            if (entry == null || states.get(ack.document()).version() < ack.version()) {
                missing++;
                note(problems, "document " + ack.document() + " has lost version " + ack.version() + " ("
                        + ack.summary() + ", round " + ack.round() + "; the document is at version "
                        + states.get(ack.document()).version() + ")");
            } else if (entry.get("id").asLong() != ack.editId() || !entry.get("operation").asText().equals(ack.operation())
                    || !entry.get("summary").asText().equals(ack.summary())) {
                replaced++;
                note(problems, "document " + ack.document() + " version " + ack.version() + " was acknowledged as "
                        + ack.summary() + " (edit " + ack.editId() + ") but is now " + entry.get("summary").asText()
                        + " (edit " + entry.get("id") + "): the version was given out twice");
            } else {
                found++;
            }
            if (ack.effect() != null) {
                latest.merge(ack.document() + "/" + ack.target(), ack, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        int checked = 0;
        int wrong = 0;
        for (var entry : latest.entrySet()) {
            Ack ack = entry.getValue();
            Integer unsure = uncertain.get(entry.getKey());
            if (gone.contains(entry.getKey()) || unsure != null && unsure >= ack.round()) {
                continue;
            }
            checked++;
            String actual = actual(states.get(ack.document()), ack.target());
            if (!ack.effect().equals(actual)) {
                wrong++;
                note(problems, "document " + ack.document() + " " + ack.target() + " is “" + shortened(actual)
                        + "”, but version " + ack.version() + " (" + ack.summary() + ") made it “"
                        + shortened(ack.effect()) + "”");
            }
        }
        return new Verdict(acks.size(), found, missing, replaced, checked, wrong, problems);
    }

    private static String actual(DocumentState state, String target) {
        String[] parts = target.split(":", 2);
        return switch (parts[0]) {
            case "pair" -> state.statusByPair().get(Long.parseLong(parts[1]));
            case "target" -> state.targetTexts().get(Integer.parseInt(parts[1]));
            default -> throw new IllegalArgumentException("unknown target " + target);
        };
    }

    /** The end of a text, where the edit marks are. */
    private static String shortened(String text) {
        return text == null || text.length() <= 40 ? text : "…" + text.substring(text.length() - 39);
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }
}
