// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

/** Review state of a pair: {@code AUTO} from the aligner, then confirmed or rejected by a reviewer. */
public enum PairStatus {
    AUTO,
    CONFIRMED,
    REJECTED
}
