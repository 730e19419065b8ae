package dev.tandem.align;
public record AlignerSettings(int bandRadius) { public static AlignerSettings defaults() { return new AlignerSettings(20); } }
