// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

/**
 * A position the page puts in an address it calls itself ({@code ?after=}, {@code ?index=}), 0-based; -1, "none", when
 * absent or edited out of shape, so that the call starts from the beginning instead of answering "no such page".
 */
final class PositionParam {
    private PositionParam() {
    }

    static int read(String param) {
        try {
            return param == null || param.isBlank() ? -1 : Math.max(-1, Integer.parseInt(param.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
