// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.formats.SrxWriter;
import dev.tandem.segment.SrxDocument;
import dev.tandem.segment.SrxLanguageMap;
import dev.tandem.segment.SrxLanguageRule;
import dev.tandem.segment.SrxRule;
import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OmegaT's default segmentation rules, exported as SRX 2.0 and put to a project, split texts through Tandem exactly as
 * OmegaT's own segmenter does. OmegaT (GPL) is not a dependency: its Debian package's jar is loaded at run time and
 * driven by reflection. Without it the test skips, unless {@code -Dtandem.require-omegat=true} (CI).
 */
@QuarkusTest
class OmegaTSegmentationTest {
    private static final Path JAR = Path.of("/usr/share/omegat/OmegaT.jar");
    private static final Path ARTICLE = Path.of("..", "shared", "seed", "article-en.txt");

    private static ClassLoader omegat;

    @BeforeAll
    static void loadOmegaT() throws Exception {
        if (!Files.isReadable(JAR)) {
            String message = "OmegaT is not installed (" + JAR + "; Debian package omegat).";
            if (Boolean.getBoolean("tandem.require-omegat")) {
                Assertions.fail(message + " tandem.require-omegat=true, so this is a failure.");
            }
            Assumptions.abort(message);
        }
        // the jar's manifest names its libraries (JAXB, ...) under /usr/share/java; the platform loader keeps
        // Tandem's classes out of OmegaT's way
        omegat = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void shouldSplitAsOmegaTWithOmegaTsDefaultRules() throws Exception {
        Object srx = defaultRules();
        String exported = SrxWriter.write(export(srx));
        long project = ApiFixtures.createProject("OmegaT rules", "en", "de");
        given().contentType("application/xml; charset=UTF-8").body(exported.getBytes(StandardCharsets.UTF_8))
                .put("/api/projects/" + project + "/segmentation").then().statusCode(200);

        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", SnowReport.EN);
        texts.put("de", SnowReport.DE);
        texts.put("fr", SnowReport.FR);
        texts.put("zh", SnowReport.ZH);
        int compared = 0;
        for (var text : texts.entrySet()) {
            compared += assertSameSentences(project, srx, text.getKey(), text.getValue());
        }
        if (Files.isReadable(ARTICLE)) {
            compared += assertSameSentences(project, srx, "en", Files.readString(ARTICLE, StandardCharsets.UTF_8));
        }
        assertTrue(compared > 40, compared + " sentences compared");
    }

    /** OmegaT's default rules; JAXB (which reads them) finds its implementation through the context loader. */
    private static Object defaultRules() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(omegat);
        try {
            return omegat.loadClass("org.omegat.core.segmentation.SRX").getMethod("getDefault").invoke(null);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** OmegaT's rule objects as an SRX document: one language rule per map rule, cascading as OmegaT 3.6 does. */
    private static SrxDocument export(Object srx) throws Exception {
        List<SrxLanguageRule> rules = new ArrayList<>();
        List<SrxLanguageMap> maps = new ArrayList<>();
        for (Object mapRule : (List<?>) call(srx, "getMappingRules")) {
            String name = (String) call(mapRule, "getLanguage");
            List<SrxRule> converted = new ArrayList<>();
            for (Object rule : (List<?>) call(mapRule, "getRules")) {
                converted.add(new SrxRule((Boolean) call(rule, "isBreakRule"), (String) call(rule, "getBeforebreak"),
                        (String) call(rule, "getAfterbreak")));
            }
            rules.add(new SrxLanguageRule(name, converted));
            maps.add(new SrxLanguageMap((String) call(mapRule, "getPattern"), name));
        }
        return new SrxDocument(true, rules, maps);
    }

    /** Compares the sentences of each paragraph (a non-blank line of these texts); returns how many. */
    private static int assertSameSentences(long project, Object srx, String language, String text) throws Exception {
        Class<?> languageClass = omegat.loadClass("org.omegat.util.Language");
        Object omegatLanguage = languageClass.getConstructor(String.class).newInstance(language);
        Object segmenter = omegat.loadClass("org.omegat.core.segmentation.Segmenter").getConstructor().newInstance();
        segmenter.getClass().getMethod("setSRX", srx.getClass()).invoke(segmenter, srx);
        Method segment = segmenter.getClass().getMethod("segment", languageClass, String.class, List.class, List.class);
        List<String> expected = new ArrayList<>();
        for (String line : text.lines().filter(line -> !line.isBlank()).toList()) {
            for (Object sentence : (List<?>) segment.invoke(segmenter, omegatLanguage, line, null, null)) {
                String trimmed = ((String) sentence).strip();
                if (!trimmed.isEmpty()) {
                    expected.add(trimmed);
                }
            }
        }
        List<String> actual = SegmentationResourceTest.preview(project, Map.of("text", text, "language", language));
        assertEquals(String.join("\n", expected), String.join("\n", actual), language);
        return actual.size();
    }

    private static Object call(Object target, String method) throws Exception {
        return target.getClass().getMethod(method).invoke(target);
    }
}
