// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** The project has a dictionary with exactly these entries already: stored twice, every link would count twice. */
public class DuplicateDictionaryException extends InvalidInputException {
    public DuplicateDictionaryException(String message) {
        super("file", message);
    }
}
