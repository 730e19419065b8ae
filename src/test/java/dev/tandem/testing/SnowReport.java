// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

/**
 * A short Chinese news report with its English, French and German translations, written for these tests: four
 * paragraphs with a quotation, a number, an ampersand and an emoji.
 */
public final class SnowReport {
    public static final String ZH = """
            北京今年的冬天来得很早。十一月初，第一场雪就落在了故宫的屋顶上。

            “你看，下雪了！”小女孩指着窗外喊道。她的母亲笑着说：“快去穿上外套。”

            据气象局统计，今年的降雪量比去年多了 30%。专家认为，这与拉尼娜现象有关。

            城市的道路 & 交通受到了一定影响，但地铁运行正常 🚇。
            """;

    public static final String EN = """
            Winter came early to Beijing this year. In early November, the first snow fell on the roofs of the Forbidden City.

            "Look, it's snowing!" the little girl shouted, pointing out of the window. Her mother smiled and said: "Go and put on your coat."

            According to the weather bureau, snowfall this year is 30% higher than last year. Experts believe this is related to La Niña.

            Roads & traffic in the city were somewhat affected, but the subway ran normally 🚇.
            """;

    public static final String FR = """
            L'hiver est arrivé tôt à Pékin cette année. Début novembre, la première neige est tombée sur les toits de la Cité interdite.

            « Regarde, il neige ! » s'écria la petite fille en montrant la fenêtre. Sa mère répondit en souriant : « Va vite mettre ton manteau. »

            Selon le bureau météorologique, les chutes de neige de cette année sont 30 % plus élevées que l'an dernier. Les experts pensent que cela est lié au phénomène La Niña.

            Les routes & la circulation en ville ont été quelque peu perturbées, mais le métro a fonctionné normalement 🚇.
            """;

    public static final String DE = """
            Der Winter kam dieses Jahr früh nach Peking. Anfang November fiel der erste Schnee auf die Dächer der Verbotenen Stadt.

            „Schau, es schneit!“, rief das kleine Mädchen und zeigte aus dem Fenster. Ihre Mutter sagte lächelnd: „Zieh schnell deinen Mantel an.“

            Nach Angaben des Wetteramts ist die Schneemenge in diesem Jahr um 30 % höher als im Vorjahr. Experten glauben, dass dies mit dem La-Niña-Phänomen zusammenhängt.

            Straßen & Verkehr in der Stadt waren etwas beeinträchtigt, aber die U-Bahn fuhr normal 🚇.
            """;

    private SnowReport() {
    }
}
