package dev.tandem.align;
public record SideText(String language, java.util.List<String> sentences, int[] paragraphs) {}
