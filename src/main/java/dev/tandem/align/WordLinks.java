// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Translation links between the word ids of two vocabularies: {@code targetsOf[s]} are the target
 * ids linked to source id {@code s} and {@code sourcesOf[t]} the reverse, each sorted ascending.
 * Arrays are shared, not copied; treat them as immutable.
 */
record WordLinks(int[][] targetsOf, int[][] sourcesOf) {

    /** Fewer aligned units than this give co-occurrence counts that are mostly chance. */
    static final int MIN_UNITS = 10;
    /** A word in more than this share of the units is a function word: it co-occurs with everything. */
    static final double MAX_UNIT_SHARE = 0.25;
    /** A pair must co-occur at least this often; once is chance for most words of a book. */
    static final int MIN_JOINT = 2;
    /** ... and this many times as often as independent words would. */
    static final double MIN_LIFT = 2.0;
    /** Dice coefficient 2·c(s,t) / (c(s) + c(t)) a link needs at least. */
    static final double MIN_DICE = 0.2;
    /** Candidates kept per word on either side; a link must be among both words' best. */
    static final int TOP = 3;

    static WordLinks none(int sourceVocabulary, int targetVocabulary) {
        return new WordLinks(new int[sourceVocabulary][0], new int[targetVocabulary][0]);
    }

    /**
     * Links learned from aligned units (sentences or beads; {@code sourceUnits.get(k)} translates
     * {@code targetUnits.get(k)}) by co-occurrence: a pair is linked when it co-occurs at least
     * {@value #MIN_JOINT} times, {@value #MIN_LIFT} times more often than chance, with a Dice
     * coefficient ≥ {@value #MIN_DICE}, and each word is among the other's {@value #TOP} best
     * partners by Dice (competitive linking, which keeps a name from linking to the words around it).
     * Words in more than {@value #MAX_UNIT_SHARE} of the units are skipped.
     */
    static WordLinks learn(List<int[]> sourceUnits, List<int[]> targetUnits, int sourceVocabulary, int targetVocabulary) {
        int units = sourceUnits.size();
        if (units != targetUnits.size()) {
            throw new IllegalArgumentException("need as many target units as source units");
        }
        if (units < MIN_UNITS) {
            return none(sourceVocabulary, targetVocabulary);
        }
        int[] sourceFrequency = new int[sourceVocabulary];
        int[] targetFrequency = new int[targetVocabulary];
        int[][] sourceSets = new int[units][];
        int[][] targetSets = new int[units][];
        for (int k = 0; k < units; k++) {
            sourceSets[k] = distinct(sourceUnits.get(k));
            targetSets[k] = distinct(targetUnits.get(k));
            for (int s : sourceSets[k]) {
                sourceFrequency[s]++;
            }
            for (int t : targetSets[k]) {
                targetFrequency[t]++;
            }
        }
        double maxFrequency = Math.max(MIN_JOINT, MAX_UNIT_SHARE * units);
        PairCounter joint = new PairCounter();
        for (int k = 0; k < units; k++) {
            for (int s : sourceSets[k]) {
                if (sourceFrequency[s] < MIN_JOINT || sourceFrequency[s] > maxFrequency) {
                    continue;
                }
                for (int t : targetSets[k]) {
                    if (targetFrequency[t] >= MIN_JOINT && targetFrequency[t] <= maxFrequency) {
                        joint.add(PairCounter.key(s, t));
                    }
                }
            }
        }
        List<double[]> candidates = new ArrayList<>(); // {source, target, dice}
        joint.forEach((count, key) -> {
            int s = PairCounter.source(key);
            int t = PairCounter.target(key);
            double dice = 2.0 * count / (sourceFrequency[s] + targetFrequency[t]);
            double lift = (double) count * units / ((double) sourceFrequency[s] * targetFrequency[t]);
            if (count >= MIN_JOINT && lift >= MIN_LIFT && dice >= MIN_DICE) {
                candidates.add(new double[] {s, t, dice});
            }
        });
        // best first; equal scores in word-id order, so the result does not depend on how pairs were counted
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[2]).thenComparingDouble(c -> c[0])
                .thenComparingDouble(c -> c[1]));
        int[] sourceTaken = new int[sourceVocabulary];
        int[] targetTaken = new int[targetVocabulary];
        List<long[]> kept = new ArrayList<>();
        for (double[] c : candidates) {
            int s = (int) c[0];
            int t = (int) c[1];
            // both words see their candidates best first, so "among the best TOP" of each is a rank test
            boolean sourceBest = sourceTaken[s]++ < TOP;
            boolean targetBest = targetTaken[t]++ < TOP;
            if (sourceBest && targetBest) {
                kept.add(new long[] {s, t});
            }
        }
        return fromPairs(kept, sourceVocabulary, targetVocabulary);
    }

    /** The union of both link sets (over the same vocabularies). */
    WordLinks merge(WordLinks other) {
        List<long[]> pairs = new ArrayList<>();
        for (WordLinks links : List.of(this, other)) {
            for (int s = 0; s < links.targetsOf.length; s++) {
                for (int t : links.targetsOf[s]) {
                    pairs.add(new long[] {s, t});
                }
            }
        }
        return fromPairs(pairs, targetsOf.length, sourcesOf.length);
    }

    boolean links(int source, int target) {
        return source < targetsOf.length && Arrays.binarySearch(targetsOf[source], target) >= 0;
    }

    boolean isEmpty() {
        for (int[] targets : targetsOf) {
            if (targets.length > 0) {
                return false;
            }
        }
        return true;
    }

    static WordLinks fromPairs(List<long[]> pairs, int sourceVocabulary, int targetVocabulary) {
        int[] sourceDegree = new int[sourceVocabulary];
        int[] targetDegree = new int[targetVocabulary];
        for (long[] pair : pairs) {
            sourceDegree[(int) pair[0]]++;
            targetDegree[(int) pair[1]]++;
        }
        int[][] targetsOf = new int[sourceVocabulary][];
        int[][] sourcesOf = new int[targetVocabulary][];
        for (int s = 0; s < sourceVocabulary; s++) {
            targetsOf[s] = new int[sourceDegree[s]];
        }
        for (int t = 0; t < targetVocabulary; t++) {
            sourcesOf[t] = new int[targetDegree[t]];
        }
        Arrays.fill(sourceDegree, 0);
        Arrays.fill(targetDegree, 0);
        for (long[] pair : pairs) {
            int s = (int) pair[0];
            int t = (int) pair[1];
            targetsOf[s][sourceDegree[s]++] = t;
            sourcesOf[t][targetDegree[t]++] = s;
        }
        for (int s = 0; s < sourceVocabulary; s++) {
            targetsOf[s] = distinct(targetsOf[s]);
        }
        for (int t = 0; t < targetVocabulary; t++) {
            sourcesOf[t] = distinct(sourcesOf[t]);
        }
        return new WordLinks(targetsOf, sourcesOf);
    }

    /** Sorted distinct values. */
    static int[] distinct(int[] values) {
        return Arrays.stream(values).sorted().distinct().toArray();
    }
}
