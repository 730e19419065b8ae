// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** File formats of an export. */
public enum ExportFormat {
    TMX("application/x-tmx+xml", "tmx"),
    TSV("text/tab-separated-values; charset=UTF-8", "tsv"),
    /** A spreadsheet to proofread: position, source, target, status, confidence, flags. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** Plain parallel text as Moses and OPUS tools read it: a zip of two line-aligned files, one per language. */
    MOSES("application/zip", "zip"),
    /** XLIFF 2.0 bilingual, for CAT tools that prefer it to TMX. */
    XLIFF("application/xliff+xml", "xlf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The name the {@code format} parameter takes, e.g. {@code moses}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the {@code format} query parameter; absent means TMX. */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return TMX;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "format '" + value + "' is unknown: use "
                    + Arrays.stream(values()).map(ExportFormat::parameter).collect(Collectors.joining(", ")) + ".");
        }
    }
}
