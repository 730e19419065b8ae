// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/** A file whose content exceeds an import limit once unpacked or extracted; the message names the limit. */
public class DocumentTooLargeException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    public DocumentTooLargeException(String message) {
        super(message);
    }
}
