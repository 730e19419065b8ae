// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** Who asked for an import, captured on the request: a job stores the document later, on a thread of its own. */
public record Importer(String username, String address) {
}
