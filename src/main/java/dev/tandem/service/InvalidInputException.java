// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.function.Supplier;

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

    /**
     * What {@code check}, a check of the core on the input {@code field}, returns; its refusal (an
     * {@link IllegalArgumentException}, whose message the core words for the user) becomes this exception on
     * {@code field}.
     */
    public static <T> T checked(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
