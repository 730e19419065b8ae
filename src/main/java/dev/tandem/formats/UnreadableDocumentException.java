// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * An uploaded file cannot be imported: not the format it claims, malformed, or hostile (entity declarations, a zip
 * bomb). The message is written for the uploader: what is wrong and how to fix it, shown as is.
 */
public class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
