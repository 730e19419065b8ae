// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a text can be in the language it is said to be in: catches an original uploaded as its translation (the
 * two sides swapped) or a file in the wrong project, before it becomes pairs whose language tags lie.
 *
 * <p>Three judgements, each only where it is reliable:
 * <ol>
 *   <li><b>Scripts.</b> The text's letters are counted by script (ICU {@link UScript}; a Han, kana, Hangul or Yi
 *       character counts as {@value #SYLLABLE_WEIGHT} letters, as it carries about as much as two Latin letters).
 *       With at least {@value #MIN_LETTERS} letters, a text of which less than half is in the language's scripts
 *       ({@link LanguageCharacters#scripts()}) is another language: English in a Chinese side, Japanese (mostly
 *       kana) in a Chinese one. Latin words in Chinese or Russian text, and quotes in another script, stay well under
 *       half.</li>
 *   <li><b>Han without the language's own script.</b> Japanese and Korean are written with Han characters too; a text
 *       whose letters are mostly Han with (almost) no kana or Hangul is Chinese.</li>
 *   <li><b>Languages of one script.</b> When the language is written in one script only and optimaize's n-gram
 *       profiles know it, the text is compared with the project's other language when it is written in the same
 *       script (German and French), and with English for Latin-script languages (the version most often uploaded
 *       by mistake), see {@link NgramVotes}. A text of at least {@value #MIN_IDENTIFIER_CHARS} characters of which
 *       at least {@value #MIN_OTHER_LANGUAGE_SHARE} is attributed to one of these is that language. Below that
 *       length, names, titles and bibliographies fooled it on the development texts; above it, none did.</li>
 * </ol>
 * Another language of the same script (Italian in a German→French project) is not judged: comparing with every
 * language would confuse close relatives (Norwegian and Danish, Galician and Portuguese).
 *
 * <p>Thread-safe; keep one instance, since it caches the language profiles it loads.
 */
public final class LanguageCheck {
    /** Letters (CJK characters weighing {@value #SYLLABLE_WEIGHT}) below which a text is not judged at all. */
    public static final int MIN_LETTERS = 10;
    /** Characters below which the two languages of one script are not told apart. */
    public static final int MIN_IDENTIFIER_CHARS = 300;
    /** Share of the letters attributed to the other language from which the text is that language. */
    public static final double MIN_OTHER_LANGUAGE_SHARE = 0.8;

    static final int SYLLABLE_WEIGHT = 2;
    /** Chunks {@link #checkAmongAll} reads to find the likeliest of all languages: about a second for 40 of them. */
    static final int SURVEY_CHUNKS = 12;
    /** Share of the letters the likeliest of all languages needs before it is set against the language. */
    static final double MIN_LIKELIEST_SHARE = 0.5;
    /** Below this share of letters in the language's scripts, the text is in another script. */
    private static final double MIN_OWN_SCRIPT_SHARE = 0.5;
    /** Below this share of kana (or Hangul) among mostly Han letters, Japanese (or Korean) text is Chinese. */
    private static final double MIN_OWN_NON_HAN_SHARE = 0.02;

    private static final String ENGLISH = "en";
    /** Rows of a two-column file {@link #swappedRows} reads at most. */
    static final int MAX_ROWS = 200;
    /** Different words each cell of a row needs for the row to vote in {@link #swappedRows}. */
    static final int MIN_ROW_WORDS = 3;
    /** Characters of each text {@link #swappedTexts} reads. */
    static final int MAX_TEXT_CHARS = 2_000;

    private final NgramVotes votes = new NgramVotes();

    /**
     * Why a text does not look like its language.
     *
     * @param looksLike the language tag it looks like, e.g. {@code en}, {@code ru}, {@code ja}
     * @param name      that language as a reader would say it: "English", "Russian or another language written in
     *                  Cyrillic"
     * @param evidence  what shows it, to follow "because": "94% of its letters are Latin, and Chinese is written in
     *                  Han"
     */
    public record Mismatch(String looksLike, String name, String evidence) {
        public Mismatch {
            Objects.requireNonNull(looksLike, "looksLike");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * Judges whether {@code text} can be in {@code language}.
     *
     * @param language      BCP 47 tag of the language the text should be in
     * @param otherLanguage the project's other language (the one a swapped text would be in)
     * @return empty when the text may be in the language or is too short to tell
     */
    public Optional<Mismatch> check(String text, String language, String otherLanguage) {
        Objects.requireNonNull(text, "text");
        LanguageCharacters own = LanguageCharacters.of(language);
        LanguageCharacters other = LanguageCharacters.of(otherLanguage);
        Map<Integer, Double> letters = lettersByScript(text);
        double total = letters.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total < MIN_LETTERS) {
            return Optional.empty();
        }
        Set<Integer> ownScripts = grouped(own.scripts());
        double inOwn = ownScripts.stream().mapToDouble(script -> letters.getOrDefault(script, 0.0)).sum();
        if (inOwn < MIN_OWN_SCRIPT_SHARE * total) {
            int foreign = letters.entrySet().stream().filter(e -> !ownScripts.contains(e.getKey()))
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return Optional.of(new Mismatch(looksLikeTag(foreign, otherLanguage, other),
                    looksLikeName(foreign, otherLanguage, other),
                    percent(total - inOwn, total) + " of its letters are " + scriptsNamed(letters, ownScripts)
                            + ", and " + own.languageName() + " is written in " + names(own.everydayScripts())));
        }
        Optional<Mismatch> onlyHan = hanWithoutOwnScript(letters, total, own, otherLanguage, other);
        if (onlyHan.isPresent()) {
            return onlyHan;
        }
        return sameScriptLanguage(text, language, own, otherLanguage, other);
    }

    /**
     * As {@link #check}, for a text that is a list of words (a dictionary's headwords or translations), which may be in
     * any language: a text that passes it is also matched against every language of its script the profiles know.
     * When most of it reads as one of them ({@value #MIN_LIKELIEST_SHARE} of its letters, {@value #SURVEY_CHUNKS}
     * chunks read), it is set against the language alone, as {@link #check} sets two languages of one script: German
     * headwords against English, for a German–French dictionary in an English→French project. Only the likeliest
     * language meets the language, so a close relative (Danish for Norwegian) is told apart as two candidates are.
     */
    public Optional<Mismatch> checkAmongAll(String text, String language, String otherLanguage) {
        Optional<Mismatch> found = check(text, language, otherLanguage);
        if (found.isPresent() || text.length() < MIN_IDENTIFIER_CHARS) {
            return found;
        }
        String ownPrimary = primary(language);
        Set<Integer> scripts = grouped(LanguageCharacters.of(language).scripts());
        if (!NgramVotes.knows(ownPrimary) || scripts.size() != 1) {
            return Optional.empty();
        }
        Set<String> sameScript = new HashSet<>();
        for (String known : NgramVotes.known()) {
            if (grouped(LanguageCharacters.of(known).scripts()).equals(scripts)) {
                sameScript.add(known);
            }
        }
        Optional<String> likeliest = votes.shares(text, sameScript, SURVEY_CHUNKS).entrySet().stream()
                .filter(e -> e.getValue() >= MIN_LIKELIEST_SHARE).map(Map.Entry::getKey).findFirst();
        if (likeliest.isEmpty() || likeliest.get().equals(ownPrimary)) {
            return Optional.empty();
        }
        String other = likeliest.get();
        double share = votes.shares(text, Set.of(ownPrimary, other)).getOrDefault(other, 0.0);
        if (share < MIN_OTHER_LANGUAGE_SHARE) {
            return Optional.empty();
        }
        String name = LanguageCharacters.displayName(other);
        return Optional.of(new Mismatch(other, name, "language profiles attribute " + percent(share, 1) + " of it to "
                + name + " rather than " + LanguageCharacters.of(language).languageName()));
    }

    /**
     * Whether the rows of a two-column file read the other way round: its first column in {@code targetLanguage} and
     * its second in {@code sourceLanguage}, for two languages written in the same script, when the texts are too short
     * for {@link #check} to tell. Each row (of the first {@value #MAX_ROWS}) whose two cells both have at least
     * {@value #MIN_ROW_WORDS} different words and are each clearly one of the two languages votes for an order; the
     * file reads swapped when some rows do and at most a quarter of the voting rows read the expected way. Two cells
     * read against each other are far surer than one text alone: a row votes "swapped" only if both are misread.
     *
     * @return the second column's mismatch when the file reads swapped (it looks like the source language), else empty
     */
    public Optional<Mismatch> swappedRows(List<String> first, List<String> second, String sourceLanguage,
                                          String targetLanguage) {
        int[] votes = orderVotes(first, second, sourceLanguage, targetLanguage);
        if (votes == null) {
            return Optional.empty();
        }
        String name = LanguageCharacters.displayName(sourceLanguage);
        return Optional.of(new Mismatch(sourceLanguage, name, votes[0] + " of its rows read as "
                + LanguageCharacters.displayName(targetLanguage) + " in the first column and " + name
                + " in the second" + (votes[1] > 0 ? " (" + votes[1] + " the other way)" : "")));
    }

    /**
     * Whether a source text reads as {@code targetLanguage} and its translation as {@code sourceLanguage}, read
     * against each other as {@link #swappedRows} reads a row (their first {@value #MAX_TEXT_CHARS} characters): for
     * texts too short for {@link #check}.
     *
     * @return the source text's mismatch when the two read swapped, else empty
     */
    public Optional<Mismatch> swappedTexts(String source, String target, String sourceLanguage,
                                           String targetLanguage) {
        int[] votes = orderVotes(List.of(head(source)), List.of(head(target)), sourceLanguage, targetLanguage);
        if (votes == null) {
            return Optional.empty();
        }
        String name = LanguageCharacters.displayName(targetLanguage);
        return Optional.of(new Mismatch(targetLanguage, name, "read against the target text, which reads as "
                + LanguageCharacters.displayName(sourceLanguage) + ", it reads as " + name));
    }

    private static String head(String text) {
        return text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS);
    }

    /** Rows read swapped and rows read in order, when the rows read swapped; else null (also for other scripts). */
    private int[] orderVotes(List<String> first, List<String> second, String sourceLanguage, String targetLanguage) {
        String source = primary(sourceLanguage);
        String target = primary(targetLanguage);
        if (source.equals(target) || !NgramVotes.knows(source) || !NgramVotes.knows(target)
                || !grouped(LanguageCharacters.of(sourceLanguage).scripts())
                .equals(grouped(LanguageCharacters.of(targetLanguage).scripts()))) {
            return null;
        }
        Set<String> candidates = Set.of(source, target);
        int swapped = 0;
        int expected = 0;
        for (int row = 0; row < Math.min(MAX_ROWS, Math.min(first.size(), second.size())); row++) {
            Optional<String> left = votes.clearLanguage(first.get(row), candidates, MIN_ROW_WORDS);
            Optional<String> right = left.isEmpty() ? Optional.empty()
                    : votes.clearLanguage(second.get(row), candidates, MIN_ROW_WORDS);
            if (right.isPresent() && !left.get().equals(right.get())) {
                swapped += left.get().equals(target) ? 1 : 0;
                expected += left.get().equals(source) ? 1 : 0;
            }
        }
        return swapped == 0 || expected * 3 > swapped ? null : new int[] {swapped, expected};
    }

    private static Optional<Mismatch> hanWithoutOwnScript(Map<Integer, Double> letters, double total,
                                                          LanguageCharacters own, String otherLanguage,
                                                          LanguageCharacters other) {
        Set<Integer> nonHan = new HashSet<>(grouped(own.everydayScripts()));
        nonHan.remove(UScript.HAN);
        if (!grouped(own.scripts()).contains(UScript.HAN) || nonHan.isEmpty()) {
            return Optional.empty();
        }
        double han = letters.getOrDefault(UScript.HAN, 0.0);
        double ownNonHan = nonHan.stream().mapToDouble(script -> letters.getOrDefault(script, 0.0)).sum();
        if (han < MIN_OWN_SCRIPT_SHARE * total || ownNonHan >= MIN_OWN_NON_HAN_SHARE * total) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(looksLikeTag(UScript.HAN, otherLanguage, other),
                looksLikeName(UScript.HAN, otherLanguage, other),
                percent(han, total) + " of its letters are Han characters with " + (ownNonHan == 0 ? "no " : "almost no ")
                        + names(nonHan) + ", which " + own.languageName() + " writes in every sentence"));
    }

    private Optional<Mismatch> sameScriptLanguage(String text, String language, LanguageCharacters own,
                                                  String otherLanguage, LanguageCharacters other) {
        String ownPrimary = primary(language);
        String otherPrimary = primary(otherLanguage);
        // A language written in several scripts (Serbian) may have a profile in only one of them.
        if (text.length() < MIN_IDENTIFIER_CHARS || !NgramVotes.knows(ownPrimary)
                || grouped(own.scripts()).size() != 1) {
            return Optional.empty();
        }
        Set<String> candidates = new HashSet<>(Set.of(ownPrimary));
        if (NgramVotes.knows(otherPrimary) && grouped(own.scripts()).equals(grouped(other.scripts()))) {
            candidates.add(otherPrimary);
        }
        if (grouped(own.scripts()).contains(UScript.LATIN)) {
            candidates.add(ENGLISH); // the version most often uploaded by mistake
        }
        if (candidates.size() < 2) {
            return Optional.empty();
        }
        Map<String, Double> shares = votes.shares(text, candidates);
        return shares.entrySet().stream()
                .filter(e -> !e.getKey().equals(ownPrimary) && e.getValue() >= MIN_OTHER_LANGUAGE_SHARE)
                .findFirst()
                .map(e -> {
                    String tag = e.getKey().equals(otherPrimary) ? otherLanguage : e.getKey();
                    String name = LanguageCharacters.displayName(tag);
                    return new Mismatch(tag, name, "language profiles attribute " + percent(e.getValue(), 1)
                            + " of it to " + name + " rather than " + own.languageName());
                });
    }

    /** Letters per script (kana as one script, see {@link #group}), CJK characters weighing more. */
    static Map<Integer, Double> lettersByScript(String text) {
        double[] weights = new double[UScript.CODE_LIMIT];
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80) {
                // The fast path for the bulk of Latin-script text.
                if ((codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z') {
                    weights[UScript.LATIN]++;
                }
                continue;
            }
            if (!UCharacter.isLetter(codePoint)) {
                continue;
            }
            int script = group(UScript.getScript(codePoint));
            weights[script] += switch (script) {
                case UScript.HAN, UScript.HIRAGANA, UScript.HANGUL, UScript.BOPOMOFO, UScript.YI -> SYLLABLE_WEIGHT;
                default -> 1;
            };
        }
        weights[UScript.COMMON] = 0;
        weights[UScript.INHERITED] = 0;
        weights[UScript.UNKNOWN] = 0;
        Map<Integer, Double> letters = new HashMap<>();
        for (int script = 0; script < weights.length; script++) {
            if (weights[script] > 0) {
                letters.put(script, weights[script]);
            }
        }
        return letters;
    }

    /** Katakana counts as Hiragana: together they are the kana, and only Japanese uses them. */
    private static int group(int script) {
        return script == UScript.KATAKANA ? UScript.HIRAGANA : script;
    }

    private static Set<Integer> grouped(Set<Integer> scripts) {
        Set<Integer> grouped = new HashSet<>();
        scripts.forEach(script -> grouped.add(group(script)));
        return grouped;
    }

    /** The other side's language when it is written in that script, else the script's most likely language. */
    private static String looksLikeTag(int script, String otherLanguage, LanguageCharacters other) {
        if (grouped(other.scripts()).contains(script)) {
            return otherLanguage;
        }
        return ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(script))).getLanguage();
    }

    private static String looksLikeName(int script, String otherLanguage, LanguageCharacters other) {
        if (grouped(other.scripts()).contains(script)) {
            return other.languageName();
        }
        String language = LanguageCharacters.displayName(looksLikeTag(script, otherLanguage, other));
        // Han (without kana), kana and Hangul each have one language; Latin, Cyrillic, Arabic … have many.
        boolean oneLanguage = script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.HANGUL;
        return oneLanguage ? language : language + " or another language written in " + scriptName(script);
    }

    private static String scriptsNamed(Map<Integer, Double> letters, Set<Integer> except) {
        return names(letters.entrySet().stream().filter(e -> !except.contains(e.getKey()))
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).map(Map.Entry::getKey)
                .limit(2).toList());
    }

    private static String names(java.util.Collection<Integer> scripts) {
        var seen = new java.util.LinkedHashSet<String>();
        scripts.forEach(script -> seen.add(scriptName(group(script))));
        return String.join(" and ", seen);
    }

    private static String scriptName(int script) {
        return script == UScript.HIRAGANA ? "kana" : LanguageCharacters.scriptName(script);
    }

    private static String primary(String tag) {
        return ULocale.forLanguageTag(tag).getLanguage().toLowerCase(Locale.ROOT);
    }

    private static String percent(double part, double whole) {
        return Math.round(100 * part / whole) + "%";
    }
}
