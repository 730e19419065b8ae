// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.tmx.TmxHeader;
import dev.tandem.tmx.TmxProvenance;
import dev.tandem.tmx.TmxSegtype;
import dev.tandem.tmx.TmxUnit;
import dev.tandem.tmx.TmxWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TMX with provenance: {@code creationid}/{@code creationdate} the document's import, {@code changeid}/
 * {@code changedate} the last reviewer action on the pair (absent until a reviewer touches it).
 *
 * <p>The header's {@code segtype} is {@code sentence}. With {@link ExportUnits#PAIR} a pair with more than one
 * sentence on a side is a unit of its own {@code segtype="block"} (TMX 1.4b: a segment that is no single sentence,
 * phrase or paragraph); with {@link ExportUnits#SENTENCE} such pairs are left out (by the export, as in every format), and a closing
 * comment counts them
 * (the count is known only at the end, and TMX has no place after the body for a prop).
 */
final class TmxSink implements ExportSink {
    private final TmxWriter tmx;
    private final ExportUnits units;

    TmxSink(OutputStream out, String sourceLanguage, String targetLanguage, String version, ExportOptions options) {
        var header = new TmxHeader("Tandem", version, sourceLanguage, "en", options.originalFormat(), Instant.now());
        tmx = TmxWriter.open(out, header, targetLanguage);
        units = options.units();
    }

    @Override
    public boolean unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target) {
        boolean oneSentenceEach = ExportUnits.SENTENCE.admits(pair);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("x-document", document.title());
        props.put("x-document-id", String.valueOf(document.id()));
        props.put("x-position", String.valueOf(pair.position()));
        props.put("x-status", pair.status().name());
        if (pair.confidence() != null) { // a pair the aligner did not score has no estimate to pass on
            props.put("x-confidence", String.format(Locale.ROOT, "%.3f", pair.confidence()));
        }
        var provenance = new TmxProvenance(document.createdBy(), instant(document.createdAt()), pair.changedBy(),
                instant(pair.changedAt()));
        tmx.unit(new TmxUnit(source, target, props, provenance, oneSentenceEach ? null : TmxSegtype.BLOCK));
        return true;
    }

    @Override
    public void finish(long leftOut) {
        if (units == ExportUnits.SENTENCE) {
            tmx.comment("Tandem, units=sentence: " + leftOut + " pair(s) with more than one sentence on a side left"
                    + " out");
        }
        tmx.finish();
    }

    @Override
    public void close() {
        tmx.close();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
