// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import com.ibm.icu.util.ULocale;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The encodings to read a zip's entry names in when they are not UTF-8. A zip names an entry in UTF-8 only when it
 * says so (a flag); otherwise the name is in the encoding the zipping tool used, which the zip does not record: the
 * format says IBM437, and Windows' own "Send to compressed folder" writes the OEM code page of the computer's
 * language (GBK on a Chinese Windows, Shift_JIS on a Japanese one). Tried in order, the first that reads every name
 * wins; IBM437 reads any bytes, so it comes last.
 */
public final class ZipNameCharsets {
    /** Windows' OEM code page by language: what a zip made on a computer set to that language names its files in. */
    private static final Map<String, String> OEM = Map.ofEntries(
            Map.entry("zh", "GB18030"), Map.entry("zh-Hant", "Big5"), Map.entry("ja", "windows-31j"),
            Map.entry("ko", "x-windows-949"), Map.entry("ru", "IBM866"), Map.entry("uk", "x-IBM1125"),
            Map.entry("be", "IBM866"), Map.entry("bg", "IBM866"), Map.entry("el", "x-IBM737"),
            Map.entry("tr", "IBM857"), Map.entry("he", "IBM862"), Map.entry("ar", "x-IBM720"),
            Map.entry("th", "x-IBM874"), Map.entry("cs", "IBM852"), Map.entry("pl", "IBM852"),
            Map.entry("hu", "IBM852"), Map.entry("sk", "IBM852"), Map.entry("sl", "IBM852"),
            Map.entry("hr", "IBM852"), Map.entry("ro", "IBM852"), Map.entry("et", "IBM775"),
            Map.entry("lt", "IBM775"), Map.entry("lv", "IBM775"));
    /** Western Europe's OEM code page (and many others' fallback); IBM437 is the format's own. */
    private static final List<String> LAST = List.of("IBM850", "IBM437");

    private ZipNameCharsets() {
    }

    /** For a zip whose files are in these languages (BCP 47 tags), in the order to try them. */
    public static List<Charset> forLanguages(String... languages) {
        Set<String> names = new LinkedHashSet<>();
        for (String language : languages) {
            ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
            String primary = locale.getLanguage().toLowerCase(Locale.ROOT);
            String code = primary.equals("zh") && locale.getScript().equals("Hant") ? OEM.get("zh-Hant")
                    : OEM.get(primary);
            if (code != null) {
                names.add(code);
            }
        }
        names.addAll(LAST);
        List<Charset> charsets = new ArrayList<>();
        for (String name : names) {
            if (Charset.isSupported(name)) {
                charsets.add(Charset.forName(name));
            }
        }
        return charsets;
    }
}
