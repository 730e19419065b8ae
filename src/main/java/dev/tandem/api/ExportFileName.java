// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.ExportFormat;
import dev.tandem.service.ExportSelection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a browser saves an export under: the document's title or the project's name ("Chapter 1.tmx",
 * "第一章 (confirmed).tsv"), so that a translator's downloads folder says what each file is. Characters that no file
 * system takes are dropped; the UTF-8 name goes in {@code filename*} (RFC 6266), with an ASCII fallback in
 * {@code filename} for old clients.
 */
record ExportFileName(String name, String ascii) {
    /** Path separators, characters Windows refuses in names, and control characters. */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_CODE_POINTS = 100;

    static ExportFileName of(String title, ExportSelection selection, ExportFormat format, String what) {
        String suffix = (selection == ExportSelection.CONFIRMED ? " (confirmed)" : "") + "." + format.extension();
        String base = cleaned(title == null ? "" : title);
        String fallback = "tandem-" + what.replace(' ', '-');
        String ascii = cleaned(Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("[^\\x20-\\x7e]", ""));
        return new ExportFileName((base.isEmpty() ? fallback : base) + suffix,
                (ascii.chars().anyMatch(Character::isLetterOrDigit) ? ascii : fallback) + suffix);
    }

    private static String cleaned(String text) {
        String name = SPACES.matcher(UNSAFE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        name = name.replaceFirst("^\\.+", "").strip();
        return name.codePointCount(0, name.length()) > MAX_CODE_POINTS
                ? name.substring(0, name.offsetByCodePoints(0, MAX_CODE_POINTS)).strip() : name;
    }

    /** The {@code Content-Disposition} value. */
    String header() {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
