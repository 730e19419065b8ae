// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** A well-formed edit that cannot be carried out on this document (merge the last pair, an unknown pair, …). */
public class ImpossibleEditException extends RuntimeException {
    private final String field;

    public ImpossibleEditException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
