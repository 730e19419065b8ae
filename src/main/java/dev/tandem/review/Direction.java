// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

/** Where a shifted sentence goes: {@link #UP} to the previous pair, {@link #DOWN} to the next one. */
public enum Direction { UP, DOWN }
