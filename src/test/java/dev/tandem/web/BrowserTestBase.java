// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.testing.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** What every browser test has: a Debian Chromium for the test class, its driver, and the address of the app. */
abstract class BrowserTestBase {
    protected static Chromium chromium;
    protected static ChromeDriver driver;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
