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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells which of a few languages written in the same script a text is in (German, French or English), with the
 * n-gram profiles of optimaize's language-detector (Shuyo's langdetect algorithm; 71 languages).
 *
 * <p>Only the candidates compete, never all 71: a small choice does not confuse a language with a close relative
 * that is not a candidate (Norwegian with Danish, Malay with Indonesian). The text is cut into chunks of about
 * {@value #CHUNK} characters (at most {@value #MAX_CHUNKS}, spread over the text); each chunk votes for the
 * language it gets a probability of at least {@value #MIN_PROBABILITY} for, weighted by its letters. Chunks with
 * fewer than {@value #MIN_DISTINCT_WORDS} different words in all are not judged.
 *
 * <p>Profiles are loaded on first use of a language (about 1 MB each) and kept; detectors are immutable and use a
 * fixed seed, so the result is deterministic and instances are thread-safe.
 */
final class NgramVotes {
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

    /** The languages the profiles know (primary subtags), in no order. */
    static Set<String> known() {
        return LANGUAGES;
    }

    /**
     * The share (0 to 1) of the text's letters in chunks that clearly vote for each candidate; chunks that are not
     * clear count for none, so the shares may add up to less than 1. Empty when the chunks hold too few different
     * words to judge.
     *
     * @param candidates languages {@link #knows known} to the profiles
     */
    Map<String, Double> shares(String text, Set<String> candidates) {
        return shares(text, candidates, MAX_CHUNKS);
    }

    /** As above, reading at most {@code maxChunks} chunks spread over the text. */
    Map<String, Double> shares(String text, Set<String> candidates, int maxChunks) {
        List<String> chunks = chunks(text, maxChunks);
        if (distinctWords(chunks) < MIN_DISTINCT_WORDS) {
            return Map.of();
        }
        LanguageDetector detector = detector(candidates);
        Map<String, Double> votes = new HashMap<>();
        double all = 0;
        for (String chunk : chunks) {
            long letters = chunk.codePoints().filter(Character::isLetter).count();
            all += letters;
            List<DetectedLanguage> found = detector.getProbabilities(texts.forText(chunk));
            if (!found.isEmpty() && found.get(0).getProbability() >= MIN_PROBABILITY) {
                votes.merge(found.get(0).getLocale().getLanguage(), (double) letters, Double::sum);
            }
        }
        double total = all;
        votes.replaceAll((language, letters) -> total == 0 ? 0 : letters / total);
        return votes;
    }

    /**
     * The candidate a short text (a cell of a two-column file) clearly is in, with probability at least
     * {@value #MIN_PROBABILITY}; empty when it is not clear, or when the text has fewer than {@code minWords} different
     * words (a name, a number, "OK" read the same in many languages).
     */
    Optional<String> clearLanguage(String text, Set<String> candidates, int minWords) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find() && words.size() < minWords) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        if (words.size() < minWords) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector(candidates).getProbabilities(texts.forText(text));
        return !found.isEmpty() && found.get(0).getProbability() >= MIN_PROBABILITY
                ? Optional.of(found.get(0).getLocale().getLanguage()) : Optional.empty();
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
        return chunks(text, MAX_CHUNKS);
    }

    private static List<String> chunks(String text, int maxChunks) {
        int wanted = Math.min(maxChunks, Math.max(1, text.length() / CHUNK));
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

    private LanguageDetector detector(Set<String> candidates) {
        String key = String.join("|", new TreeSet<>(candidates));
        return detectors.computeIfAbsent(key, k -> LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(candidates.stream().map(this::profile).toList()).build());
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
