// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Found by use: a form body that is not valid URL encoding, sent to the sign-in page without signing in, or an upload
 * cut off midway, answered 500 and logged a stack trace each time. Both are the sender's fault: 400, saying what is
 * wrong, nothing stored.
 */
@QuarkusTest
class UnreadableBodyTest {

    @TestHTTPResource("/login")
    URI login;

    @Test
    void shouldRefuseAFormBodyThatIsNotUrlEncoding() throws Exception {
        // RestAssured would encode the form itself: sent as bytes, as a client with a bug or a prober sends it
        HttpClient client = HttpClient.newHttpClient();
        for (String accept : new String[] {"*/*", "text/html"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(login)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString("username=%zz&password=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("not valid URL encoding"), answer.body());
        }
    }

    @Test
    void shouldRefuseAnUploadCutOffMidway() {
        long project = ApiFixtures.createProject("Cut off", "de", "en");
        given().contentType("multipart/form-data; boundary=XYZ")
                .body(("--XYZ\r\nContent-Disposition: form-data; name=\"source\"; filename=\"a.txt\"\r\n\r\nabc")
                        .getBytes(StandardCharsets.US_ASCII))
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ended before its form did"));
        given().get("/api/projects/" + project + "/documents").then().statusCode(200).body("size()", equalTo(0));
    }
}
