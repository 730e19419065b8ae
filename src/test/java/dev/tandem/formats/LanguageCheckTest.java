// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    private static final LanguageCheck CHECK = new LanguageCheck();

    static final String ENGLISH = """
            The committee met on Tuesday to discuss the budget for the coming year. After a long debate about the
            cost of the new library, the members agreed to postpone the decision until the spring. The mayor said
            that the city could not afford to build it now, but that the plans would be kept. Several residents,
            who had come to the meeting to support the project, left disappointed. One of them said she would
            write to the newspaper.
            """;

    static final String GERMAN = """
            Der Ausschuss traf sich am Dienstag, um über den Haushalt für das kommende Jahr zu beraten. Nach einer
            langen Debatte über die Kosten der neuen Bibliothek beschlossen die Mitglieder, die Entscheidung auf das
            Frühjahr zu verschieben. Der Bürgermeister sagte, die Stadt könne sich den Bau derzeit nicht leisten,
            die Pläne würden aber aufbewahrt. Mehrere Einwohner, die gekommen waren, um das Vorhaben zu
            unterstützen, gingen enttäuscht nach Hause.
            """;

    private static Optional<LanguageCheck.Mismatch> check(String text, String language, String other) {
        return CHECK.check(text, language, other);
    }

    private static LanguageCheck.Mismatch refused(String text, String language, String other) {
        return check(text, language, other).orElseThrow(() -> new AssertionError(language + " accepted: " + text));
    }

    @Test
    void shouldAcceptTextsInTheirLanguage() {
        assertEquals(Optional.empty(), check(TextDecoderTest.CHINESE, "zh", "en"));
        assertEquals(Optional.empty(), check(TextDecoderTest.TRADITIONAL_CHINESE, "zh-Hant", "en"));
        assertEquals(Optional.empty(), check(TextDecoderTest.JAPANESE, "ja", "en"));
        assertEquals(Optional.empty(), check(TextDecoderTest.RUSSIAN, "ru", "en"));
        assertEquals(Optional.empty(), check(ENGLISH, "en", "zh"));
        assertEquals(Optional.empty(), check(ENGLISH, "en", "de"));
        assertEquals(Optional.empty(), check(GERMAN, "de", "en"));
        assertEquals(Optional.empty(), check("오늘 아침에 친구와 함께 공원에 산책하러 갔습니다.", "ko", "en"));
        // Serbian is written in Cyrillic and in Latin letters.
        assertEquals(Optional.empty(), check("Juče smo išli u pozorište sa prijateljima.", "sr", "en"));
        assertEquals(Optional.empty(), check("Јуче смо ишли у позориште са пријатељима.", "sr", "en"));
    }

    @Test
    void shouldAcceptLatinWordsAndQuotesInAnotherScript() {
        String tech = "在 Kubernetes 中，Pod 是可以创建和管理的最小部署单元。每个 Pod 包含一个或多个容器，"
                + "用 kubectl apply 部署。";
        assertEquals(Optional.empty(), check(tech, "zh", "en"));
        assertEquals(Optional.empty(), check("Wei Xiaobao (韦小宝) and the Emperor Kangxi (康熙) met in the palace.",
                "en", "zh"));
    }

    @Test
    void shouldNotJudgeTextsWithTooFewLetters() {
        assertEquals(Optional.empty(), check("OK", "zh", "en"));
        assertEquals(Optional.empty(), check("2024-05-01 12:30 — 15 %", "zh", "en"));
        assertTrue(check("It snowed in Beijing.", "zh", "en").isPresent());
    }

    @Test
    void shouldTakeEnglishInAChineseSideForTheOtherSide() {
        LanguageCheck.Mismatch mismatch = refused("It snowed in Beijing. The children were happy.", "zh", "en");
        assertEquals("en", mismatch.looksLike());
        assertEquals("English", mismatch.name());
        assertEquals("100% of its letters are Latin, and Chinese is written in Han", mismatch.evidence());

        LanguageCheck.Mismatch chinese = refused(TextDecoderTest.CHINESE, "en", "zh");
        assertEquals("zh", chinese.looksLike());
        assertEquals("Chinese", chinese.name());
    }

    @Test
    void shouldNameTheLikelyLanguageOfAScriptTheProjectDoesNotUse() {
        LanguageCheck.Mismatch russian = refused(TextDecoderTest.RUSSIAN, "en", "de");
        assertEquals("ru", russian.looksLike());
        assertEquals("Russian or another language written in Cyrillic", russian.name());
        assertEquals("ja", refused(TextDecoderTest.JAPANESE, "zh", "en").looksLike());
        assertEquals("Japanese", refused(TextDecoderTest.JAPANESE, "zh", "en").name());
    }

    @Test
    void shouldTakeHanWithoutKanaOrHangulForChinese() {
        LanguageCheck.Mismatch japanese = refused(TextDecoderTest.CHINESE, "ja", "en");
        assertEquals("zh", japanese.looksLike());
        assertTrue(japanese.evidence().contains("with no kana"), japanese.evidence());
        assertTrue(refused(TextDecoderTest.CHINESE, "ko", "en").evidence().contains("no Hangul"));
        assertEquals(Optional.empty(), check(TextDecoderTest.CHINESE, "zh-Hant", "en"));
    }

    @Test
    void shouldTellTwoLanguagesOfOneScriptApartFromTheMinimumLength() {
        LanguageCheck.Mismatch german = refused(GERMAN, "en", "de");
        assertEquals("de", german.looksLike());
        assertEquals("German", german.name());
        assertTrue(german.evidence().startsWith("language profiles attribute 100% of it to German"), german.evidence());
        assertEquals("en", refused(ENGLISH, "de", "en").looksLike());
        String shortGerman = GERMAN.substring(0, LanguageCheck.MIN_IDENTIFIER_CHARS - 10);
        assertEquals(Optional.empty(), check(shortGerman, "en", "de"));
    }

    @Test
    void shouldTakeEnglishForEnglishInAnyLatinSide() {
        LanguageCheck.Mismatch english = refused(ENGLISH, "fr", "de");
        assertEquals("en", english.looksLike());
        assertEquals("English", english.name());
        assertEquals("en", refused(ENGLISH, "de", "zh").looksLike());
    }

    @Test
    void shouldNotJudgeRegionalVariantsOrAnotherLanguageOfTheSameScript() {
        assertEquals(Optional.empty(), check(ENGLISH, "en-US", "en-GB"));
        String italian = """
                Il comitato si è riunito martedì per discutere il bilancio del prossimo anno. Dopo un lungo dibattito
                sui costi della nuova biblioteca, i membri hanno deciso di rinviare la decisione alla primavera. Il
                sindaco ha detto che la città non può permettersi di costruirla adesso, ma che i progetti saranno
                conservati. Alcuni cittadini, venuti alla riunione per sostenere il progetto, sono tornati a casa delusi.
                """;
        assertEquals(Optional.empty(), check(italian, "de", "fr"));
        // a dictionary's side, which may be in any language, is matched against every language of its script
        LanguageCheck.Mismatch amongAll = CHECK.checkAmongAll(italian, "de", "fr")
                .orElseThrow(() -> new AssertionError("Italian taken for German"));
        assertEquals("it", amongAll.looksLike());
        assertTrue(amongAll.evidence().contains("to Italian rather than German"), amongAll.evidence());
        assertEquals(Optional.empty(), CHECK.checkAmongAll(italian, "it", "de"));
        // Serbian is written in two scripts, and its n-gram profile knows only one of them: not compared.
        String serbian = """
                Juče smo sa prijateljima išli u pozorište. Predstava je bila postavljena po drami Antona Čehova i
                glumci su igrali odlično, naročito glumica u glavnoj ulozi. Sala je bila puna, a publika je dugo
                aplaudirala. Posle predstave otišli smo u mali kafić u blizini da razgovaramo o onome što smo videli
                i da popijemo toplog čaja. Kući smo se vratili kasno, ali svi smo bili dobro raspoloženi.
                """;
        assertEquals(Optional.empty(), check(serbian, "sr", "en"));
        assertEquals(Optional.empty(), check(serbian, "hr", "en"));
        assertEquals(Optional.empty(), CHECK.checkAmongAll(serbian, "sr", "en"));
    }

    /** Close relatives are set against each other alone, so neither is taken for the other. */
    @Test
    void shouldNotTakeALanguageForItsCloseRelativeAmongAll() {
        String danish = """
                Udvalget mødtes tirsdag for at drøfte budgettet for det kommende år. Efter en lang debat om udgifterne
                til det nye bibliotek besluttede medlemmerne at udskyde beslutningen til foråret. Borgmesteren sagde,
                at kommunen ikke havde råd til at bygge det nu, men at planerne ville blive gemt. Flere borgere, som var
                kommet til mødet for at støtte projektet, gik skuffede hjem. En af dem sagde, at hun ville skrive til
                avisen.
                """;
        String norwegian = """
                Utvalget møttes tirsdag for å drøfte budsjettet for det kommende året. Etter en lang debatt om
                kostnadene ved det nye biblioteket bestemte medlemmene seg for å utsette avgjørelsen til våren.
                Ordføreren sa at kommunen ikke hadde råd til å bygge det nå, men at planene ville bli tatt vare på.
                Flere innbyggere, som hadde kommet til møtet for å støtte prosjektet, dro skuffet hjem. En av dem sa at
                hun ville skrive til avisen.
                """;
        assertEquals(Optional.empty(), CHECK.checkAmongAll(danish, "da", "en"));
        assertEquals(Optional.empty(), CHECK.checkAmongAll(norwegian, "no", "en"));
        assertEquals("de", CHECK.checkAmongAll(GERMAN, "da", "en").orElseThrow().looksLike());
    }
}
