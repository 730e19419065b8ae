// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** A project, document, pair or account that does not exist (or that the user may not see). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String kind, Object id) {
        this("There is no " + kind + " with id " + id + ".");
    }

    private NotFoundException(String message) {
        super(message);
    }

    /** Something looked up by its name, such as an account by its username. */
    public static NotFoundException named(String kind, String name) {
        return new NotFoundException("There is no " + kind + " named \"" + name + "\".");
    }
}
