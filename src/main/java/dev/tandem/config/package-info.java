// SPDX-License-Identifier: Apache-2.0
/**
 * Every setting of Tandem's own, under {@code tandem.*}, in one {@link dev.tandem.config.TandemConfig} mapping with a
 * group per concern; the README's configuration table lists them with their defaults. Quarkus's own settings
 * ({@code quarkus.http.*}, {@code quarkus.datasource.*}) stay Quarkus's. The shell's lowest layer: it uses only the
 * core (for the aligner's settings).
 */
package dev.tandem.config;
