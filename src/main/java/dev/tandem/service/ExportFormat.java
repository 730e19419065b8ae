// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.Locale;

/** File formats of an export. */
public enum ExportFormat {
    TMX("application/x-tmx+xml", "tmx"),
    TSV("text/tab-separated-values; charset=UTF-8", "tsv");

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

    /** Parses the {@code format} query parameter; absent means TMX. */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return TMX;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "format '" + value + "' is unknown: use tmx or tsv.");
        }
    }
}
