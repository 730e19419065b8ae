// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two spellings are the same term, and the id of a term pair. Stateless.
 */
public final class TermKeys {
    /** Ids stay below 2⁵³, so a JavaScript client reads them exactly. */
    private static final long ID_MASK = (1L << 53) - 1;

    /** What {@link #normal} makes one space; compiled once, as normal runs for every phrase of every pair. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TermKeys() {
    }

    /**
     * A term as compared: NFKC, lower case, runs of white space as one space, no space at either end. "Lin  Daiyu"
     * and "lin daiyu" are one term.
     */
    public static String normal(String term) {
        return singleSpaced(Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /** {@code text} stripped, with each run of white space as one space. */
    static String singleSpaced(String text) {
        String stripped = text.strip();
        return spaced(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" ");
    }

    /** Whether {@code text}'s white space (as {@link #SPACES} sees it) is single spaces already: most phrases. */
    private static boolean spaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The id of the term pair: the first 53 bits of the SHA-256 of both {@linkplain #normal normal} forms. It depends
     * on the terms only, so a candidate keeps its id however often the candidates are found again, and a decision
     * stored for it finds it again; two pairs share an id with a chance of one in 2⁵³.
     */
    public static long id(String source, String target) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((normal(source) + '\t' + normal(target)).getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = id << 8 | (digest[i] & 0xFF);
            }
            return id & ID_MASK;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
