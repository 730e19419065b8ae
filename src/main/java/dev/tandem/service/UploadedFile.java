// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.nio.file.Path;

/**
 * A file received with a form, already on disk: the name the client gave (a label, never a path to use), where it
 * lies, its size, and the Content-Type of its part (may be null).
 */
public record UploadedFile(String fileName, Path path, long size, String contentType) {
}
