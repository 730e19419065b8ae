// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML file declares in its first bytes: {@code <meta charset>}, {@code <meta http-equiv
 * content="...; charset=...">} or, for XHTML, the XML declaration. As browsers do, a declared UTF-16 or UTF-32
 * in a file readable as ASCII means UTF-8 (a real UTF-16 file starts with a byte order mark).
 */
final class HtmlCharset {
    /** How far browsers look for a {@code <meta>} charset before giving up. */
    static final int PRESCAN_BYTES = 1024 * 4;

    private static final Pattern META = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static Optional<String> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(head);
        Matcher meta = META.matcher(head);
        String name = xml.find() ? xml.group(1) : meta.find() ? meta.group(1) : null;
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return Optional.of(lower.startsWith("utf-16") || lower.startsWith("utf-32") ? "UTF-8" : name);
    }
}
