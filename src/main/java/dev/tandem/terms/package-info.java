// SPDX-License-Identifier: Apache-2.0
/**
 * Bilingual term candidates found in aligned pairs, and what a term base needs of them. Pure: imports only
 * {@code java.*}, {@code javax.xml.stream.*}, {@code com.ibm.icu.*} and other core packages.
 *
 * <p>{@link dev.tandem.terms.TermExtractor} finds source and target phrases (single words and runs of up to a few
 * words) that keep occurring in the same pairs; {@link dev.tandem.terms.TermKeys} says when two spellings are the
 * same term and gives a term pair its stable id; {@link dev.tandem.terms.TbxWriter} writes accepted terms as TBX-Basic
 * (TBX v3, ISO 30042:2019).
 */
package dev.tandem.terms;
