// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** A project, document or pair that does not exist (or, later, that the user may not see). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String kind, Object id) {
        super("There is no " + kind + " with id " + id + ".");
    }
}
