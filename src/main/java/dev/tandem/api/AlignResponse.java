// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import java.util.List;

/** Result of {@code POST /api/align}: the sentences as aligned and beads covering each exactly once, in order. */
public record AlignResponse(List<String> source, List<String> target, List<BeadResponse> beads) {
    /** Indexes of the sentences of one bead, and the aligner's confidence in [0, 1]. */
    public record BeadResponse(List<Integer> source, List<Integer> target, double confidence) {
    }
}
