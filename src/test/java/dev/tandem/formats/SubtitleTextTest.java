// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubtitleTextTest {
    private static final String RUNNING = """
            Winter came early to Beijing this year. In early November, the first snow fell on the roofs of the \
            Forbidden City.

            "Look, it's snowing!" the little girl shouted, pointing out of the window. Her mother smiled and said: \
            "Go and put on your coat."

            According to the weather bureau, snowfall this year is 30% higher than last year. Experts believe this \
            is related to La Niña.

            Roads & traffic in the city were somewhat affected, but the subway ran normally 🚇.""";

    @Test
    void shouldReadSrtCuesWithoutTagsAndPositionCodes() throws Exception {
        List<SubtitleText.Cue> cues = SubtitleText.cues(TextFixtures.text("snow-report.en.srt"), false);
        assertEquals(TextFixtures.CUES, cues.stream().map(SubtitleText.Cue::text).toList());
        assertEquals(new SubtitleText.Cue(3600, 6000, "In early November, the first snow fell"), cues.get(1));
        assertEquals(RUNNING, SubtitleText.runningText(cues));
    }

    @Test
    void shouldReadVttSkippingHeaderNotesStylesAndRegions() throws Exception {
        List<SubtitleText.Cue> cues = SubtitleText.cues(TextFixtures.text("snow-report.en.vtt"), true);
        assertEquals(TextFixtures.CUES, cues.stream().map(SubtitleText.Cue::text).toList());
        assertEquals(1000, cues.get(0).startMillis());
        assertEquals(25000, cues.get(6).endMillis());
        assertEquals(RUNNING, SubtitleText.runningText(cues));
    }

    @Test
    void shouldPutOneCuePerLineWithBlankLinesAtPauses() throws Exception {
        List<SubtitleText.Cue> cues = SubtitleText.cues(TextFixtures.text("snow-report.en.srt"), false);
        List<String> c = TextFixtures.CUES;
        assertEquals(c.get(0) + "\n" + c.get(1) + "\n" + c.get(2) + "\n\n" + c.get(3) + "\n" + c.get(4) + "\n\n"
                + c.get(5) + "\n" + c.get(6) + "\n\n" + c.get(7) + "\n" + c.get(8), SubtitleText.cuePerLine(cues));
    }

    @Test
    void shouldNameTheLineOfABrokenTiming() {
        var broken = assertThrows(UnreadableDocumentException.class, () -> SubtitleText.cues(
                "1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n2\n00:00:03,000 --> 00:00:0x,000\nTwo.\n", false));
        assertTrue(broken.getMessage().contains("line 6 is no valid timing line"), broken.getMessage());
        var missing = assertThrows(UnreadableDocumentException.class, () -> SubtitleText.cues(
                "1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n2\n00:00:03,000 - 00:00:04,000\nTwo.\n", false));
        assertTrue(missing.getMessage().contains("line 5 starts a cue without a timing line"), missing.getMessage());
        var header = assertThrows(UnreadableDocumentException.class, () -> SubtitleText.cues("00:01.000 --> 00:02.000\nx\n", true));
        assertTrue(header.getMessage().contains("WEBVTT"), header.getMessage());
        var empty = assertThrows(UnreadableDocumentException.class, () -> SubtitleText.cues("WEBVTT\n\nNOTE only\n", true));
        assertTrue(empty.getMessage().contains("no cue"), empty.getMessage());
    }

    @Test
    void shouldReadCrLfAndEntities() throws Exception {
        List<SubtitleText.Cue> cues = SubtitleText.cues("\uFEFF1\r\n0:00:01.5 --> 0:00:02.25\r\nA &lt;b&gt; &#233;t&eacute;\r\n", false);
        assertEquals(List.of(new SubtitleText.Cue(1500, 2250, "A <b> été")), cues);
    }
}
