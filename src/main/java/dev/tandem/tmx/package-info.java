// SPDX-License-Identifier: Apache-2.0
/**
 * TMX 1.4b export and TMX 1.1–1.4b import. Pure: imports only {@code java.*}, {@code javax.xml.*},
 * {@code com.ibm.icu.*} and {@code dev.tandem.formats}, for its XML pieces: {@link dev.tandem.formats.SafeXml} (reading
 * safely), {@link dev.tandem.formats.XmlText} (characters XML forbids), {@link dev.tandem.formats.LanguageMatcher}
 * ({@code xml:lang} values) and {@link dev.tandem.formats.LanguageTags} (well-formed tags). {@code formats} never uses
 * this package.
 *
 * <p>{@link dev.tandem.tmx.TmxWriter} streams {@link dev.tandem.tmx.TmxUnit}s under a
 * {@link dev.tandem.tmx.TmxHeader}; {@link dev.tandem.tmx.SentenceJoiner} turns the sentences of one side
 * of a pair into the text of one {@code <seg>}. {@link dev.tandem.tmx.TmxReader} reads the units of one language
 * pair from an uploaded TMX file into {@link dev.tandem.tmx.TmxContent}, refusing unsafe or malformed files with a
 * {@link dev.tandem.tmx.TmxFormatException} whose message is meant for the user.
 */
package dev.tandem.tmx;
