// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.DictionaryUpload;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Multipart body of a dictionary upload: one TSV or CC-CEDICT file, or a dictd .index with its .dict(.dz). */
public class DictionaryUploadForm {
    @RestForm
    @Schema(type = SchemaType.STRING, format = "binary", description = "TSV (source<TAB>target) or CC-CEDICT, UTF-8")
    public FileUpload file;

    @RestForm
    @Schema(type = SchemaType.STRING, format = "binary", description = "dictd: the .index file")
    public FileUpload index;

    @RestForm
    @Schema(type = SchemaType.STRING, format = "binary", description = "dictd: the .dict or .dict.dz file")
    public FileUpload dict;

    @RestForm
    @Schema(enumeration = {"tsv", "cedict", "dictd"}, description = "Told from the file when absent")
    public String format;

    @RestForm
    @Schema(description = "The file's encoding (e.g. windows-1252, GB18030) when it is not UTF-8 and cannot be told"
            + " from its bytes; the file part's Content-Type charset does as well. Detected when absent")
    public String charset;

    /** The form's fields as the service takes them. */
    public DictionaryUpload upload() {
        return new DictionaryUpload(UploadedFiles.of(file), UploadedFiles.of(index),
                UploadedFiles.of(dict), format, charset);
    }
}
