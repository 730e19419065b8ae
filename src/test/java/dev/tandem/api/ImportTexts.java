// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

/** Long Chinese and English texts of known size for import tests: sentence i of one is the translation of i. */
public final class ImportTexts {
    private ImportTexts() {
    }

    /** {@code sentences} Chinese sentences, a paragraph every ten. */
    public static String chinese(int sentences) {
        var text = new StringBuilder();
        for (int i = 1; i <= sentences; i++) {
            text.append("第").append(i).append("句讲的是河边小镇上的").append(i % 7 + 2).append("个人。");
            text.append(i % 10 == 0 ? "\n\n" : "");
        }
        return text.toString().strip();
    }

    /** The English translation of {@link #chinese(int)}, sentence by sentence. */
    public static String english(int sentences) {
        var text = new StringBuilder();
        for (int i = 1; i <= sentences; i++) {
            text.append("Sentence ").append(i).append(" is about the ").append(i % 7 + 2)
                    .append(" people of the little town by the river.");
            text.append(i % 10 == 0 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }
}
