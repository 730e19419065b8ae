// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * What bytes that are not valid UTF-8 hold of UTF-8: whether they are UTF-8 damaged here and there (a stray byte, a
 * cut character) or text in a legacy charset that happens to contain a few valid UTF-8 sequences.
 *
 * <p>Every byte sequence is classed as ASCII, a valid multi-byte UTF-8 sequence whose character is plausible in the
 * language, a valid one whose character is not, or invalid. A UTF-8 text with a stray byte has many plausible
 * sequences (its accented letters, dashes, quotes, Han characters) and few invalid ones. Legacy text has the
 * opposite: on the development texts (GB18030 and Big5 Chinese, Shift_JIS and EUC-JP Japanese, windows-1252 German
 * and French, windows-1251 and KOI8-R Russian; every window of 20 to 100,000 characters) plausible sequences were
 * never more than 1/24 of the rest.
 */
final class Utf8Damage {

    /**
     * @param plausible   valid multi-byte sequences decoding to a character plausible in the language
     * @param implausible valid multi-byte sequences decoding to other characters
     * @param invalid     invalid sequences (each maximal invalid part counted once)
     * @param example     byte offset of the first plausible sequence, or -1
     * @param exampleCodePoint its character, or -1
     */
    record Counts(int plausible, int implausible, int invalid, int example, int exampleCodePoint) {

        /** At least as many plausible UTF-8 characters as everything else that is not ASCII. */
        boolean mostlyUtf8() {
            return plausible > 0 && plausible >= implausible + invalid;
        }

        /**
         * Enough plausible UTF-8 characters to call a file whose rest reads in a single-byte charset a mix of the two:
         * at least two, and a fifth of the non-ASCII sequences. Not just one: in KOI8-R Russian, "пё" is the UTF-8
         * for "У".
         */
        boolean partlyUtf8() {
            return plausible >= 2 && 4 * plausible >= implausible + invalid;
        }
    }

    private Utf8Damage() {
    }

    static Counts count(byte[] bytes, LanguageCharacters language) {
        int plausible = 0;
        int implausible = 0;
        int invalid = 0;
        int example = -1;
        int exampleCodePoint = -1;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length < 0) {
                invalid++;
                i += -length;
                continue;
            }
            int codePoint = decode(bytes, i, length);
            if (language.plausible(codePoint)) {
                plausible++;
                if (example < 0) {
                    example = i;
                    exampleCodePoint = codePoint;
                }
            } else {
                implausible++;
            }
            i += length;
        }
        return new Counts(plausible, implausible, invalid, example, exampleCodePoint);
    }

    /**
     * The length of the valid UTF-8 sequence at {@code i}, or minus the length of its invalid part (the lead byte and
     * the continuation bytes that were still acceptable, as Unicode's "maximal subpart" practice counts it).
     */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min2 = lead == 0xE0 ? 0xA0 : 0x80;
            max2 = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min2 = lead == 0xF0 ? 0x90 : 0x80;
            max2 = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= bytes.length) {
                return -k;
            }
            int b = bytes[i + k] & 0xFF;
            boolean ok = k == 1 ? b >= min2 && b <= max2 : b >= 0x80 && b <= 0xBF;
            if (!ok) {
                return -k;
            }
        }
        return length;
    }

    private static int decode(byte[] bytes, int i, int length) {
        int codePoint = bytes[i] & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            codePoint = codePoint << 6 | bytes[i + k] & 0x3F;
        }
        return codePoint;
    }
}
