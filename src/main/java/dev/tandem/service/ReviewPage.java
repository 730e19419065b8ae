// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** The review page's reading: the document's summary and the page of pairs shown, numbered from 1. */
public record ReviewPage(DocumentSummary summary, PairPage pairs, int page) {
}
