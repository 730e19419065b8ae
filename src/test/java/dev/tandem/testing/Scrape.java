// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /q/metrics} as Prometheus would take it (no credentials), read series by series. */
public record Scrape(String text) {
    /** {@code name{labels} value}, labels optional; comments and blank lines do not match. */
    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][\\w:]*)(?:\\{(.*)})? (\\S+)(?: \\d+)?$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static Scrape now() {
        return new Scrape(given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum of the series named {@code name} that carry all of {@code labels}; 0 when there is none. */
    public double value(String name, Map<String, String> labels) {
        return series(name, labels).stream().mapToDouble(Series::value).sum();
    }

    public double value(String name) {
        return value(name, Map.of());
    }

    /** The series named {@code name} that carry all of {@code labels}. */
    public List<Series> series(String name, Map<String, String> labels) {
        return SERIES.matcher(text).results()
                .filter(m -> m.group(1).equals(name))
                .map(m -> new Series(m.group(1), labels(m.group(2)), Double.parseDouble(m.group(3))))
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
    }

    private static Map<String, String> labels(String text) {
        if (text == null) {
            return Map.of();
        }
        var labels = new HashMap<String, String>();
        Matcher matcher = LABEL.matcher(text);
        while (matcher.find()) {
            labels.put(matcher.group(1), matcher.group(2));
        }
        return labels;
    }

    public record Series(String name, Map<String, String> labels, double value) {
    }
}
