// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** One sentence as shown to users: its 0-based index on its side and its text. */
public record SentenceView(int index, String text) {
}
