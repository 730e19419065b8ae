// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's abbreviations as SRX no-break rules, and back: the plain list a translator edits ("Dr.", "z. B.",
 * "No. numeric") is kept in an SRX document as the language rule "{@code <lang>} abbreviations", one no-break rule per
 * abbreviation (plus one per inner period of a spaced one). An entry is the abbreviation as written, with its final
 * period, optionally followed by {@code numeric}: then its period ends no sentence only before a number ("No. 5");
 * without it, never when text follows ("Dr. Smith").
 */
public final class Abbreviations {
    static final String WORD_START = "(?<![\\p{L}\\p{N}.])";
    private static final String ANYTHING_AFTER = "\\s";
    private static final String NUMBER_AFTER = "\\s+\\p{Nd}";
    private static final Pattern PIECE = Pattern.compile("((?:\\\\.|[^\\\\])+?)\\\\\\.(?:\\\\s\\*)?");

    private Abbreviations() {
    }

    /** The name of the language rule holding {@code language}'s abbreviations. */
    public static String ruleName(String language) {
        return language + " abbreviations";
    }

    /**
     * The no-break rules for {@code entries}, in their order.
     *
     * @throws IllegalArgumentException naming an entry that is no abbreviation (no final period, spaces only, an
     *                                  unknown kind)
     */
    public static List<SrxRule> rules(List<String> entries) {
        List<SrxRule> rules = new ArrayList<>();
        for (String entry : entries) {
            String content = entry.strip();
            if (content.isEmpty()) {
                continue;
            }
            AbbreviationKind kind = AbbreviationKind.PREFIX;
            int space = content.lastIndexOf(' ');
            if (space > 0 && !content.endsWith(".")) {
                String word = content.substring(space + 1).toLowerCase(Locale.ROOT);
                if (!word.equals("numeric")) {
                    throw new IllegalArgumentException("\"" + entry + "\": write the abbreviation with its final"
                            + " period, optionally followed by \"numeric\" (it then ends no sentence only before a number).");
                }
                kind = AbbreviationKind.NUMERIC;
                content = content.substring(0, space).strip();
            }
            if (!content.endsWith(".") || content.length() < 2) {
                throw new IllegalArgumentException("\"" + entry + "\" does not end with a period: an abbreviation list"
                        + " holds words whose period need not end a sentence, such as \"Dr.\" or \"z. B.\".");
            }
            rules.addAll(rules(AbbreviationSet.key(content), kind));
        }
        return rules;
    }

    /** The rules of one abbreviation given by its {@linkplain AbbreviationSet#key key}. */
    static List<SrxRule> rules(String key, AbbreviationKind kind) {
        String[] pieces = key.split("\\.", -1);
        List<SrxRule> rules = new ArrayList<>();
        StringBuilder before = new StringBuilder(WORD_START);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                before.append("\\s*");
            }
            before.append(BuiltInRules.literal(pieces[i])).append("\\.");
            if (i + 1 < pieces.length) {
                rules.add(new SrxRule(false, before.toString(), "\\s*" + BuiltInRules.literal(pieces[i + 1]) + "\\."));
            }
        }
        rules.add(new SrxRule(false, before.toString(), kind == AbbreviationKind.PREFIX ? ANYTHING_AFTER : NUMBER_AFTER));
        return rules;
    }

    /**
     * The plain list written in {@code rules} (an abbreviation language rule as {@link #rules} makes it): each
     * abbreviation once, its pieces shown without spaces ("z.B.", which matches "z. B." too). Rules of another
     * form are left out.
     */
    public static List<String> entries(List<SrxRule> rules) {
        List<String> entries = new ArrayList<>();
        for (SrxRule rule : rules) {
            boolean numeric = rule.afterBreak().equals(NUMBER_AFTER);
            if (rule.breaks() || !(numeric || rule.afterBreak().equals(ANYTHING_AFTER))
                    || !rule.beforeBreak().startsWith(WORD_START)) {
                continue;
            }
            String written = written(rule.beforeBreak().substring(WORD_START.length()));
            if (written != null) {
                entries.add(numeric ? written + " numeric" : written);
            }
        }
        return entries;
    }

    /** Whether {@code rule} is one that {@link #rules} makes, the inner-period ones included. */
    public static boolean isAbbreviationRule(SrxRule rule) {
        if (rule.breaks() || !rule.beforeBreak().startsWith(WORD_START)
                || written(rule.beforeBreak().substring(WORD_START.length())) == null) {
            return false;
        }
        String after = rule.afterBreak();
        return after.equals(ANYTHING_AFTER) || after.equals(NUMBER_AFTER)
                || (after.startsWith("\\s*") && written(after.substring(3)) != null);
    }

    /** "z\.\s*B\." → "z.B."; null if the pattern is not a run of escaped literal pieces each ending in "\.". */
    private static String written(String pattern) {
        Matcher matcher = PIECE.matcher(pattern);
        StringBuilder written = new StringBuilder();
        int at = 0;
        while (at < pattern.length() && matcher.find(at) && matcher.start() == at) {
            String piece = matcher.group(1);
            if (piece.contains("\\s") || piece.contains("\\p")) {
                return null;
            }
            written.append(piece.replaceAll("\\\\(.)", "$1")).append('.');
            at = matcher.end();
        }
        return at == pattern.length() && written.length() > 0 ? written.toString() : null;
    }

    /**
     * {@code rules} with {@code language}'s abbreviations replaced by {@code entries}: the language rule
     * "{@code <lang>} abbreviations" is created if missing (mapped to the language ahead of every other map, so it
     * is tried first), and keeps any rules of its own that are no abbreviations.
     *
     * @throws IllegalArgumentException for an entry that is no abbreviation, or rules that do not cascade (a map
     *                                  ahead of the others would then hide them)
     */
    public static SrxDocument replace(SrxDocument rules, String language, List<String> entries) {
        String name = ruleName(language);
        List<SrxRule> own = new ArrayList<>(rules(entries));
        List<SrxLanguageRule> languageRules = new ArrayList<>();
        boolean found = false;
        for (SrxLanguageRule rule : rules.languageRules()) {
            if (rule.name().equals(name)) {
                found = true;
                rule.rules().stream().filter(r -> !isAbbreviationRule(r)).forEach(own::add);
                languageRules.add(new SrxLanguageRule(name, own));
            } else {
                languageRules.add(rule);
            }
        }
        List<SrxLanguageMap> maps = new ArrayList<>(rules.maps());
        if (!found) {
            if (!rules.cascade()) {
                throw new IllegalArgumentException("The project's rules do not cascade (cascade=\"no\"), so a new"
                        + " language rule for the abbreviations would hide the others: edit the SRX document instead.");
            }
            languageRules.add(0, new SrxLanguageRule(name, own));
            maps.add(0, new SrxLanguageMap(Pattern.quote(language) + "(-.*)?", name));
        }
        return new SrxDocument(rules.cascade(), languageRules, maps);
    }
}
