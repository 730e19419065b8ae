// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ranks an instance keeps in memory per layout version ({@code LayoutIndex}) follow a change made elsewhere:
 * another instance re-keys a document's pairs and sentences (as a split or a merge on it does) and bumps the layout
 * version in the same transaction; pages and edits here then read the document as it is now. The same re-keying
 * without the bump shows what the version protects against: a page read through the old keys.
 */
@QuarkusTest
class LayoutIndexTest {
    private static final int LINES = 120;

    @Inject
    EntityManager em;

    @Test
    void aLayoutChangedByAnotherInstanceIsReadAsItIsNow() {
        long document = document();
        List<String> before = rows(page(document, 60, 30));
        rekey(document, true);
        List<String> after = rows(page(document, 60, 30));
        assertEquals(before, after, "the same pairs at the same positions, with the same sentence indexes");
        assertEquals(LINES - 60, page(document, 60, 100).get("items").size(), "a page to the end");

        long version = given().get("/api/documents/" + document).then().extract().jsonPath().getLong("version");
        long pair = page(document, 70, 1).get("items").get(0).get("id").asLong();
        JsonNode confirmed = PairInvariants.read(given().contentType(ContentType.JSON)
                .body(Map.of("op", "confirm", "pairs", List.of(pair), "baseVersion", version))
                .post("/api/documents/" + document + "/edits").then().statusCode(200).extract().asString());
        assertEquals(70, confirmed.get("pairs").get(0).get("position").asInt(), "the edit finds the pair's position");
        PairInvariants.check(document);
    }

    @Test
    void withoutTheVersionBumpTheOldKeysWouldBeRead() {
        long document = document();
        List<String> before = rows(page(document, 60, 30));
        rekey(document, false);
        assertNotEquals(before, rows(page(document, 60, 30)),
                "an instance that is not told reads the page through the keys it remembers");
    }

    private static long document() {
        long project = ApiFixtures.createProject("Layout", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            en.append("Line ").append(i).append(" of the original.\n");
            de.append("Zeile ").append(i).append(" der Übersetzung.\n");
        }
        return given().contentType(ContentType.JSON).body(Map.of("title", "Layout", "sourceText", en.toString(),
                        "targetText", de.toString(), "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonNode page(long document, int offset, int limit) {
        return PairInvariants.read(given().queryParam("offset", offset).queryParam("limit", limit)
                .get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().asString());
    }

    /** Id, position, sentence indexes and texts of each pair of a page. */
    private static List<String> rows(JsonNode page) {
        var rows = new ArrayList<String>();
        for (JsonNode item : page.get("items")) {
            rows.add(item.get("id").asLong() + " @" + item.get("position").asInt() + " " + item.get("source")
                    + " " + item.get("target"));
        }
        return rows;
    }

    /** Doubles every key of the document, as one committed change of another instance would re-key it. */
    private void rekey(long document, boolean bumpLayoutVersion) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update sentence set ord = ord * 2 where document_id = ?1").setParameter(1, document)
                    .executeUpdate();
            em.createNativeQuery("update sentence_pair set ord = ord * 2, source_from = source_from * 2,"
                            + " source_to = case when source_to = " + Long.MAX_VALUE + " then source_to"
                            + " else source_to * 2 end, target_from = target_from * 2,"
                            + " target_to = case when target_to = " + Long.MAX_VALUE + " then target_to"
                            + " else target_to * 2 end where document_id = ?1")
                    .setParameter(1, document).executeUpdate();
            if (bumpLayoutVersion) {
                em.createNativeQuery("update document set layout_version = layout_version + 1, version = version + 1"
                        + " where id = ?1").setParameter(1, document).executeUpdate();
            }
        });
    }
}
