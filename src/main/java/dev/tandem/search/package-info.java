// SPDX-License-Identifier: Apache-2.0
/**
 * PURE. The concordance's full-text index of sentence pairs (Apache Lucene): how text is cut into terms (words, and
 * CJK characters as overlapping bigrams, so text without spaces is found), how a user's query becomes a Lucene
 * query, and where the matches lie in the texts. Imports only the JDK, Lucene and other core packages.
 */
package dev.tandem.search;
