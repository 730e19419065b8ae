// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * Removes what XML 1.0 cannot carry, so that any Java string can be written into a TMX file.
 *
 * <p>XML 1.0 allows only {@code #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]}.
 * Everything else (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; surrogates that are not part of
 * a valid pair) is dropped, and no escape can bring it back, so it is dropped rather than replaced.
 * Valid surrogate pairs (emoji and other supplementary characters) are kept.
 */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Returns {@code text} without the characters XML 1.0 forbids; the same instance if there are none.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static String clean(String text) {
        int firstBad = firstIllegal(text);
        if (firstBad < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, firstBad);
        for (int i = firstBad; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isLegal(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Whether XML 1.0 allows the code point; a lone surrogate code unit is not allowed. */
    public static boolean isLegal(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    private static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); ) {
            // codePointAt returns the surrogate itself when it is unpaired, which isLegal rejects.
            int cp = text.codePointAt(i);
            if (!isLegal(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
