// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells which of two languages written in the same script a text is in (German or French, English or German), with
 * the n-gram profiles of optimaize's language-detector (Shuyo's langdetect algorithm; 71 languages).
 *
 * <p>Only the two languages compete, never all 71: a binary choice does not confuse a language with a close
 * relative outside the pair (Norwegian with Danish, Malay with Indonesian). The text is cut into chunks of about
 * {@value #CHUNK} characters (at most {@value #MAX_CHUNKS}, spread over the text); each chunk votes for the
 * language it gets a probability of at least {@value #MIN_PROBABILITY} for, weighted by its letters. Chunks with
 * fewer than {@value #MIN_DISTINCT_WORDS} different words in all are not judged.
 *
 * <p>Profiles are loaded on first use of a language (about 1 MB each) and kept; detectors are immutable and use a
 * fixed seed, so the result is deterministic and instances are thread-safe.
 */
final class LanguagePairIdentifier {
    static final int CHUNK = 100;
    static final int MAX_CHUNKS = 40;
    static final double MIN_PROBABILITY = 0.9;
    /**
     * Different words the chunks must hold for a judgement: a list, a table or numbered lines ("Line 1 here.",
     * "Line 2 here." …) repeat too few words for n-grams to tell languages apart.
     */
    static final int MIN_DISTINCT_WORDS = 20;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private static final Set<String> LANGUAGES = BuiltInLanguages.getLanguages().stream()
            .map(LdLocale::toString).collect(Collectors.toUnmodifiableSet());

    private final Map<String, LanguageProfile> profiles = new ConcurrentHashMap<>();
    private final Map<String, LanguageDetector> detectors = new ConcurrentHashMap<>();
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    /** Whether the profiles know the language (a primary subtag such as {@code de}; not {@code zh}). */
    static boolean knows(String language) {
        return LANGUAGES.contains(language);
    }

    /**
     * The share (0 to 1) of the text's letters in chunks that vote for {@code other} rather than {@code language};
     * chunks that are not clearly either count for neither.
     *
     * @param language a language {@link #knows known}, the one the text should be in
     * @param other    another known language
     */
    double shareOf(String other, String text, String language) {
        List<String> chunks = chunks(text);
        if (distinctWords(chunks) < MIN_DISTINCT_WORDS) {
            return 0;
        }
        LanguageDetector detector = detector(language, other);
        double voting = 0;
        double all = 0;
        for (String chunk : chunks) {
            long letters = chunk.codePoints().filter(Character::isLetter).count();
            all += letters;
            List<DetectedLanguage> found = detector.getProbabilities(texts.forText(chunk));
            if (!found.isEmpty() && found.get(0).getProbability() >= MIN_PROBABILITY
                    && found.get(0).getLocale().getLanguage().equals(other)) {
                voting += letters;
            }
        }
        return all == 0 ? 0 : voting / all;
    }

    private static int distinctWords(List<String> chunks) {
        Set<String> words = new HashSet<>();
        for (String chunk : chunks) {
            Matcher word = WORD.matcher(chunk);
            while (word.find() && words.size() < MIN_DISTINCT_WORDS) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words.size();
    }

    /**
     * Chunks of about {@link #CHUNK} characters, at most {@link #MAX_CHUNKS} evenly spread over the text, moved to
     * word boundaries when a space is near (scripts such as Thai have none).
     */
    static List<String> chunks(String text) {
        int wanted = Math.min(MAX_CHUNKS, Math.max(1, text.length() / CHUNK));
        double step = text.length() / (double) wanted;
        List<String> chunks = new ArrayList<>(wanted);
        for (int k = 0; k < wanted; k++) {
            int start = k == 0 ? 0 : afterSpace(text, (int) (k * step));
            int end = k == wanted - 1 ? text.length() : afterSpace(text, Math.min(text.length(), start + CHUNK));
            if (start < end) {
                chunks.add(text.substring(start, end));
            }
        }
        return chunks;
    }

    /** The index after the first whitespace at or after {@code at}, if one is within 30 characters; else at. */
    private static int afterSpace(String text, int at) {
        for (int i = at; i < Math.min(text.length(), at + 30); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return at;
    }

    private LanguageDetector detector(String language, String other) {
        String key = language.compareTo(other) < 0 ? language + "|" + other : other + "|" + language;
        return detectors.computeIfAbsent(key, k -> LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(List.of(profile(language), profile(other))).build());
    }

    private LanguageProfile profile(String language) {
        return profiles.computeIfAbsent(language, name -> {
            try {
                return new LanguageProfileReader().readBuiltIn(LdLocale.fromString(name));
            } catch (IOException e) {
                throw new UncheckedIOException("The language profile of " + name + " cannot be read", e);
            }
        });
    }
}
