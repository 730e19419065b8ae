// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Case-sensitive abbreviations of one language with their {@link AbbreviationKind}.
 *
 * <p>Abbreviations are matched by {@linkplain #key key}: the written form without spaces and
 * without its final period, so "z. B." and "z.B." are both {@code z.B}.
 */
final class AbbreviationSet {

    static final AbbreviationSet EMPTY = new AbbreviationSet(Map.of());

    /** Where ICU4J keeps the CLDR sentence-break suppressions ("exceptions/SentenceBreak"). */
    private static final String ICU_BREAK_DATA = "com/ibm/icu/impl/data/icudata/brkitr";

    private final Map<String, AbbreviationKind> kinds;

    private AbbreviationSet(Map<String, AbbreviationKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The key of a written abbreviation, e.g. {@code "z. B."} → {@code "z.B"}. */
    static String key(CharSequence written) {
        StringBuilder key = new StringBuilder(written.length());
        written.codePoints().filter(cp -> !Chars.isWhitespace(cp)).forEach(key::appendCodePoint);
        if (key.length() > 0 && key.charAt(key.length() - 1) == '.') {
            key.setLength(key.length() - 1);
        }
        return key.toString();
    }

    Optional<AbbreviationKind> find(String key) {
        return Optional.ofNullable(kinds.get(key));
    }

    boolean contains(String key) {
        return kinds.containsKey(key);
    }

    int size() {
        return kinds.size();
    }

    /** Every abbreviation, by key, with its kind. */
    Map<String, AbbreviationKind> entries() {
        return kinds;
    }

    /**
     * Reads a list from the class path ({@code abbrev-<language>.txt} next to this class), or
     * returns empty if there is none. Each line is an abbreviation as written, including its final
     * period and any inner spaces, then whitespace and a kind ({@code prefix}, {@code ambiguous},
     * {@code numeric}); {@code #} starts a comment.
     */
    static Optional<AbbreviationSet> fromResource(String language) {
        String name = "abbrev-" + language + ".txt";
        try (InputStream in = AbbreviationSet.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static AbbreviationSet parse(BufferedReader reader, String source) throws IOException {
        Map<String, AbbreviationKind> kinds = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            // The kind is the last word; the abbreviation before it may itself contain spaces.
            int split = content.lastIndexOf(' ');
            if (split < 0) {
                throw new IllegalArgumentException(source + ":" + number + ": missing kind");
            }
            String kind = content.substring(split + 1).toUpperCase(Locale.ROOT);
            kinds.put(key(content.substring(0, split)), AbbreviationKind.valueOf(kind));
        }
        return new AbbreviationSet(kinds);
    }

    /**
     * CLDR's sentence-break suppressions for {@code locale}'s language as {@link AbbreviationKind#PREFIX}
     * entries, which is how ICU's own filtered iterator treats them; empty if CLDR has none.
     */
    static AbbreviationSet fromIcu(ULocale locale) {
        try {
            UResourceBundle bundle = UResourceBundle.getBundleInstance(ICU_BREAK_DATA, locale);
            // ICU falls back to the default locale's data, which would be another language's list.
            if (!bundle.getULocale().getLanguage().equals(locale.getLanguage())) {
                return EMPTY;
            }
            Map<String, AbbreviationKind> kinds = new HashMap<>();
            for (String written : bundle.get("exceptions").get("SentenceBreak").getStringArray()) {
                if (written.endsWith(".")) {
                    kinds.put(key(written), AbbreviationKind.PREFIX);
                }
            }
            return new AbbreviationSet(kinds);
        } catch (MissingResourceException e) {
            return EMPTY;
        }
    }
}
