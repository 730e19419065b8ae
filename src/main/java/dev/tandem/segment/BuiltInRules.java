// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tandem's built-in sentence rules ({@link IcuSentenceSegmenter} with {@link BoundaryRules}) written as SRX 2.0
 * rules, the starting point for a project's own. Per language: a language rule "{@code <lang>} abbreviations" with
 * one no-break rule per abbreviation (the list Tandem ships, or CLDR's), "{@code <lang>} ordinals" where "3." is an
 * ordinal, then "Default" for every language: first the no-break rules of ICU's own (UAX #29: not before a
 * terminator or a comma, not after a full stop before a lowercase word), then no break before a lowercase word or after
 * an initial, breaks after {@code . ! ?} (with their closing quotes and brackets) before a space, after {@code 。！？}
 * anywhere, after an ellipsis before a capital, after a CJK ellipsis before CJK text, and after a full stop touching a
 * capital or CJK text.
 *
 * <p>Exported and read back, the rules split real texts with the same sentence ends as the built-in segmenter
 * ({@code BuiltInRulesEvalTest}); they remain an approximation of ICU's iterator for odd texts.
 */
final class BuiltInRules {

    static final String DEFAULT = "Default";

    private static final String CLOSERS = "[\\p{Pe}\\p{Pf}\"']*";
    private static final String DETACHED_CLOSERS = "\\s+[\\p{Pe}\\p{Pf}&&[^\"']]+";
    private static final String WORD_START = Abbreviations.WORD_START;
    private static final String PUNCTUATION_BEFORE_WORD = "[\\p{Ps}\\p{Pi}\\p{Pe}\\p{Pf}\"'\\-\u2014\u2013]{0,4}";
    private static final String CJK = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]";
    /** Full stops and question and exclamation marks, Latin and wide (UAX #29 SATerm, the common ones). */
    private static final String TERMINATORS = ".?!\u3002\uff61\uff01\uff1f\uff0e";
    /** Commas, colons and dashes that continue a sentence after a terminator (UAX #29 SContinue, from ICU). */
    private static final String CONTINUERS = new UnicodeSet().addAll(
            new UnicodeSet("[\\p{Sentence_Break=SContinue}]")).toPattern(true);
    private static final String SPACE_ENDED = "[\\p{IsThai}\\p{IsLao}&&[\\p{L}\\p{M}]]";
    private static final String CAPITAL_OR_OTHER_LETTER = "[\\p{IsAlphabetic}&&[^\\p{IsLowercase}]]";

    private BuiltInRules() {
    }

    static SrxDocument document() {
        List<SrxLanguageRule> rules = new ArrayList<>();
        List<SrxLanguageMap> maps = new ArrayList<>();
        for (String language : languages()) {
            LanguageRules language0 = LanguageRules.forLocale(new ULocale(language));
            if (language0.abbreviations().size() > 0) {
                rules.add(new SrxLanguageRule(Abbreviations.ruleName(language), abbreviationRules(language0.abbreviations())));
                maps.add(new SrxLanguageMap(language + "(-.*)?", Abbreviations.ruleName(language)));
            }
            if (language0.ordinalDots()) {
                rules.add(new SrxLanguageRule(language + " ordinals", ordinalRules(language0)));
                maps.add(new SrxLanguageMap(language + "(-.*)?", language + " ordinals"));
            }
        }
        rules.add(new SrxLanguageRule(DEFAULT, defaultRules()));
        maps.add(new SrxLanguageMap(".*", DEFAULT));
        return new SrxDocument(true, rules, maps);
    }

    /** Languages that have an abbreviation list (Tandem's or CLDR's) or ordinal dots, sorted. */
    private static Set<String> languages() {
        Set<String> languages = new TreeSet<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            String language = locale.getLanguage();
            if (!language.isEmpty() && !languages.contains(language)) {
                LanguageRules rules = LanguageRules.forLocale(new ULocale(language));
                if (rules.abbreviations().size() > 0 || rules.ordinalDots()) {
                    languages.add(language);
                }
            }
        }
        return languages;
    }

    /**
     * One no-break rule per abbreviation (sorted), plus one per inner period of a spaced one ("z." of "z. B."). The
     * kind decides what may follow: anything for {@link AbbreviationKind#PREFIX}, a number for the others (a
     * lowercase word never follows a sentence end anyway, see {@link #defaultRules}).
     */
    static List<SrxRule> abbreviationRules(AbbreviationSet abbreviations) {
        List<SrxRule> rules = new ArrayList<>();
        for (Map.Entry<String, AbbreviationKind> entry : new TreeMap<>(abbreviations.entries()).entrySet()) {
            // "ambiguous" ends a sentence except before a lowercase word (a rule of its own) or a number
            rules.addAll(Abbreviations.rules(entry.getKey(),
                    entry.getValue() == AbbreviationKind.PREFIX ? AbbreviationKind.PREFIX : AbbreviationKind.NUMERIC));
        }
        return rules;
    }

    private static List<SrxRule> ordinalRules(LanguageRules language) {
        List<SrxRule> rules = new ArrayList<>();
        String ordinal = WORD_START + "\\p{Nd}{1,3}\\.";
        if (!language.ordinalFollowers().isEmpty()) {
            rules.add(new SrxRule(false, ordinal, "\\s*(?iu:" + alternatives(language.ordinalFollowers()) + ")(?!\\p{L})"));
        }
        if (!language.ordinalDeterminers().isEmpty()) {
            rules.add(new SrxRule(false,
                    "(?<![\\p{L}\\p{N}])(?iu:" + alternatives(language.ordinalDeterminers()) + ")\\s+\\p{Nd}{1,3}\\.",
                    "\\s*"));
        }
        return rules;
    }

    private static List<SrxRule> defaultRules() {
        return List.of(
                // the number of a numbered paragraph is no sentence: "1. Open the file."
                new SrxRule(false, "^\\s*\\p{Nd}{1,3}\\.", "\\s*"),
                // a closing quote touching Korean text is followed by its quotative particle: "눈이 온다."라고
                new SrxRule(false, "[" + TERMINATORS + "]" + CLOSERS + "[\\p{Pe}\\p{Pf}\"']", "\\p{IsHangul}"),
                // ICU (UAX #29 SB8a) never breaks before a terminator or a comma: "headache . . . and", "Oh ! - fine"
                new SrxRule(false, "[" + TERMINATORS + "]" + CLOSERS, "\\s*[" + TERMINATORS + CONTINUERS.substring(1)),
                // nor after a full stop before a lowercase word, past digits and punctuation (SB8): "at 15 h. 30 , we"
                new SrxRule(false, "[.\uff0e]" + CLOSERS, "[^\\p{IsAlphabetic}" + TERMINATORS + "]{0,200}+\\p{IsLowercase}"),
                // "Stop!" she shouted. / Wait... what? (not after 。: "。iPhone" starts a sentence)
                new SrxRule(false, "[.?!\u2026]" + CLOSERS, "\\s+" + PUNCTUATION_BEFORE_WORD + "\\p{Ll}"),
                // J. R. R. Tolkien; "I." is the pronoun far more often than an initial
                new SrxRule(false, "(?<![^\\s\\p{Ps}\\p{Pi}\"'])[\\p{Lu}\\p{Lt}&&[^I]]\\.", "\\s+[\\p{Ps}\\p{Pi}\"']{0,4}[\\p{Lu}\\p{Lt}]"),
                // French "il neige ! » La": the detached » closes the sentence before it
                new SrxRule(false, "[.?!\u2026\u3002\uff61\uff01\uff1f]" + CLOSERS, "\\s+[\\p{Pe}\\p{Pf}&&[^\"']]+(?:\\s|$)"),
                new SrxRule(false, "[.?!\u2026]" + CLOSERS + DETACHED_CLOSERS, "\\s+" + PUNCTUATION_BEFORE_WORD + "\\p{Ll}"),
                new SrxRule(true, "[.?!\u3002\uff61\uff01\uff1f]" + CLOSERS + DETACHED_CLOSERS, "\\s"),
                new SrxRule(true, "[.?!]+" + CLOSERS, "\\s"),
                new SrxRule(true, "\u2026+" + CLOSERS, "\\s+[\\p{Ps}\\p{Pi}]*[\\p{Lu}\\p{Lt}]"),
                // Japanese 「…。」と彼は言った: the quotative と keeps the quotation in the sentence
                new SrxRule(false, "[\u3002\uff01\uff1f][\u300d\u300f]", "(?:\u3068|\u3063\u3066)"),
                new SrxRule(false, "[\u3002\uff01\uff1f]", BoundaryRules.QUOTATION_REST),
                new SrxRule(true, "[\u3002\uff61\uff01\uff1f]+" + CLOSERS, "(?![\\p{Pe}\\p{Pf}])"),
                new SrxRule(true, "[\u2026\u22ef]{2,}" + CLOSERS, CJK),
                // ICU breaks after a full stop touching the next sentence unless letters surround it ("U.S.", SB7):
                // "6.片厂", "R.«The"
                new SrxRule(true, "(?<![\\p{IsUppercase}\\p{IsLowercase}])\\.", CAPITAL_OR_OTHER_LETTER),
                new SrxRule(true, "\\.", "[\\p{IsAlphabetic}&&[^\\p{IsLowercase}\\p{IsUppercase}]]"),
                new SrxRule(true, "\\.", "[\\p{Ps}\\p{Pi}]+" + CAPITAL_OR_OTHER_LETTER),
                // Thai and Lao have no full stop: a space between two of their letters ends a sentence or a clause
                new SrxRule(true, SPACE_ENDED, "\\s+" + SPACE_ENDED));
    }

    private static String alternatives(Set<String> words) {
        return new TreeSet<>(words).stream().map(BuiltInRules::literal).collect(Collectors.joining("|"));
    }

    /** {@code text} as a regular expression matching it literally, escaping only what needs it (readable rules). */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if ("\\^$.|?*+()[]{}-&".indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
