// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The cues of a subtitle file, SubRip ({@code .srt}) or WebVTT ({@code .vtt}), and the two texts Tandem makes of
 * them. A cue is an optional identifier line (SRT's number), a timing line ({@code 00:00:01,000 --> 00:00:04,000};
 * WebVTT's cue settings after it are ignored) and its text lines, cues separated by blank lines. WebVTT's header and
 * its NOTE, STYLE and REGION blocks are skipped. In the text, tags ({@code <i>}, {@code <b>}, {@code <c.x>},
 * {@code <v Speaker>}, timestamps) and SRT's {@code {\an8}} position codes are removed, HTML entities decoded, and a
 * cue's lines joined with a space.
 *
 * <p>Hand-written: both formats are a few lines of grammar, and no well-kept Java library reads them.
 */
public final class SubtitleText {
    /** A pause between two cues at least this long (milliseconds) starts a new paragraph. */
    public static final long PARAGRAPH_GAP_MILLIS = 2000;

    /** One cue: its times in milliseconds and its text, lines joined. */
    public record Cue(long startMillis, long endMillis, String text) {
    }

    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})");
    private static final Pattern TIMING = Pattern.compile("\\s*(" + TIME.pattern() + ")\\s*-->\\s*("
            + TIME.pattern() + ")(?:\\s.*)?");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    private static final Pattern POSITION_CODE = Pattern.compile("\\{\\\\[^}]*}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern VTT_SIGNATURE = Pattern.compile("WEBVTT(?:[ \\t].*)?");
    private static final Pattern VTT_SKIPPED_BLOCK = Pattern.compile("(?:NOTE|STYLE|REGION)(?:[ \\t].*)?");

    private SubtitleText() {
    }

    /**
     * @param text   the file, decoded
     * @param webVtt whether it is WebVTT (it must then start with {@code WEBVTT}); else SubRip
     * @throws UnreadableDocumentException naming the line, for a missing or malformed timing line, a WebVTT file
     *                                     without its signature, or a file with no cue
     */
    public static List<Cue> cues(String text, boolean webVtt) throws UnreadableDocumentException {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\r\\n|\\r|\\n", -1);
        String kind = webVtt ? "WebVTT" : "SRT";
        int at = 0;
        if (webVtt) {
            if (lines.length == 0 || !VTT_SIGNATURE.matcher(lines[0]).matches()) {
                throw new UnreadableDocumentException("The WebVTT file does not start with the line WEBVTT; save it"
                        + " again from the subtitle editor, or name it .srt if it is SubRip.");
            }
            at = skipBlock(lines, 0);
        }
        List<Cue> cues = new ArrayList<>();
        while (true) {
            while (at < lines.length && lines[at].isBlank()) {
                at++;
            }
            if (at == lines.length) {
                break;
            }
            if (webVtt && VTT_SKIPPED_BLOCK.matcher(lines[at]).matches()) {
                at = skipBlock(lines, at);
                continue;
            }
            int timingLine = lines[at].contains("-->") ? at : at + 1;
            if (timingLine >= lines.length || !lines[timingLine].contains("-->")) {
                throw new UnreadableDocumentException("The " + kind + " file's line " + (at + 1) + " starts a cue"
                        + " without a timing line: a cue is " + (webVtt ? "an optional identifier" : "its number")
                        + ", then a line like " + example(webVtt) + ", then its text, and a blank line after it.");
            }
            Matcher timing = TIMING.matcher(lines[timingLine]);
            if (!timing.matches()) {
                throw new UnreadableDocumentException("The " + kind + " file's line " + (timingLine + 1) + " is no"
                        + " valid timing line: \"" + shorten(lines[timingLine]) + "\". Write it like "
                        + example(webVtt) + ".");
            }
            long start = millis(timing, 2);
            long end = millis(timing, 7);
            at = timingLine + 1;
            var cue = new StringBuilder();
            while (at < lines.length && !lines[at].isBlank()) {
                cue.append(' ').append(lines[at++]);
            }
            String cueText = clean(cue.toString());
            if (!cueText.isEmpty()) {
                cues.add(new Cue(start, end, cueText));
            }
        }
        if (cues.isEmpty()) {
            throw new UnreadableDocumentException("The " + kind + " file holds no cue with text.");
        }
        return cues;
    }

    /**
     * The cues as running text, so that a sentence spread over several cues stays one: cues joined with a space,
     * a blank line (a new paragraph) where the pause between two cues is {@link #PARAGRAPH_GAP_MILLIS} or longer.
     */
    public static String runningText(List<Cue> cues) {
        return join(cues, " ");
    }

    /** One cue per line (for one sentence per cue), a blank line where the pause is as in {@link #runningText}. */
    public static String cuePerLine(List<Cue> cues) {
        return join(cues, "\n");
    }

    private static String join(List<Cue> cues, String separator) {
        var text = new StringBuilder();
        Cue previous = null;
        for (Cue cue : cues) {
            if (previous != null) {
                text.append(cue.startMillis() - previous.endMillis() >= PARAGRAPH_GAP_MILLIS ? "\n\n" : separator);
            }
            text.append(cue.text());
            previous = cue;
        }
        return text.toString();
    }

    private static String clean(String cue) {
        String text = POSITION_CODE.matcher(TAG.matcher(cue).replaceAll("")).replaceAll("");
        return BLANKS.matcher(Parser.unescapeEntities(text, false)).replaceAll(" ").strip();
    }

    private static long millis(Matcher timing, int group) {
        long hours = timing.group(group) == null ? 0 : Long.parseLong(timing.group(group));
        String fraction = (timing.group(group + 3) + "00").substring(0, 3);
        return ((hours * 60 + Long.parseLong(timing.group(group + 1))) * 60 + Long.parseLong(timing.group(group + 2)))
                * 1000 + Long.parseLong(fraction);
    }

    private static int skipBlock(String[] lines, int at) {
        while (at < lines.length && !lines[at].isBlank()) {
            at++;
        }
        return at;
    }

    private static String example(boolean webVtt) {
        return webVtt ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000";
    }

    private static String shorten(String line) {
        String shown = line.strip();
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
