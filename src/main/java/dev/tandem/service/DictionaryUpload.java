// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * What a dictionary upload form carries: one TSV or CC-CEDICT file, or a dictd index and dict, and the file's encoding
 * when the uploader names it; any may be null.
 */
public record DictionaryUpload(UploadedFile file, UploadedFile index, UploadedFile dict, String format, String charset) {
}
