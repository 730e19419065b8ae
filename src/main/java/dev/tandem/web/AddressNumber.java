// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

/**
 * A whole number a page puts in an address it calls itself ({@code ?page=}, {@code ?offset=}, {@code ?after=},
 * {@code ?index=}). A reader may edit it out of shape; the page then shows its start, with a notice where the reader
 * asked for something, instead of answering "no such page".
 */
final class AddressNumber {
    private AddressNumber() {
    }

    /** The number; {@code absent} when the parameter is missing or blank; null when it is no whole number. */
    static Integer read(String param, int absent) {
        if (param == null || param.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(param.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A 0-based position, -1 ("none", so from the start) when absent or out of shape. */
    static int position(String param) {
        Integer position = read(param, -1);
        return position == null ? -1 : Math.max(-1, position);
    }
}
