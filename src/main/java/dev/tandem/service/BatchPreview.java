// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.ImportJobItem;
import java.util.List;

/**
 * The pairing of a batch upload, each pair read and checked as its import would be, nothing stored: {@code items}
 * has the pairs that would be imported ({@code PENDING}), then those refused and the files that paired with nothing
 * ({@code REFUSED}, with the reason).
 *
 * @param file    the zip's name as uploaded
 * @param pairs   how many pairs would be imported
 * @param refused how many pairs, and files without a partner, would not
 * @param key     SHA-256 (hex) of the zip and the manifest: the web form sends it back with its confirmation, so
 *                that what is imported is what was shown
 */
public record BatchPreview(String file, int pairs, int refused, List<ImportJobItemView> items, String key) {
    static BatchPreview of(String file, List<ImportJobItemView> items, String key) {
        int pending = (int) items.stream().filter(item -> item.state() == ImportJobItem.State.PENDING).count();
        return new BatchPreview(file, pending, items.size() - pending, items, key);
    }
}
