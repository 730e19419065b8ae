// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.DictionaryEntry;
import dev.tandem.formats.LanguageCharacters;
import dev.tandem.formats.LanguageCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which way an uploaded dictionary runs for a project: from its source language to its target language, the other
 * way round (an English–Chinese dictionary in a Chinese→English project), or between other languages. Judged on a
 * sample of entries spread over the file, its headwords and its translations each joined into one text, by the
 * {@link LanguageCheck} the imports use: scripts first (cheap and sure for Chinese and English), n-gram profiles
 * for two languages of one script (German and French), and, since a dictionary may be between any two languages,
 * the likeliest of every language of the script ({@link LanguageCheck#checkAmongAll}): German headwords are not
 * English. Where it cannot tell, the dictionary is taken as it is.
 */
@ApplicationScoped
public class DictionaryLanguages {
    /** Entries sampled: enough text for the n-gram profiles (they read at most 4,000 characters), cheap for 300k. */
    static final int SAMPLE = 400;

    private final LanguageCheck check = new LanguageCheck();

    /**
     * Whether the dictionary runs from the project's target language to its source language: its headwords must fit
     * one of the project's languages and its translations the other (a German–French dictionary fits neither way in
     * a Chinese→English project, though both of its sides are in the Latin script English is written in). Where
     * both ways fit (the check could not tell), the dictionary is taken as it is.
     *
     * @throws InvalidInputException naming the languages found and the project's, when it fits neither way
     */
    public boolean reversed(List<DictionaryEntry> entries, ProjectLanguages project, String field) {
        String source = project.sourceLanguage();
        String target = project.targetLanguage();
        Fit headwords = fit(sample(entries, true), source, target);
        Fit translations = fit(sample(entries, false), source, target);
        // one side in each language: headwords in the source and translations in the target, or the other way round
        boolean forward = headwords.asSource().isEmpty() && translations.asTarget().isEmpty();
        boolean backward = headwords.asTarget().isEmpty() && translations.asSource().isEmpty();
        if (!forward && !backward) {
            String sourceName = LanguageCharacters.displayName(source);
            String targetName = LanguageCharacters.displayName(target);
            boolean oneSide = headwords.asSource().isPresent() == translations.asSource().isPresent()
                    && headwords.asTarget().isPresent() == translations.asTarget().isPresent()
                    && (headwords.asSource().isEmpty() || headwords.asTarget().isEmpty());
            throw new InvalidInputException(field, "The dictionary is not between the project's languages, "
                    + sourceName + " (" + source + ") and " + targetName + " (" + target + "): "
                    + (oneSide ? "its headwords and its translations would both be on one side of it (they "
                            + headwords.found(project).replace("look like", "fit only") + ")"
                            : "its headwords " + headwords.found(project) + ", and its translations "
                            + translations.found(project))
                    + ". Upload a dictionary "
                    + "between " + sourceName + " and " + targetName + " (either way round), or upload this one to a "
                    + "project of its languages.");
        }
        return backward && !forward;
    }

    /** How a text fits each of the project's languages: empty where it may be in it. */
    private record Fit(Optional<LanguageCheck.Mismatch> asSource, Optional<LanguageCheck.Mismatch> asTarget) {
        /**
         * What it looks like, to follow "its headwords": a third language when either mismatch names one (German
         * headwords are "not Chinese" for their script, but German by their words), else either.
         */
        String found(ProjectLanguages project) {
            return Stream.of(asSource, asTarget).flatMap(Optional::stream)
                    .min(Comparator.comparing(m -> primary(project.sourceLanguage()).equals(primary(m.looksLike()))
                            || primary(project.targetLanguage()).equals(primary(m.looksLike()))))
                    .map(m -> "look like " + m.name() + " (" + m.evidence() + ")")
                    .orElse("may be in either");
        }
    }

    private Fit fit(String text, String source, String target) {
        return new Fit(check.checkAmongAll(text, source, target), check.checkAmongAll(text, target, source));
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    /** Headwords (or translations) of up to {@link #SAMPLE} entries spread evenly over the dictionary, one text. */
    private static String sample(List<DictionaryEntry> entries, boolean headwords) {
        var text = new StringBuilder();
        int step = Math.max(1, entries.size() / SAMPLE);
        for (int i = 0; i < entries.size(); i += step) {
            DictionaryEntry entry = entries.get(i);
            text.append(headwords ? entry.source() : entry.target()).append(' ');
        }
        return text.toString();
    }
}
