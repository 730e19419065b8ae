// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** A document pair as it arrives at import: texts already decoded; segmentation as requested (may be null). */
public record DocumentInput(String title, String sourceText, String targetText, String segmentation) {
}
