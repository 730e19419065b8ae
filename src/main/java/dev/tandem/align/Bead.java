package dev.tandem.align;
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double confidence) {}
