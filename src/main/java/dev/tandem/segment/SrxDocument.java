// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Segmentation rules as an SRX 2.0 document holds them: named language rules and the map that picks them for a
 * language. With {@code cascade} on, a language gets the rules of every map entry its code matches, in map order;
 * with it off, only those of the first.
 *
 * <p>The constructor checks what SRX cannot express otherwise: unique rule names, maps naming existing rules, and
 * every pattern compiling; its {@link IllegalArgumentException} names the rule at fault.
 */
public record SrxDocument(boolean cascade, List<SrxLanguageRule> languageRules, List<SrxLanguageMap> maps) {

    /** Flags of every rule pattern: {@code .} matches line ends, and {@code (?i)} folds case beyond ASCII. */
    static final int RULE_FLAGS = Pattern.DOTALL | Pattern.UNICODE_CASE;

    public SrxDocument {
        languageRules = List.copyOf(languageRules);
        maps = List.copyOf(maps);
        Map<String, SrxLanguageRule> byName = new HashMap<>();
        for (SrxLanguageRule rule : languageRules) {
            if (byName.put(rule.name(), rule) != null) {
                throw new IllegalArgumentException("Two language rules are named \"" + rule.name()
                        + "\": give each its own languagerulename.");
            }
            for (int i = 0; i < rule.rules().size(); i++) {
                checkRule(rule.rules().get(i), rule.name(), i + 1);
            }
        }
        for (SrxLanguageMap map : maps) {
            checkMap(map, byName.keySet());
        }
    }

    /**
     * Refuses a rule whose patterns do not compile, naming it as the {@code number}th (1-based) of
     * {@code languageRule}.
     *
     * @throws IllegalArgumentException saying which pattern is wrong and why
     */
    public static void checkRule(SrxRule rule, String languageRule, int number) {
        checkPattern(rule.beforeBreak(), "beforebreak", languageRule, number);
        checkPattern(rule.afterBreak(), "afterbreak", languageRule, number);
    }

    /**
     * Refuses a map whose pattern does not compile or whose language rule is not among {@code ruleNames}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void checkMap(SrxLanguageMap map, java.util.Set<String> ruleNames) {
        if (!ruleNames.contains(map.languageRule())) {
            throw new IllegalArgumentException("The languagemap for \"" + map.pattern()
                    + "\" names the language rule \"" + map.languageRule()
                    + "\", which the document does not define: add it or correct the name.");
        }
        try {
            Pattern.compile(map.pattern(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The languagepattern \"" + map.pattern()
                    + "\" is not a valid regular expression: " + e.getDescription() + ".");
        }
    }

    /** The rules that apply to {@code languageTag}, in the order they are tried. */
    public List<SrxRule> rulesFor(String languageTag) {
        Map<String, SrxLanguageRule> byName = new HashMap<>();
        languageRules.forEach(rule -> byName.put(rule.name(), rule));
        List<SrxRule> rules = new ArrayList<>();
        for (SrxLanguageMap map : maps) {
            if (Pattern.compile(map.pattern(), Pattern.CASE_INSENSITIVE).matcher(languageTag).matches()) {
                rules.addAll(byName.get(map.languageRule()).rules());
                if (!cascade) {
                    break;
                }
            }
        }
        return rules;
    }

    /** The language rule called {@code name}, if any. */
    public java.util.Optional<SrxLanguageRule> languageRule(String name) {
        return languageRules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    private static void checkPattern(String regex, String element, String languageRule, int number) {
        try {
            Pattern.compile(regex, RULE_FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Rule " + number + " of the language rule \"" + languageRule
                    + "\": its " + element + " \"" + regex + "\" is not a valid regular expression: "
                    + e.getDescription() + " (near position " + e.getIndex() + ").");
        }
    }
}
