// SPDX-License-Identifier: Apache-2.0
/**
 * Sentence segmentation: text → {@link dev.tandem.segment.Segment}s (offsets into the original
 * text, lossless). Pure: imports only {@code java.*} and {@code com.ibm.icu.*}.
 *
 * <p>Entry point is {@link dev.tandem.segment.Segmenters}: {@code forLanguage(tag)} for ICU
 * sentence rules with Tandem's corrections, {@code lines()} for text that is already one sentence
 * per line. Abbreviation lists live next to the classes as {@code abbrev-<language>.txt}; languages
 * without one use CLDR's list shipped in ICU.
 */
package dev.tandem.segment;
