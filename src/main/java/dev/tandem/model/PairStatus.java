// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.qute.TemplateEnum;

/** Review state of a pair: {@code AUTO} from the aligner, then confirmed or rejected by a reviewer. */
@TemplateEnum
public enum PairStatus {
    AUTO,
    CONFIRMED,
    REJECTED
}
