// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** The pairs {@code [fromPosition, toPosition]} of a document, named by the ids of their first and last pair. */
public record PairStretch(long fromPair, int fromPosition, long toPair, int toPosition) {
}
