// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/**
 * What a batch import form carries: the zip, or the originals and translations as several files instead; an optional
 * manifest ({@link dev.tandem.formats.BatchManifest}); and the options every document of the batch is imported with,
 * as for one document. Any field may be null; {@code files} empty when none were sent.
 */
public record BatchUpload(UploadedFile zip, List<UploadedFile> files, UploadedFile manifest, String segmentation,
                          String languageCheck) {
    public BatchUpload {
        files = files == null ? List.of() : files.stream().filter(file -> file != null && file.size() > 0).toList();
    }
}
