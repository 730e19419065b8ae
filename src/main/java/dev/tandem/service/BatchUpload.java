// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * What a batch import form carries: the zip, an optional manifest ({@link dev.tandem.formats.BatchManifest}), and
 * the options every document of the batch is imported with, as for one document. Any field may be null.
 */
public record BatchUpload(UploadedFile zip, UploadedFile manifest, String segmentation, String languageCheck) {
}
