// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * The uploaded bytes cannot be turned into text safely. The message is written for the person who uploaded the
 * file: it says what is wrong (with a byte offset where there is one) and how to fix it, and can be shown as is.
 */
public class UndecodableTextException extends Exception {
    private static final long serialVersionUID = 1L;

    public UndecodableTextException(String message) {
        super(message);
    }
}
