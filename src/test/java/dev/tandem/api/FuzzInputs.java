// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random values for {@link RestFuzzTest}: texts of every kind, values of the wrong JSON type, bodies and bytes. */
final class FuzzInputs {
    /** Escapes every non-ASCII char on its own, so lone surrogates and NULs travel as legal JSON escapes. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String[] PIECES = {"word", "words here", "Dr.", "U.S.A.", "3.14", "1,000", "«quoted»",
            "“Hi,” she said", "北京", "下雪了", "孩子们很高兴", "😀", "e\u0301", "مرحبا", "שלום", "\u200d", "\u0007", "\t",
            "<script>alert(1)</script>", "&amp;", "\uFEFF", "\uFFFD", "Ä", "  ", "ー", "한국어", "(", ")", "\"", "'",
            "\\", "%s", "${x}", "\u2028", "\u00a0"};
    private static final String[] ENDS = {".", "。", "!", "?", "…", "", " ", "\n", "\n\n", "\r\n", "！", "?\u201d"};

    private final Random random;

    FuzzInputs(Random random) {
        this.random = random;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    @SafeVarargs
    final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** Mostly sentences of mixed scripts; sometimes empty, blank, with a NUL or an unpaired surrogate. */
    String text() {
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> oneOf(" ", "\n\n", " \t\u3000\n");
            case 2 -> insert(sentences(between(1, 4)), "\u0000");
            case 3 -> insert(sentences(between(1, 4)), String.valueOf((char) between(0xD800, 0xDFFF)));
            case 4 -> "x".repeat(between(300, 3000));
            default -> sentences(between(1, 25));
        };
    }

    String sentences(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int pieces = between(1, 6);
            for (int j = 0; j < pieces; j++) {
                text.append(j == 0 ? "" : " ").append(oneOf(PIECES));
            }
            text.append(oneOf(ENDS));
        }
        return text.toString();
    }

    private String insert(String text, String what) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    /** A value of a type no field of this API takes, or null. */
    Object wrongType() {
        return oneOf(42, -1.5, true, List.of("a", 1), Map.of("nested", List.of()), null, "", 1e300);
    }

    /** A whole-number field: usually in [min, max], sometimes an extreme, a string or a fraction. */
    Object number(long min, long max) {
        if (chance(90)) {
            return min + (long) (random.nextDouble() * (max - min + 1));
        }
        return oneOf(-1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, "7", "seven", 1.5, null, List.of(1));
    }

    String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body that is not what any call wants: broken JSON, JSON of the wrong shape, bytes that are not UTF-8. */
    byte[] garbageBody() {
        String body = switch (random.nextInt(10)) {
            case 0 -> json(Map.of("title", text(), "sourceText", text())).substring(0, between(0, 10));
            case 1 -> oneOf("[]", "null", "\"text\"", "123", "{}", "true", "{\"a\":}", "{,}", "", " ");
            case 2 -> "[".repeat(between(1000, 3000));
            case 3 -> "{\"index\": " + "9".repeat(between(20, 2000)) + "}";
            case 4 -> "{\"op\": \"confirm\", \"op\": \"reject\", \"baseVersion\": 1}";
            case 5 -> "{\"sourceText\": \"" + "\\u0000".repeat(3) + "\", \"targetText\": \"\\ud800\"}";
            case 6 -> "{\"title\": \"" + "\\".repeat(between(1, 3)) + "\"}";
            default -> null;
        };
        return body != null ? body.getBytes(StandardCharsets.UTF_8) : bytes(between(1, 200));
    }

    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A file for one side of an upload: text in some encoding, random bytes, empty, or text with NULs. */
    byte[] file() {
        return switch (random.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> bytes(between(1, 2000));
            case 2 -> ("\uFEFF" + sentences(between(1, 10))).getBytes(StandardCharsets.UTF_16LE);
            case 3 -> sentences(between(1, 10)).getBytes(Charset.forName("GB18030"));
            case 4 -> "<?xml version=\"1.0\"?><tmx version=\"1.4\"><body><tu>".getBytes(StandardCharsets.UTF_8);
            default -> text().getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A list of {@code count} picks from {@code pick}. */
    List<Object> list(int count, java.util.function.Supplier<Object> pick) {
        var list = new ArrayList<Object>(count);
        for (int i = 0; i < count; i++) {
            list.add(pick.get());
        }
        return list;
    }
}
