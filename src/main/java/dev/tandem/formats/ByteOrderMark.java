// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.List;
import java.util.Optional;

/** A Unicode byte order mark at the start of a file: the charset it announces and its length in bytes. */
record ByteOrderMark(String charset, int length) {

    // UTF-32LE must come before UTF-16LE: FF FE 00 00 starts with the UTF-16LE mark.
    private static final List<Signature> SIGNATURES = List.of(
            new Signature(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
            new Signature(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"),
            new Signature(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
            new Signature(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
            new Signature(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE"));

    private record Signature(byte[] bytes, String charset) {
    }

    /** The mark {@code bytes} start with, if any. */
    static Optional<ByteOrderMark> of(byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.bytes())) {
                return Optional.of(new ByteOrderMark(signature.charset(), signature.bytes().length));
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
