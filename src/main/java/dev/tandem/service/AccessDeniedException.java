// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** The user may see the thing but not do this to it (a viewer editing, a non-admin managing users): 403. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
