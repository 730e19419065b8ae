// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/** A dictionary file that cannot be read; the message says where and what to fix. */
public class DictionaryFormatException extends Exception {
    public DictionaryFormatException(String message) {
        super(message);
    }
}
