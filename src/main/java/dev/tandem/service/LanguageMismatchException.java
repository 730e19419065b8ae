// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * A side of an import is clearly not in the project's language (see {@link ImportLanguages}). A 400 like any invalid
 * input, told apart so that the upload page can offer to import it anyway.
 */
public class LanguageMismatchException extends InvalidInputException {
    public LanguageMismatchException(String field, String message) {
        super(field, message);
    }
}
