// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

/**
 * A review operation that cannot be carried out as asked. Nothing has changed when it is thrown.
 *
 * <p>The message is shown to the user as is: it says what is wrong and, where there is one, what to
 * do instead. Messages are lower-case clauses without a final full stop (for example
 * {@code "the last pair cannot be merged with a next one"}), so the caller can capitalise them or
 * put them after the pair they concern.
 */
public class InvalidOperationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidOperationException(String message) {
        super(message);
    }
}
