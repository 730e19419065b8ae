// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import java.util.UUID;

/**
 * One-time keys of forms that create something (a project, a token): the page writes a new one into the form, and
 * the same form sent again (the Back button, a reload, a double click) finds what it made instead of making another.
 */
final class FormKeys {
    private FormKeys() {
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The form's one-time key if it is one a page made (a UUID), else none. */
    static String sent(String formKey) {
        try {
            return formKey == null || formKey.isBlank() ? null : UUID.fromString(formKey.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
