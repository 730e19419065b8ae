// SPDX-License-Identifier: Apache-2.0
/**
 * TMX 1.4b export. Pure: imports only {@code java.*}, {@code javax.xml.*} and {@code com.ibm.icu.*}.
 *
 * <p>{@link dev.tandem.tmx.TmxWriter} streams {@link dev.tandem.tmx.TmxUnit}s under a
 * {@link dev.tandem.tmx.TmxHeader}; {@link dev.tandem.tmx.SentenceJoiner} turns the sentences of one side
 * of a pair into the text of one {@code <seg>}.
 */
package dev.tandem.tmx;
