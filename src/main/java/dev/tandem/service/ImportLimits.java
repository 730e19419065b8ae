// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

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
}
