package dev.memoria.bench.hit;

/** A small record argument of the multi-argument hits. */
public record Label(String name, int rank) {
}
