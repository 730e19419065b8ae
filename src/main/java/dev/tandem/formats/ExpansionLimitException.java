// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.IOException;

/**
 * A zip entry inflates beyond a limit. An {@link IOException}, so it passes through the XML parser that reads the
 * inflating stream and reaches {@link SafeXml}, which turns it into a {@link DocumentTooLargeException}.
 */
public final class ExpansionLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    ExpansionLimitException(String message) {
        super(message);
    }
}
