// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.DictionaryEntry;
import dev.tandem.formats.LanguageCharacters;
import dev.tandem.formats.LanguageCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Which way an uploaded dictionary runs for a project: from its source language to its target language, the other
 * way round (an English–Chinese dictionary in a Chinese→English project), or between other languages. Judged on a
 * sample of entries spread over the file, its headwords and its translations each joined into one text, by the
 * {@link LanguageCheck} the imports use: scripts first (cheap and sure for Chinese and English), n-gram profiles
 * for two languages of one script (German and French). Where it cannot tell, the dictionary is taken as it is.
 */
@ApplicationScoped
public class DictionaryLanguages {
    /** Entries sampled: enough text for the n-gram profiles (they read at most 4,000 characters), cheap for 300k. */
    static final int SAMPLE = 400;

    private final LanguageCheck check = new LanguageCheck();

    /**
     * Whether the dictionary runs from the project's target language to its source language.
     *
     * @throws InvalidInputException naming the languages found and the project's, when it fits neither way
     */
    public boolean reversed(List<DictionaryEntry> entries, ProjectLanguages project, String field) {
        String headwords = sample(entries, true);
        String translations = sample(entries, false);
        String source = project.sourceLanguage();
        String target = project.targetLanguage();
        Optional<LanguageCheck.Mismatch> headwordsAsSource = check.check(headwords, source, target);
        Optional<LanguageCheck.Mismatch> translationsAsTarget = check.check(translations, target, source);
        if (headwordsAsSource.isEmpty() && translationsAsTarget.isEmpty()) {
            return false;
        }
        Optional<LanguageCheck.Mismatch> headwordsAsTarget = check.check(headwords, target, source);
        Optional<LanguageCheck.Mismatch> translationsAsSource = check.check(translations, source, target);
        if (headwordsAsTarget.isEmpty() && translationsAsSource.isEmpty()) {
            return true;
        }
        String sourceName = LanguageCharacters.displayName(source);
        String targetName = LanguageCharacters.displayName(target);
        throw new InvalidInputException(field, "The dictionary is not between the project's languages, "
                + sourceName + " (" + source + ") and " + targetName + " (" + target + "): its headwords "
                + found(headwordsAsSource, headwordsAsTarget) + ", and its translations "
                + found(translationsAsTarget, translationsAsSource) + ". Upload a dictionary between " + sourceName
                + " and " + targetName + " (either way round), or upload this one to a project of its languages.");
    }

    /** What a side looks like, from the check that found it foreign (either will do: both name what they saw). */
    private static String found(Optional<LanguageCheck.Mismatch> first, Optional<LanguageCheck.Mismatch> second) {
        return first.or(() -> second).map(m -> "look like " + m.name() + " (" + m.evidence() + ")")
                .orElse("could not be told apart");
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
