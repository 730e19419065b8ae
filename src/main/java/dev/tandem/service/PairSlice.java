// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/** Pairs next to a position, in position order, and whether more lie beyond them in the same direction. */
public record PairSlice(List<PairView> items, boolean more) {
}
