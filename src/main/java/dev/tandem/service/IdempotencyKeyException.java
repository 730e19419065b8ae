// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * An {@code Idempotency-Key} that cannot be honoured: reused for a different request (422), or naming a document
 * that has been deleted since (409).
 */
public class IdempotencyKeyException extends RuntimeException {
    private final int status;

    public IdempotencyKeyException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
