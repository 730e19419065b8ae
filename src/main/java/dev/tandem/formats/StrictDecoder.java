// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes with a charset, stopping at the first byte sequence the charset cannot decode instead of
 * replacing it, and reporting where that is. {@code CharsetDecoder.decode(ByteBuffer)} would only say that
 * something failed, not where, and the offset is what the user needs to find the problem.
 */
final class StrictDecoder {
    private StrictDecoder() {
    }

    /** Either the decoded text, or where decoding failed. */
    sealed interface Result permits Decoded, Failed {
    }

    record Decoded(String text) implements Result {
    }

    /**
     * @param byteOffset offset of the first undecodable byte, counted from the start of the whole input
     * @param length     number of bytes found invalid there (at least 1)
     * @param line       1-based line of the failure, counted in the text decoded before it
     */
    record Failed(int byteOffset, int length, int line) implements Result {
    }

    /** Decodes {@code bytes[from..]} strictly. */
    static Result decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(initialCapacity(bytes.length - from, decoder));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
            } else {
                out.flip();
                return new Failed(in.position(), result.length(), lineOf(out));
            }
        }
        // Stateful charsets (ISO-2022) may still hold output; flush only reports underflow or overflow.
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        return new Decoded(out.toString());
    }

    private static int initialCapacity(int byteCount, CharsetDecoder decoder) {
        return (int) Math.min(Integer.MAX_VALUE - 8, (long) (byteCount * (double) decoder.averageCharsPerByte()) + 16);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, out.capacity() * 2L + 16));
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static int lineOf(CharBuffer decodedSoFar) {
        int line = 1;
        for (int i = 0; i < decodedSoFar.limit(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
