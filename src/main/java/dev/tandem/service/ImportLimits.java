// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.ZipLimits;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Size limits on what users send. Requests above them get a clear 413, not a half-imported document. */
@ConfigMapping(prefix = "tandem.import")
public interface ImportLimits {
    /** Most characters in one side's text (default 5,000,000, about a 1,500-page book). */
    @WithDefault("5000000")
    int maxChars();

    /** Most sentences in one side of a {@code /api/align} request (default 200,000). */
    @WithDefault("200000")
    int maxSentences();

    /** Most entries in an uploaded DOCX (Word writes a few dozen). */
    @WithDefault("1000")
    int maxZipEntries();

    /** Most bytes a DOCX may unpack to, counted while inflating. */
    @WithDefault("200M")
    MemorySize maxUnzippedBytes();

    /** Most inflated bytes per compressed byte of one DOCX entry above 1 MB (Word's XML: 3–20; zip bombs: 1000). */
    @WithDefault("100")
    int maxCompressionRatio();

    default ZipLimits zipLimits() {
        return new ZipLimits(maxZipEntries(), maxUnzippedBytes().asLongValue(), maxCompressionRatio());
    }
}
