// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A project with term candidates, for the term tests over REST and in the browser. */
public final class TermFixtures {
    /** Five pairs with 打印机 = printer, three with 扫描仪 = scanner, and four without either. */
    public static final List<String[]> UNITS = List.of(
            new String[] {"打印机坏了。", "The printer is broken."},
            new String[] {"请修理打印机。", "Please repair the printer."},
            new String[] {"新打印机很快。", "The new printer is fast."},
            new String[] {"我买了打印机。", "I bought a printer."},
            new String[] {"打印机没有纸。", "The printer has no paper."},
            new String[] {"扫描仪在桌子上。", "The scanner is on the desk."},
            new String[] {"扫描仪很旧。", "The scanner is old."},
            new String[] {"他用扫描仪。", "He uses the scanner."},
            new String[] {"今天下雨。", "It rains today."},
            new String[] {"明天天气好。", "Tomorrow the weather is good."},
            new String[] {"猫在睡觉。", "The cat is sleeping."},
            new String[] {"狗在跑。", "The dog is running."});

    private TermFixtures() {
    }

    /**
     * A de → en project with {@code terms} made-up term pairs ("quelleaaa" = "zielaaa", …), each in two confirmed pairs
     * of its own, around words every pair has (function words, so no terms).
     */
    public static long projectWithManyTerms(String name, int terms) {
        List<String[]> units = new java.util.ArrayList<>();
        for (int i = 0; i < terms; i++) {
            String word = letters(i);
            units.add(new String[] {"Das quelle" + word + " steht hier.", "The ziel" + word + " stands here."});
            units.add(new String[] {"Wir sehen quelle" + word + " heute.", "We see ziel" + word + " today."});
        }
        return project(name, "de", "en", units);
    }

    /**
     * {@code n} (below 26³) in three letters: aaa, aab, … (digits would end a phrase, and a shorter code inside a longer
     * one would make one term part of the other).
     */
    private static String letters(int n) {
        return new String(new char[] {(char) ('a' + n / 676 % 26), (char) ('a' + n / 26 % 26), (char) ('a' + n % 26)});
    }

    /** A zh → en project whose confirmed pairs (a TMX import) are {@link #UNITS}. */
    public static long projectWithTerms(String name) {
        return project(name, "zh", "en", UNITS);
    }

    private static long project(String name, String source, String target, List<String[]> units) {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "sourceLanguage", source, "targetLanguage", target))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        var tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><header srclang=\""
                + source + "\" creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\""
                + " adminlang=\"en\" datatype=\"plaintext\"/><body>");
        for (String[] unit : units) {
            tmx.append("<tu><tuv xml:lang=\"").append(source).append("\"><seg>").append(unit[0])
                    .append("</seg></tuv><tuv xml:lang=\"").append(target).append("\"><seg>").append(unit[1])
                    .append("</seg></tuv></tu>");
        }
        tmx.append("</body></tmx>");
        given().multiPart("source", "office.tmx", tmx.toString().getBytes(StandardCharsets.UTF_8), "application/xml")
                .post("/api/projects/" + project + "/documents").then().statusCode(201);
        return project;
    }

    /** The id of the project's candidate whose source is {@code source}. */
    public static long termId(long project, String source) {
        List<Map<String, Object>> terms = given().get("/api/projects/" + project + "/terms").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return terms.stream().filter(term -> term.get("source").equals(source))
                .map(term -> ((Number) term.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(source + " is no candidate: " + terms));
    }
}
