// SPDX-License-Identifier: Apache-2.0
package dev.tandem.archfixture.first;

import dev.tandem.archfixture.second.Second;

/** Half of a deliberate package cycle, so that {@code ArchitectureTest} can show its rule catches one. */
public final class First {
    public Second next() {
        return new Second();
    }
}
