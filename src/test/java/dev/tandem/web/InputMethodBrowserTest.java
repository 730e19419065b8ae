// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Found by use: a reviewer typing Chinese into a sentence pressed Enter to choose the characters of "nihao" in the
 * input method, and the editor took it as its own Enter: "…nihao" was saved into the sentence. Esc while composing
 * closed the editor, the typing lost. While an input method composes, the editor leaves Enter and Esc to it.
 */
@QuarkusTest
class InputMethodBrowserTest extends BrowserTestBase {

    @Test
    void shouldLeaveEnterAndEscapeToAnInputMethodThatIsComposing() {
        long project = WebFixtures.createProject("Typing Chinese", "zh", "en");
        long document = WebFixtures.createDocument(project, "Two pairs", "你好。\n再见。", "Hello.\nGoodbye.");
        long version = WebFixtures.version(document);
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        new Actions(driver).sendKeys("e").perform();
        waitFor(() -> !driver.findElements(By.cssSelector("form.editor textarea")).isEmpty());
        WebElement editor = driver.findElement(By.cssSelector("form.editor textarea"));
        editor.sendKeys(Keys.END, "nihao");

        // the keydown events an input method sends while its composition is open (isComposing; keyCode 229)
        for (String key : new String[] {"Enter", "Escape"}) {
            driver.executeScript("arguments[0].dispatchEvent(new KeyboardEvent('keydown', {key: arguments[1],"
                    + " isComposing: true, keyCode: 229, bubbles: true, cancelable: true}))", editor, key);
            assertFalse(driver.findElements(By.cssSelector("form.editor textarea")).isEmpty(),
                    key + " while composing leaves the editor open");
        }
        assertEquals(version, WebFixtures.version(document), "nothing was saved while composing");

        // the composition committed ("nihao" → 你好), Enter saves
        driver.executeScript("arguments[0].value = arguments[0].value.replace('nihao', '你好')", editor);
        editor.sendKeys(Keys.ENTER);
        waitFor(() -> WebFixtures.version(document) == version + 1);
        assertEquals("你好。你好", WebFixtures.pairs(document).getString("items[0].source[0].text"));
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "input-method-failure.png");
    }
}
