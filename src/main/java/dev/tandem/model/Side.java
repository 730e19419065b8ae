// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

/** Which half of a document pair: the original or its translation. */
public enum Side {
    SOURCE,
    TARGET
}
