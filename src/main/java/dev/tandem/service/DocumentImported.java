// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** Fired as a document is stored by an import (of any kind); observed after its transaction commits. */
public record DocumentImported(long projectId, long documentId) {
}
