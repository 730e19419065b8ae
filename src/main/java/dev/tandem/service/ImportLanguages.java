// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.LanguageCharacters;
import dev.tandem.formats.LanguageCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language check of an import: a side whose text is clearly in another language than the project's (by its
 * scripts, or for two languages of one script by n-gram profiles; see {@link LanguageCheck}) is refused before
 * anything is stored, with what it looks like and, when both sides look like each other's language, that they are
 * swapped. The request field {@code languageCheck=off} imports a text that really mixes languages all the same.
 */
@ApplicationScoped
public class ImportLanguages {
    /** The request field (multipart and JSON) that switches the check off. */
    public static final String FIELD = "languageCheck";

    private final LanguageCheck check = new LanguageCheck();

    /**
     * Refuses a side that is clearly not in its language; texts that are null or blank are left to the import's own
     * checks.
     *
     * @param languageCheck the request's {@value #FIELD}: null, blank or {@code on} checks, {@code off} does not
     * @param sourceField   the field that carried the source ({@code source} for a file, {@code sourceText})
     * @throws LanguageMismatchException naming the side's field
     * @throws InvalidInputException     for a {@code languageCheck} other than on or off
     */
    public void check(ProjectLanguages project, String languageCheck, String sourceField, String sourceText,
                      String targetField, String targetText) {
        if (!enabled(languageCheck)) {
            return;
        }
        Optional<LanguageCheck.Mismatch> source = check(sourceText, project.sourceLanguage(), project.targetLanguage());
        Optional<LanguageCheck.Mismatch> target = check(targetText, project.targetLanguage(), project.sourceLanguage());
        if (source.isEmpty() && target.isEmpty() && sourceText != null && targetText != null) {
            // texts too short for a check of their own: read against each other
            source = check.swappedTexts(sourceText, targetText, project.sourceLanguage(), project.targetLanguage());
            if (source.isPresent()) {
                throw refusal(sourceField, "source", project.sourceLanguage(), source.get(), " The original and the"
                        + " translation seem swapped. Upload each in its place.");
            }
        }
        if (source.isPresent()) {
            boolean swapped = target.isPresent() && source.get().looksLike().equals(project.targetLanguage())
                    && target.get().looksLike().equals(project.sourceLanguage());
            throw refusal(sourceField, "source", project.sourceLanguage(), source.get(),
                    swapped ? " The target looks like " + target.get().name() + ": the original and the translation"
                            + " seem swapped. Upload each in its place."
                            : looksLikeOther(source.get(), project.targetLanguage(), "target"));
        }
        if (target.isPresent()) {
            throw refusal(targetField, "target", project.targetLanguage(), target.get(),
                    looksLikeOther(target.get(), project.sourceLanguage(), "source"));
        }
    }

    /**
     * Refuses a further translation of a document's original (a version) that is clearly not in the language given
     * for it, {@code project}'s target language here.
     */
    public void checkVersion(ProjectLanguages project, String languageCheck, String field, String text) {
        if (!enabled(languageCheck)) {
            return;
        }
        Optional<LanguageCheck.Mismatch> target = check(text, project.targetLanguage(), project.sourceLanguage());
        if (target.isPresent()) {
            throw refusal(field, "target", project.targetLanguage(), "the language given for this translation",
                    target.get(), looksLikeOther(target.get(), project.sourceLanguage(), "source"));
        }
    }

    /**
     * Refuses a file of pairs in two columns whose first column is clearly not in the project's source language or
     * whose second is clearly not in its target language (columns in the other order are the usual slip); a file too
     * short for that whose rows read the other way round, cell by cell, is refused as swapped too. The cells are given
     * column by column, a row's cells at the same index, an empty cell as "".
     */
    public void checkColumns(ProjectLanguages project, String languageCheck, List<String> firstCells,
                             List<String> secondCells) {
        if (!enabled(languageCheck)) {
            return;
        }
        String firstColumn = joined(firstCells);
        String secondColumn = joined(secondCells);
        Optional<LanguageCheck.Mismatch> first = check(firstColumn, project.sourceLanguage(), project.targetLanguage());
        Optional<LanguageCheck.Mismatch> second = check(secondColumn, project.targetLanguage(), project.sourceLanguage());
        if (first.isEmpty() && second.isEmpty()) {
            Optional<LanguageCheck.Mismatch> rows = check.swappedRows(firstCells, secondCells,
                    project.sourceLanguage(), project.targetLanguage());
            if (rows.isPresent()) {
                throw refusal("source", "target", project.targetLanguage(), "the project's target language",
                        rows.get(), " The columns seem swapped. Put the original in the first column and its"
                                + " translation in the second.", "The second column of the source file");
            }
            return;
        }
        boolean swapped = first.isPresent() && second.isPresent()
                && first.get().looksLike().equals(project.targetLanguage())
                && second.get().looksLike().equals(project.sourceLanguage());
        String advice = swapped ? " The second column looks like " + second.get().name() + ": the columns seem"
                + " swapped. Put the original in the first column and its translation in the second."
                : " The first column must hold the original, the second its translation: is it the right file, and"
                        + " the right project?";
        throw first.isPresent()
                ? refusal("source", "source", project.sourceLanguage(), "the project's source language",
                        first.get(), advice, "The first column of the source file")
                : refusal("source", "source", project.targetLanguage(), "the project's target language",
                        second.get(), advice, "The second column of the source file");
    }

    /** Whether the check is on; a value other than on and off is refused rather than guessed. */
    static boolean enabled(String languageCheck) {
        if (languageCheck == null || languageCheck.isBlank()) {
            return true;
        }
        return switch (languageCheck.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new InvalidInputException(FIELD, FIELD + " is '" + languageCheck + "': send off to"
                    + " import texts the language check refuses, or leave it out (on).");
        };
    }

    /** A column's cells as one text, for the whole-text check; empty cells left out. */
    private static String joined(List<String> cells) {
        return String.join("\n", cells.stream().filter(cell -> !cell.isEmpty()).toList());
    }

    private Optional<LanguageCheck.Mismatch> check(String text, String language, String otherLanguage) {
        return text == null || text.isBlank() ? Optional.empty() : check.check(text, language, otherLanguage);
    }

    private static String looksLikeOther(LanguageCheck.Mismatch mismatch, String otherLanguage, String otherSide) {
        return mismatch.looksLike().equals(otherLanguage)
                ? " That is the project's " + otherSide + " language: is this the " + otherSide + " text, in the"
                        + " wrong place?"
                : " Is it the right file, and the right project?";
    }

    private static LanguageMismatchException refusal(String field, String side, String language,
                                                     LanguageCheck.Mismatch mismatch, String advice) {
        return refusal(field, side, language, "the project's " + side + " language", mismatch, advice);
    }

    private static LanguageMismatchException refusal(String field, String side, String language, String whose,
                                                     LanguageCheck.Mismatch mismatch, String advice) {
        return refusal(field, side, language, whose, mismatch, advice,
                field.endsWith("Text") ? "The " + side + " text" : "The " + side + " file");
    }

    private static LanguageMismatchException refusal(String field, String side, String language, String whose,
                                                     LanguageCheck.Mismatch mismatch, String advice, String what) {
        String name = LanguageCharacters.displayName(language);
        return new LanguageMismatchException(field, what + " looks like " + mismatch.name() + ", not " + name
                + " (" + language + "), " + whose + ": " + mismatch.evidence() + "." + advice
                + " If the text really is " + name + " mixed with another language, import it with " + FIELD
                + "=off (on the upload page: tick \"Import anyway\").");
    }
}
