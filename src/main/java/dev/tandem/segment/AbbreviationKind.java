// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

/** How an abbreviation's final period relates to the end of a sentence. */
enum AbbreviationKind {

    /** Never ends a sentence when text follows: titles and connectives ("Dr.", "Mr.", "e.g.", "z. B."). */
    PREFIX,

    /**
     * Often ends a sentence ("U.S.", "etc.", "Inc."): it does so only before a word that does not
     * start with a lowercase letter or a digit.
     */
    AMBIGUOUS,

    /** Does not end a sentence before a number ("No. 5", "p. 12", "Fig. 3"); otherwise no opinion. */
    NUMERIC
}
