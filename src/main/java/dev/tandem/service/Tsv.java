// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** TSV cell escaping: backslash, tab, newline and carriage return become {@code \\ \t \n \r}. */
final class Tsv {
    private Tsv() {
    }

    static String escape(String cell) {
        var out = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
