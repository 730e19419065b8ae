// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** An unreviewed pair in the review queue, with why it is there ("confidence 0.42; next to pair 13 (QA flag)"). */
public record RiskyPair(PairView pair, String reason) {
}
