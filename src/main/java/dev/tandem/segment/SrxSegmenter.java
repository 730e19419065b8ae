// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence splitting by SRX 2.0 rules.
 *
 * <ol>
 *   <li>Cut the text into paragraphs ({@link Lines#paragraphs}), as the built-in segmenter does; sentences never
 *       cross them, and inside a paragraph a line break is read as a space.</li>
 *   <li>Each rule, in order, marks the positions where its {@code beforebreak} matches text ending there and its
 *       {@code afterbreak} matches text starting there. The first rule to mark a position decides it: break or no
 *       break (SRX 2.0 §2.5).</li>
 *   <li>Cut at the breaks and trim each piece; whitespace-only pieces are dropped.</li>
 * </ol>
 *
 * <p>Matches of {@code beforebreak} are looked for at every start, overlapping, so a rule marks each position some
 * match ends at (the leftmost-longest match from each start). Regular expressions that backtrack without end are
 * stopped: {@link #split} throws {@link IllegalArgumentException} naming the rule once a rule has read the
 * paragraph {@value #STEPS_PER_CHAR} times over. Immutable and thread-safe.
 */
final class SrxSegmenter implements Segmenter {

    /** How often a rule may read each character of a paragraph before it is judged runaway. */
    static final int STEPS_PER_CHAR = 5_000;

    private final List<CompiledRule> rules;

    SrxSegmenter(List<SrxRule> rules) {
        this.rules = rules.stream().map(CompiledRule::new).toList();
    }

    @Override
    public List<Segment> split(String text) {
        Objects.requireNonNull(text, "text");
        List<Segment> segments = new ArrayList<>();
        int paragraph = 0;
        for (TextRange range : Lines.paragraphs(text)) {
            int before = segments.size();
            splitParagraph(text, range, paragraph, segments);
            if (segments.size() > before) {
                paragraph++;
            }
        }
        return segments;
    }

    private void splitParagraph(String text, TextRange range, int paragraph, List<Segment> out) {
        String flat = Chars.withoutLineBreaks(text, range);
        byte[] decided = decide(flat);
        int pieceStart = 0;
        for (int p = 1; p <= flat.length(); p++) {
            if (p == flat.length() || decided[p] == BREAK) {
                int start = Chars.skipWhitespace(flat, pieceStart, p);
                int end = Chars.trimEnd(flat, start, p);
                if (end > start) {
                    out.add(new Segment(range.start() + start, range.start() + end, paragraph));
                }
                pieceStart = p;
            }
        }
    }

    private static final byte UNDECIDED = 0;
    private static final byte BREAK = 1;
    private static final byte NO_BREAK = 2;

    /** For each position of {@code text}, whether the first rule that matches there breaks. */
    private byte[] decide(String text) {
        byte[] decided = new byte[text.length() + 1];
        for (CompiledRule rule : rules) {
            Budget budget = new Budget(text, rule);
            byte verdict = rule.breaks ? BREAK : NO_BREAK;
            Matcher after = rule.after.matcher(budget);
            if (rule.before == null) {
                for (int p = 1; p < text.length(); p++) {
                    mark(decided, p, verdict, after);
                }
                continue;
            }
            Matcher before = rule.before.matcher(budget);
            int from = 0;
            while (from <= text.length() && before.find(from)) {
                mark(decided, before.end(), verdict, after);
                from = before.start() + 1;
            }
        }
        return decided;
    }

    private static void mark(byte[] decided, int p, byte verdict, Matcher after) {
        if (p <= 0 || p >= decided.length - 1 || decided[p] != UNDECIDED) {
            return;
        }
        after.region(p, decided.length - 1);
        after.useTransparentBounds(true).useAnchoringBounds(false);
        if (after.lookingAt()) {
            decided[p] = verdict;
        }
    }

    private static final class CompiledRule {
        final SrxRule source;
        final boolean breaks;
        final Pattern before;
        final Pattern after;

        CompiledRule(SrxRule rule) {
            this.source = rule;
            this.breaks = rule.breaks();
            this.before = rule.beforeBreak().isEmpty() ? null : Pattern.compile(rule.beforeBreak(), SrxDocument.RULE_FLAGS);
            this.after = Pattern.compile(rule.afterBreak(), SrxDocument.RULE_FLAGS);
        }
    }

    /** The text, counting reads, so that a runaway pattern ends in an exception instead of occupying a thread. */
    private static final class Budget implements CharSequence {
        private final String text;
        private final CompiledRule rule;
        private long left;

        Budget(String text, CompiledRule rule) {
            this.text = text;
            this.rule = rule;
            this.left = (long) STEPS_PER_CHAR * (text.length() + 1);
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new IllegalArgumentException("The rule with beforebreak \"" + rule.source.beforeBreak()
                        + "\" and afterbreak \"" + rule.source.afterBreak() + "\" takes too long on this text (its"
                        + " regular expression backtracks without end): simplify it.");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
