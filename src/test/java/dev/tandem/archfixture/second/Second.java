// SPDX-License-Identifier: Apache-2.0
package dev.tandem.archfixture.second;

import dev.tandem.archfixture.first.First;

/** The other half of the deliberate package cycle of {@link First}. */
public final class Second {
    public First back() {
        return new First();
    }
}
