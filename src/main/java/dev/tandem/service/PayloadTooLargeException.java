// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** An upload or text field over its size limit. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}
