// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import dev.tandem.review.ReviewStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * The index's two kinds of Lucene documents and their fields: one per pair, and one mark per Tandem document saying
 * which version of it the index holds ({@link DocumentMark}). Both carry the document id, so that replacing a
 * document deletes its old pairs and its old mark with one term.
 */
final class PairFields {
    static final String PAIR = "pairId";
    static final String DOCUMENT = "documentId";
    static final String PROJECT = "projectId";
    static final String STATUS = "status";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String SOURCE_LANGUAGE = "sourceLanguage";
    static final String TARGET_LANGUAGE = "targetLanguage";
    /** Fields of the marks; a name has one schema in a Lucene index, so the pairs' names are not reused. */
    static final String MARK = "mark";
    static final String MARK_PROJECT = "markProject";
    static final String MARK_SOURCE_LANGUAGE = "markSourceLanguage";
    static final String MARK_TARGET_LANGUAGE = "markTargetLanguage";
    static final String VERSION = "version";
    static final String STAMP = "stamp";

    /** Texts: stored (results come from the index alone), with positions for phrases and offsets for highlights. */
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private PairFields() {
    }

    static Document pair(IndexedPair pair, DocumentMark mark) {
        var doc = new Document();
        doc.add(new StoredField(PAIR, pair.pairId()));
        doc.add(new StringField(DOCUMENT, Long.toString(pair.documentId()), Field.Store.YES));
        doc.add(new StringField(PROJECT, Long.toString(pair.projectId()), Field.Store.YES));
        doc.add(new StringField(STATUS, pair.status().name(), Field.Store.YES));
        doc.add(new Field(SOURCE, pair.source(), TEXT));
        doc.add(new Field(TARGET, pair.target(), TEXT));
        addLanguage(doc, SOURCE_LANGUAGE, mark.sourceLanguage());
        addLanguage(doc, TARGET_LANGUAGE, mark.targetLanguage());
        return doc;
    }

    /** The tag and its primary subtag ({@code zh-hans}, {@code zh}), so that a filter on either finds the side. */
    private static void addLanguage(Document doc, String field, String tag) {
        String lower = DocumentMark.normalLanguage(tag);
        doc.add(new StringField(field, lower, Field.Store.NO));
        int dash = lower.indexOf('-');
        if (dash > 0) {
            doc.add(new StringField(field, lower.substring(0, dash), Field.Store.NO));
        }
    }

    static Document mark(DocumentMark mark) {
        var doc = new Document();
        doc.add(new StringField(MARK, "document", Field.Store.NO));
        doc.add(new StringField(DOCUMENT, Long.toString(mark.documentId()), Field.Store.YES));
        doc.add(new StoredField(MARK_PROJECT, mark.projectId()));
        doc.add(new StoredField(VERSION, mark.version()));
        doc.add(new StoredField(STAMP, mark.stamp()));
        doc.add(new StoredField(MARK_SOURCE_LANGUAGE, mark.sourceLanguage()));
        doc.add(new StoredField(MARK_TARGET_LANGUAGE, mark.targetLanguage()));
        return doc;
    }

    static DocumentMark markOf(Document doc) {
        return new DocumentMark(Long.parseLong(doc.get(DOCUMENT)), number(doc, MARK_PROJECT), number(doc, VERSION),
                number(doc, STAMP), doc.get(MARK_SOURCE_LANGUAGE), doc.get(MARK_TARGET_LANGUAGE));
    }

    static IndexedPair pairOf(Document doc) {
        return new IndexedPair(number(doc, PAIR), Long.parseLong(doc.get(DOCUMENT)), Long.parseLong(doc.get(PROJECT)),
                ReviewStatus.valueOf(doc.get(STATUS)), doc.get(SOURCE), doc.get(TARGET));
    }

    private static long number(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value.numericValue().longValue();
    }
}
