// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.List;

/**
 * A named, ordered list of rules ({@code <languagerule languagerulename="...">}); the first rule that matches at a
 * position decides it.
 */
public record SrxLanguageRule(String name, List<SrxRule> rules) {

    public SrxLanguageRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a language rule needs a name");
        }
        rules = List.copyOf(rules);
    }
}
