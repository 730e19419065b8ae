// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * A further translation of a document's original as it arrives: its language, and its text as a file or pasted.
 *
 * @param targetLanguage the translation's language, a BCP 47 tag (e.g. fr, de-CH); required
 * @param target         the translation as a file (text, HTML or DOCX), or null
 * @param targetText     the translation pasted, or null
 * @param targetCharset  the file's encoding where the client knows it, or null
 * @param title          the version's title, or null for the original's with the language
 * @param segmentation   {@code auto} (default) or {@code lines}, for the translation's side
 * @param languageCheck  {@code off} to import a text the language check refuses; else null or {@code on}
 */
public record VersionUpload(String targetLanguage, UploadedFile target, String targetText, String targetCharset,
                            String title, String segmentation, String languageCheck) {
}
