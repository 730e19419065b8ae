// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * What a document import form carries, field by field: two files, or two pasted texts, with their options. Any field
 * may be null (not sent).
 */
public record DocumentUpload(String title, UploadedFile source, UploadedFile target, String sourceText,
                             String targetText, String sourceCharset, String targetCharset, String segmentation,
                             String languageCheck) {
}
