// SPDX-License-Identifier: Apache-2.0
/**
 * Turning uploaded bytes into text. Pure: imports only {@code java.*} and {@code com.ibm.icu.*}.
 *
 * <p>{@link dev.tandem.formats.TextDecoder} decodes strictly and never guesses silently: the result says which
 * charset was used and whether it was declared or found from the bytes.
 */
package dev.tandem.formats;
