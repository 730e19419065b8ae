// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import dev.tandem.align.TermLinks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads bilingual dictionaries into {@link DictionaryEntry} lists, in the formats translators have at hand:
 * <ul>
 *   <li>TSV: {@code source<TAB>target} per line; blank lines and lines starting with {@code #} are skipped,
 *       columns after the second are ignored (spreadsheets add notes there);</li>
 *   <li>CC-CEDICT: {@code 傳統 传统 [chuan2 tong3] /tradition/traditional/}; the simplified and, when it differs,
 *       the traditional headword each get every gloss, with parenthesised remarks, classifiers, "variant of" and
 *       "see …" cross-references left out;</li>
 *   <li>dictd (FreeDict): an {@code .index} of {@code headword<TAB>offset<TAB>length} (dictd's base-64 numbers) and
 *       a {@code .dict} file, plain or dictzip (gzip); each numbered or comma-separated sense becomes a target.</li>
 * </ul>
 * Every reader stops at {@code maxEntries} with an error rather than filling memory, and leaves out the odd malformed
 * line or empty entry, counting it, but refuses a file that is not in its format (see {@link DictionaryCollector}).
 * Pure and stateless.
 */
public final class DictionaryReader {
    private static final Pattern CEDICT = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+\\[[^\\]]*\\]\\s+/(.*)/\\s*$");
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");
    /** A CC-CEDICT reference to a headword: traditional|simplified or one form, with its pinyin in brackets. */
    private static final Pattern REFERENCE = Pattern.compile("\\S*\\p{IsHan}\\S*?(\\[[^\\]]*\\])?(?=[\\s,;.]|$)");
    private static final Pattern MARKER = Pattern.compile("\\b(lit|fig|coll)\\.\\s*");
    private static final Pattern NOT_A_TRANSLATION = Pattern.compile("(CL:|(old |erhua |archaic |Japanese )?variant of"
            + "|see |also written|also pr\\.|also called|used in|abbr\\. (for|to)|Taiwan pr\\.|pr\\. |surname |\\[)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\s*(\\d+[.)]|[a-z][.)])\\s*");
    private static final String DICTD_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** A .dict file inflates at most this much: a dictzip of a real dictionary is far below, a zip bomb is not. */
    private static final long MAX_DICT_BYTES = 256L << 20;

    private DictionaryReader() {
    }

    public static DictionaryContent readTsv(String text, int maxEntries) throws DictionaryFormatException {
        var entries = new DictionaryCollector(maxEntries);
        String[] lines = text.split("\r?\n|\r", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 2) {
                entries.malformed("Line " + (i + 1) + " is not 'source<TAB>target': \"" + abbreviate(line) + "\". "
                        + withoutTab(line, first));
            } else if (first && isHeader(columns[0], columns[1])) {
                // a spreadsheet's column titles ("Deutsch", "Französisch"; "source", "target"): no entry
            } else if (columns[0].isBlank() || columns[1].isBlank()) {
                entries.malformed("Line " + (i + 1) + " has an empty " + (columns[0].isBlank() ? "word" : "translation")
                        + ": \"" + abbreviate(line) + "\". Give both, or leave the line out.");
            } else {
                entries.add(columns[0].strip(), columns[1].strip());
            }
            first = false;
        }
        return entries.result();
    }

    /** What to do about a line without a tab: a TBX or other XML file, a CSV file, or a line to fix. */
    private static String withoutTab(String line, boolean first) {
        String start = line.stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (first && (start.startsWith("<?xml") || start.startsWith("<martif") || start.startsWith("<tbx"))) {
            return "This is an XML file (a TBX termbase?), not a dictionary Tandem reads: export the terms as TSV"
                    + " (tab-separated: a term, a tab, its translation on each line).";
        }
        for (char separator : new char[] {';', ','}) {
            if (line.indexOf(separator) > 0) {
                return "It has no tab but a '" + separator + "': dictionaries are read as TSV. Save the file as"
                        + " tab-separated text (Excel: \"Unicode text\"; LibreOffice: CSV with {Tab} as the field"
                        + " delimiter), or put a tab between the word and its translation.";
            }
        }
        return "Put a tab between the word and its translation.";
    }

    /**
     * Whether a first line's two cells are column titles: both a name of a language (in English or in itself, or its
     * code) or a word for a side ("source", "target", "term", "translation").
     */
    static boolean isHeader(String first, String second) {
        return titles().contains(title(first)) && titles().contains(title(second));
    }

    private static String title(String cell) {
        return cell.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    private static volatile java.util.Set<String> titles;

    private static java.util.Set<String> titles() {
        if (titles == null) {
            var words = new HashSet<>(List.of("source", "target", "term", "terms", "translation", "word", "headword",
                    "source term", "target term", "source language", "target language", "original",
                    // Chinese names of languages as written ("…文"), beside CLDR's ("…语")
                    "中文", "英文", "法文", "德文", "日文", "韩文", "俄文", "西班牙文"));
            // every language's name in every language ("Französisch", "英文"), computed once
            List<Locale> languages = java.util.Arrays.stream(Locale.getISOLanguages()).map(Locale::forLanguageTag).toList();
            for (Locale language : languages) {
                words.add(language.getLanguage());
                for (Locale in : languages) {
                    words.add(language.getDisplayLanguage(in).toLowerCase(Locale.ROOT));
                }
            }
            words.remove("");
            titles = words;
        }
        return titles;
    }

    /** Whether a line is a CC-CEDICT entry ({@code traditional simplified [pinyin] /gloss/…/}). */
    public static boolean isCedictLine(String line) {
        return CEDICT.matcher(line).matches();
    }

    public static DictionaryContent readCedict(String text, int maxEntries) throws DictionaryFormatException {
        var entries = new DictionaryCollector(maxEntries);
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = CEDICT.matcher(line);
            if (!matcher.matches()) {
                entries.malformed("Line " + (i + 1) + " is not a CC-CEDICT entry "
                        + "('traditional simplified [pinyin] /gloss/gloss/'): \"" + abbreviate(line) + "\".");
                continue;
            }
            String traditional = matcher.group(1);
            String simplified = matcher.group(2);
            for (String gloss : matcher.group(3).split("/")) {
                String target = cleanGloss(gloss);
                if (target != null) {
                    entries.add(simplified, target);
                    if (!traditional.equals(simplified)) {
                        entries.add(traditional, target);
                    }
                }
            }
        }
        return entries.result();
    }

    public static DictionaryContent readDictd(String index, byte[] dict, int maxEntries)
            throws DictionaryFormatException {
        byte[] data = isGzip(dict) ? inflate(dict) : dict;
        var entries = new DictionaryCollector(maxEntries);
        String[] lines = index.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                entries.malformed("Line " + (i + 1) + " of the .index file is not "
                        + "'headword<TAB>offset<TAB>length': \"" + abbreviate(line) + "\".");
                continue;
            }
            String headword = columns[0].strip();
            if (headword.startsWith("00-database") || headword.startsWith("00database")) {
                continue; // dictd's own metadata entries
            }
            long offset = dictdNumber(columns[1], i);
            long length = dictdNumber(columns[2], i);
            if (offset < 0 || length < 0 || offset + length > data.length) {
                entries.malformed("Line " + (i + 1) + " of the .index file points past the end of the "
                        + ".dict file: are the two files from the same dictionary?");
                continue;
            }
            String definition = new String(data, (int) offset, (int) length, StandardCharsets.UTF_8);
            for (String target : senses(definition)) {
                entries.add(headword, target);
            }
        }
        DictionaryContent read = entries.result();
        // notes are no bad input: they are left out, not counted as skipped
        return new DictionaryContent(translationsOnly(read.entries()), read.skipped(), read.skippedExamples());
    }

    /**
     * The entries whose sense is not in the headwords' own language. FreeDict's dictd files hold, beside the
     * translations, notes and synonyms in the source language ("Krabbe: meist im Meer lebendes Tier…",
     * "hübsch: nett", "Republik Ungarn: amtlich: Staat in Mitteleuropa"): a sense most of whose words are headwords
     * of the same dictionary is one of those, in any language pair, without knowing either language. Words are compared
     * as the aligner compares terms, so inflected forms of a headword ("angelegt", "Verlegenheit") count as known.
     */
    static List<DictionaryEntry> translationsOnly(List<DictionaryEntry> entries) {
        var headwords = new HashSet<String>();
        for (DictionaryEntry entry : entries) {
            for (String word : NON_LETTERS.split(entry.source().toLowerCase(Locale.ROOT))) {
                headwords.add(TermLinks.stem(word));
            }
        }
        var kept = new ArrayList<DictionaryEntry>(entries.size());
        for (DictionaryEntry entry : entries) {
            String[] words = NON_LETTERS.split(entry.target().toLowerCase(Locale.ROOT).strip());
            int known = 0;
            int counted = 0;
            for (String word : words) {
                if (!word.isEmpty()) {
                    counted++;
                    known += headwords.contains(TermLinks.stem(word)) ? 1 : 0;
                }
            }
            if (2 * known <= counted) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /** The translations of a dictd definition: its lines after the headword line, split into senses. */
    static List<String> senses(String definition) {
        var senses = new ArrayList<String>();
        String[] lines = definition.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String line = SENSE_NUMBER.matcher(lines[i]).replaceFirst("").strip();
            if (line.isEmpty() || line.startsWith("Note:") || line.startsWith("Synonym") || line.startsWith("See also")) {
                continue;
            }
            for (String part : line.split("[;,]")) {
                String sense = REMARK.matcher(part).replaceAll("").strip();
                if (!sense.isEmpty() && sense.length() <= 80) {
                    senses.add(sense);
                }
            }
        }
        return senses;
    }

    /**
     * A CC-CEDICT gloss as a translation, or null when it is none: remarks in parentheses, references to other
     * headwords ({@code 晉中|晋中[Jin4 zhong1]}) and the "lit."/"fig." markers are taken out; classifiers,
     * cross-references ("variant of", "see", "also written", "used in", "abbr. for"), pronunciation notes and
     * surnames are no translations at all.
     */
    static String cleanGloss(String gloss) {
        String cleaned = REMARK.matcher(gloss).replaceAll("").strip();
        if (NOT_A_TRANSLATION.matcher(cleaned).lookingAt()) {
            return null;
        }
        cleaned = MARKER.matcher(REFERENCE.matcher(cleaned).replaceAll("")).replaceAll("").strip();
        return cleaned.isEmpty() || cleaned.length() > 80 ? null : cleaned;
    }

    private static long dictdNumber(String digits, int line) throws DictionaryFormatException {
        long value = 0;
        for (char c : digits.strip().toCharArray()) {
            int digit = DICTD_DIGITS.indexOf(c);
            if (digit < 0 || value > (Long.MAX_VALUE >> 6)) {
                throw new DictionaryFormatException("Line " + (line + 1) + " of the .index file has a bad number '"
                        + digits + "'.");
            }
            value = value * 64 + digit;
        }
        return value;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] inflate(byte[] gzip) throws DictionaryFormatException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] data = in.readNBytes((int) MAX_DICT_BYTES + 1);
            if (data.length > MAX_DICT_BYTES) {
                throw new DictionaryFormatException("The .dict file inflates to more than " + (MAX_DICT_BYTES >> 20)
                        + " MB; that is no dictionary Tandem can use.");
            }
            return data;
        } catch (IOException e) {
            throw new DictionaryFormatException("The .dict.dz file is not valid gzip/dictzip: " + e.getMessage());
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
