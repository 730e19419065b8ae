// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.util.Random;

/**
 * A deterministic English–German parallel text, one sentence per line, for benchmarks that need a large document:
 * sentences of 3 to 45 words (mostly 8 to 20), some with numbers, the German line a word-for-word rendering of the
 * English one, now and then a word longer. Same seed, same text.
 */
final class SyntheticCorpus {
    private static final String[][] WORDS = {
            {"the", "die"}, {"house", "Haus"}, {"river", "Fluss"}, {"old", "alte"}, {"city", "Stadt"},
            {"council", "Rat"}, {"decided", "beschloss"}, {"to", "zu"}, {"build", "bauen"}, {"a", "eine"},
            {"new", "neue"}, {"bridge", "Brücke"}, {"across", "über"}, {"valley", "Tal"}, {"after", "nach"},
            {"long", "langer"}, {"debate", "Debatte"}, {"about", "über"}, {"costs", "Kosten"}, {"and", "und"},
            {"time", "Zeit"}, {"workers", "Arbeiter"}, {"started", "begannen"}, {"in", "im"}, {"spring", "Frühling"},
            {"while", "während"}, {"children", "Kinder"}, {"watched", "sahen"}, {"from", "vom"}, {"school", "Schule"},
            {"window", "Fenster"}, {"every", "jeden"}, {"morning", "Morgen"}, {"engineer", "Ingenieurin"},
            {"measured", "maß"}, {"water", "Wasser"}, {"level", "Pegel"}, {"carefully", "sorgfältig"},
            {"because", "weil"}, {"storms", "Stürme"}, {"were", "waren"}, {"expected", "erwartet"}, {"later", "später"},
            {"summer", "Sommer"}, {"report", "Bericht"}, {"said", "sagte"}, {"that", "dass"}, {"project", "Projekt"},
            {"would", "würde"}, {"finish", "enden"}, {"early", "früh"}, {"despite", "trotz"}, {"rain", "Regen"},
            {"village", "Dorf"}, {"market", "Markt"}, {"opened", "öffnete"}, {"again", "wieder"}, {"with", "mit"},
            {"fresh", "frischem"}, {"bread", "Brot"}, {"cheese", "Käse"}, {"apples", "Äpfeln"}};
    private static final String[] ENDS = {".", ".", ".", ".", "?", "!"};

    private final String source;
    private final String target;

    private SyntheticCorpus(String source, String target) {
        this.source = source;
        this.target = target;
    }

    /** {@code lines} sentence pairs from {@code seed}; each side ends with a newline. */
    static SyntheticCorpus generate(int lines, long seed) {
        var random = new Random(seed);
        var en = new StringBuilder(lines * 100);
        var de = new StringBuilder(lines * 110);
        for (int line = 0; line < lines; line++) {
            int words = length(random);
            int number = random.nextInt(5) == 0 ? 1 + random.nextInt(2000) : -1;
            int numberAt = number < 0 ? -1 : random.nextInt(words);
            var enLine = new StringBuilder();
            var deLine = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String[] word = WORDS[random.nextInt(WORDS.length)];
                if (w > 0) {
                    enLine.append(' ');
                    deLine.append(' ');
                }
                enLine.append(w == 0 ? capitalized(word[0]) : word[0]);
                deLine.append(w == 0 ? capitalized(word[1]) : word[1]);
                if (w == numberAt) {
                    enLine.append(' ').append(number);
                    deLine.append(' ').append(number);
                }
                if (random.nextInt(12) == 0) {
                    deLine.append(" auch");
                }
            }
            String end = ENDS[random.nextInt(ENDS.length)];
            en.append(enLine).append(end).append('\n');
            de.append(deLine).append(end).append('\n');
        }
        return new SyntheticCorpus(en.toString(), de.toString());
    }

    private static int length(Random random) {
        int kind = random.nextInt(10);
        return kind < 2 ? 3 + random.nextInt(5) : kind < 8 ? 8 + random.nextInt(13) : 21 + random.nextInt(25);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    String source() {
        return source;
    }

    String target() {
        return target;
    }
}
