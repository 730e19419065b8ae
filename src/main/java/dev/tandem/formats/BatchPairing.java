// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs the files of a batch upload (the entry names of a zip) into originals and translations, by their names:
 * <ol>
 *   <li>a folder named after a language: {@code zh/report.txt} ↔ {@code en/report.txt} (the first folder of the path
 *       that names one of the two languages; folders around it, such as the zip's own root folder, are kept);</li>
 *   <li>else a language code at the end of the file's name, after {@code .}, {@code _} or {@code -}:
 *       {@code report.zh.docx} ↔ {@code report.en.docx}, {@code report_zh-CN.txt} ↔ {@code report_en.txt}.</li>
 * </ol>
 * A code names the project's language when its primary subtag is the same ({@code zh-CN}, {@code zh-Hans} and
 * {@code zh} all name {@code zh}); for two languages of one primary subtag ({@code en-US} → {@code en-GB}) the whole
 * tag must match. Case is ignored; the two files of a pair may differ in extension. Hidden and system entries
 * ({@code __MACOSX/}, {@code .DS_Store}, {@code ._*}, {@code Thumbs.db}, {@code desktop.ini}) and folders are
 * ignored silently; every other file that pairs with nothing is left out with the reason.
 *
 * <p>Pairs come in the order of their titles (then of their original's name), left-out entries in name order, both
 * with numbers in names compared as numbers ({@code chapter-2} before {@code chapter-10}).
 */
public final class BatchPairing {
    private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "desktop.ini");
    private static final String SEPARATORS = "._-";

    private final List<BatchPair> pairs;
    private final List<BatchLeftOut> leftOut;

    BatchPairing(List<BatchPair> pairs, List<BatchLeftOut> leftOut) {
        this.pairs = List.copyOf(pairs);
        this.leftOut = List.copyOf(leftOut);
    }

    /** The pairs to import. */
    public List<BatchPair> pairs() {
        return pairs;
    }

    /** The entries (or manifest lines) that will not be imported, with why. */
    public List<BatchLeftOut> leftOut() {
        return leftOut;
    }

    /** Whether an entry is no file of the user's: a folder, or what an operating system adds to a zip. */
    public static boolean ignored(String entry) {
        if (entry.endsWith("/") || entry.startsWith("__MACOSX/") || entry.contains("/__MACOSX/")) {
            return true;
        }
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        return name.startsWith("._") || SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Pairs the entries by their names.
     *
     * @param entries        the archive's entry names (folders and system files among them are skipped)
     * @param sourceLanguage the project's source language (BCP 47)
     * @param targetLanguage the project's target language (BCP 47)
     */
    public static BatchPairing byName(List<String> entries, String sourceLanguage, String targetLanguage) {
        var languages = new Languages(sourceLanguage, targetLanguage);
        Map<String, List<Named>> byKey = new LinkedHashMap<>();
        List<BatchLeftOut> leftOut = new ArrayList<>();
        for (String entry : entries) {
            if (ignored(entry)) {
                continue;
            }
            Optional<Named> named = Named.byFolder(entry, languages).or(() -> Named.byFileName(entry, languages));
            if (named.isEmpty()) {
                leftOut.add(new BatchLeftOut(entry, null, "its name says neither " + sourceLanguage + " nor "
                        + targetLanguage + ": name the files like report." + sourceLanguage + ".txt and report."
                        + targetLanguage + ".txt, put them in folders " + sourceLanguage + "/ and " + targetLanguage
                        + "/, or list the pairs in a manifest"));
            } else {
                byKey.computeIfAbsent(named.get().key(), k -> new ArrayList<>()).add(named.get());
            }
        }
        List<BatchPair> pairs = new ArrayList<>();
        for (List<Named> group : byKey.values()) {
            List<Named> originals = group.stream().filter(Named::original).toList();
            List<Named> translations = group.stream().filter(n -> !n.original()).toList();
            if (originals.size() == 1 && translations.size() == 1) {
                Named original = originals.get(0);
                pairs.add(new BatchPair(original.entry(), translations.get(0).entry(), original.title()));
            } else if (originals.size() > 1 || translations.size() > 1) {
                List<Named> twins = originals.size() > 1 ? originals : translations;
                String names = String.join(", ", group.stream().map(Named::entry).sorted().toList());
                for (Named named : group) {
                    leftOut.add(leftOut(named, "it is one of " + twins.size() + " "
                            + (twins == originals ? "originals" : "translations") + " named alike (" + names
                            + "), so which belongs with which is unclear: rename or remove the extra one, or list"
                            + " the pairs in a manifest"));
                }
            } else {
                Named alone = group.get(0);
                leftOut.add(leftOut(alone, alone.original()
                        ? "no translation found for " + alone.entry() + ": expected " + alone.partner()
                        : "no original found for " + alone.entry() + ": expected " + alone.partner()));
            }
        }
        return sorted(pairs, leftOut);
    }

    /**
     * Pairs the entries as a manifest lists them; entries the manifest does not name are left out (unless ignored).
     * A line naming an entry the archive has not, or an entry an earlier line used, is left out with why.
     */
    public static BatchPairing byManifest(List<String> entries, BatchManifest manifest) {
        Set<String> present = Set.copyOf(entries);
        Map<String, Integer> used = new LinkedHashMap<>();
        List<BatchPair> pairs = new ArrayList<>();
        List<BatchLeftOut> leftOut = new ArrayList<>();
        for (BatchManifest.Line line : manifest.lines()) {
            String problem = missing(line.source(), present, "original").or(() -> missing(line.target(), present,
                    "translation")).or(() -> reused(line.source(), used)).or(() -> reused(line.target(), used))
                    .orElse(null);
            if (problem != null) {
                leftOut.add(new BatchLeftOut(line.source(), line.target(), "manifest line " + line.number() + ": "
                        + problem));
                continue;
            }
            used.put(line.source(), line.number());
            used.put(line.target(), line.number());
            String title = line.title().isBlank() ? stem(line.source()) : line.title().strip();
            pairs.add(new BatchPair(line.source(), line.target(), title));
        }
        for (String entry : entries) {
            if (!ignored(entry) && !used.containsKey(entry)) {
                leftOut.add(new BatchLeftOut(entry, null, "the manifest does not list it"));
            }
        }
        return sorted(pairs, leftOut);
    }

    private static Optional<String> missing(String entry, Set<String> present, String role) {
        return present.contains(entry) && !entry.endsWith("/") ? Optional.empty()
                : Optional.of("the " + role + " " + entry + " is not in the zip (names are paths inside the zip,"
                        + " with / between folders, and case counts)");
    }

    private static Optional<String> reused(String entry, Map<String, Integer> used) {
        Integer line = used.get(entry);
        return line == null ? Optional.empty()
                : Optional.of(entry + " is already paired on line " + line + ": each file goes into one pair");
    }

    private static BatchPairing sorted(List<BatchPair> pairs, List<BatchLeftOut> leftOut) {
        pairs.sort(Comparator.comparing(BatchPair::title, BatchPairing::compareNatural)
                .thenComparing(BatchPair::source, BatchPairing::compareNatural));
        leftOut.sort(Comparator.comparing(BatchLeftOut::entry, BatchPairing::compareNatural));
        return new BatchPairing(pairs, leftOut);
    }

    /** Orders names as a file manager does: runs of digits by their number, so chapter-2 comes before chapter-10. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byNumber = numberA.length() != numberB.length() ? numberA.length() - numberB.length()
                        : numberA.compareTo(numberB);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        return (a.length() - i) - (b.length() - j) != 0 ? (a.length() - i) - (b.length() - j) : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static BatchLeftOut leftOut(Named named, String reason) {
        return named.original() ? new BatchLeftOut(named.entry(), null, reason)
                : new BatchLeftOut(null, named.entry(), reason);
    }

    /** The file name without its folders and its extension. */
    static String stem(String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * An entry whose name says its language: whether it is the original, the key it shares with its partner, the
     * title of their document and the name its partner would have.
     */
    private record Named(String entry, boolean original, String key, String title, String partner) {
        static Optional<Named> byFolder(String entry, Languages languages) {
            String[] parts = entry.split("/");
            for (int i = 0; i < parts.length - 1; i++) {
                Optional<Boolean> original = languages.of(parts[i]);
                if (original.isPresent()) {
                    String before = String.join("/", java.util.Arrays.asList(parts).subList(0, i));
                    String after = String.join("/", java.util.Arrays.asList(parts).subList(i + 1, parts.length));
                    String key = "folder:" + before.toLowerCase(Locale.ROOT) + "|" + withoutExtension(after);
                    String partner = (before.isEmpty() ? "" : before + "/") + languages.other(original.get()) + "/"
                            + after;
                    return Optional.of(new Named(entry, original.get(), key, withoutExtension(after), partner));
                }
            }
            return Optional.empty();
        }

        static Optional<Named> byFileName(String entry, Languages languages) {
            int slash = entry.lastIndexOf('/');
            String folder = entry.substring(0, slash + 1);
            String name = entry.substring(slash + 1);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String extension = dot > 0 ? name.substring(dot) : "";
            for (int i = 1; i < stem.length() - 1; i++) {
                if (SEPARATORS.indexOf(stem.charAt(i)) < 0) {
                    continue;
                }
                Optional<Boolean> original = languages.of(stem.substring(i + 1));
                if (original.isPresent()) {
                    String base = stem.substring(0, i);
                    String key = "name:" + (folder + base).toLowerCase(Locale.ROOT);
                    String partner = folder + base + stem.charAt(i) + languages.other(original.get()) + extension;
                    return Optional.of(new Named(entry, original.get(), key, base, partner));
                }
            }
            return Optional.empty();
        }

        private static String withoutExtension(String path) {
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            return dot > slash + 1 ? path.substring(0, dot) : path;
        }
    }

    /** The project's two languages, and which of them a code in a file name names. */
    private record Languages(String source, String target) {
        /** True for the source language, false for the target, empty for neither (or not a language code). */
        Optional<Boolean> of(String code) {
            Optional<Locale> locale = locale(code);
            if (locale.isEmpty()) {
                return Optional.empty();
            }
            Locale sourceLocale = locale(source).orElseThrow();
            Locale targetLocale = locale(target).orElseThrow();
            boolean sameLanguage = sourceLocale.getLanguage().equals(targetLocale.getLanguage());
            if (matches(locale.get(), sourceLocale, sameLanguage)) {
                return Optional.of(true);
            }
            return matches(locale.get(), targetLocale, sameLanguage) ? Optional.of(false) : Optional.empty();
        }

        String other(boolean original) {
            return original ? target : source;
        }

        private static boolean matches(Locale code, Locale language, boolean exact) {
            return exact ? code.equals(language) : code.getLanguage().equals(language.getLanguage());
        }

        private static Optional<Locale> locale(String code) {
            if (code.isEmpty() || code.length() > LanguageTags.MAX_LENGTH) {
                return Optional.empty();
            }
            try {
                Locale locale = new Locale.Builder().setLanguageTag(code.replace('_', '-')).build();
                return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
            } catch (IllformedLocaleException e) {
                return Optional.empty();
            }
        }
    }
}
