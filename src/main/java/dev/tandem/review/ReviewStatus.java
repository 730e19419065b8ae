// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

/**
 * How far a person has reviewed a pair. {@link #AUTO}: made by the aligner or by a structural edit,
 * not yet confirmed; {@link #CONFIRMED}: a person accepted it, so realignment never touches it;
 * {@link #REJECTED}: a person marked it wrong, so realignment may redo it.
 */
public enum ReviewStatus { AUTO, CONFIRMED, REJECTED }
