// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** A document deleted, or changed where it had been exported already, while an export was streaming it. */
public class ExportConflictException extends RuntimeException {
    public ExportConflictException(String message) {
        super(message);
    }
}
