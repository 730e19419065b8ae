// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' messages name the API's JSON fields ("paste the text into sourceText", "sourceLanguage 'chinese'
 * names no known language"); a form shows them with the words of its own labels instead.
 */
final class FormWords {
    private static final Map<String, String> LABELS = Map.of(
            "sourceText", "the original's text box",
            "targetText", "the translation's text box",
            "sourceCharset", "the original's Encoding",
            "targetCharset", "the translation's Encoding",
            "sourceLanguage", "the source language",
            "targetLanguage", "the target language",
            "baseVersion", "the page's version");
    /** Advice written for API clients, and what the form says instead. */
    private static final Map<String, String> PHRASES = Map.of(
            "import it with languageCheck=off (on the upload page: tick \"Import anyway\")",
            "tick “Import anyway” under Sentences and send the form again");
    private static final Pattern FIELDS = Pattern.compile("\\b(" + String.join("|", LABELS.keySet()) + ")\\b");
    /** The Encoding boxes, by the field the API names in advice such as "declare sourceCharset=windows-1252". */
    private static final Map<String, String> ENCODINGS = Map.of(
            "sourceCharset", "the original's Encoding",
            "targetCharset", "the translation's Encoding",
            "charset", "Encoding");
    private static final String NAME = "[A-Za-z0-9_:-]+(?:\\.[A-Za-z0-9_:-]+)*";
    /** "declare sourceCharset=GB18030 or sourceCharset=Big5": one declaration, or a list of them for one field. */
    private static final Pattern DECLARATIONS = Pattern.compile("(?:declare )?\\b(sourceCharset|targetCharset|charset)="
            + "(" + NAME + "(?:(?:, | or )\\1=" + NAME + ")*)");

    private FormWords() {
    }

    /** {@code message} with each JSON field name replaced by its label, a capital letter where a sentence starts. */
    static String of(String message) {
        if (message == null) {
            return null;
        }
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            message = message.replace(phrase.getKey(), phrase.getValue());
        }
        message = encodings(message);
        Matcher field = FIELDS.matcher(message);
        StringBuilder text = new StringBuilder();
        while (field.find()) {
            String label = LABELS.get(field.group(1));
            if (startsSentence(message, field.start())) {
                label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
            }
            field.appendReplacement(text, Matcher.quoteReplacement(label));
        }
        return field.appendTail(text).toString();
    }

    /** "declare sourceCharset=A or sourceCharset=B" as "choose A or B under the original's Encoding". */
    private static String encodings(String message) {
        Matcher declaration = DECLARATIONS.matcher(message);
        StringBuilder text = new StringBuilder();
        while (declaration.find()) {
            String field = declaration.group(1);
            List<String> names = new ArrayList<>();
            for (String name : declaration.group(2).split(", | or ")) {
                names.add(name.substring(name.indexOf('=') + 1));
            }
            String last = names.remove(names.size() - 1);
            String choice = (names.isEmpty() ? "" : String.join(", ", names) + " or ") + last;
            String verb = startsSentence(message, declaration.start()) ? "Choose " : "choose ";
            declaration.appendReplacement(text, Matcher.quoteReplacement(verb + choice + " under "
                    + ENCODINGS.get(field)));
        }
        return declaration.appendTail(text).toString();
    }

    private static boolean startsSentence(String message, int at) {
        String before = message.substring(0, at).stripTrailing();
        return before.isEmpty() || before.endsWith(".") && !before.endsWith("e.g.");
    }
}
