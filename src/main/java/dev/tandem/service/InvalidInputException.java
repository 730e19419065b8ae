// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * The request cannot be carried out as sent. The message is shown to the user: it says what is wrong and how
 * to fix it. {@code field} names the input at fault, when there is one.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
