// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

/**
 * A {@code <languagemap>}: the language rule named {@code languageRule} applies to the languages whose code matches
 * {@code pattern} in full. Matching ignores case, as OmegaT's ("EN.*") and Okapi's rule files expect.
 */
public record SrxLanguageMap(String pattern, String languageRule) {

    public SrxLanguageMap {
        if (pattern == null || languageRule == null) {
            throw new IllegalArgumentException("a language map needs a pattern and a language rule name");
        }
    }
}
