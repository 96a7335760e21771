package dev.memoria.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The raw samples of a part, one per line, so every table and plot can be checked and re-derived. */
public final class Csv {

    private final List<String> lines = new ArrayList<>();

    public Csv(String... columns) {
        lines.add(String.join(",", columns));
    }

    public void add(Object... values) {
        lines.add(Stream.of(values).map(String::valueOf).collect(Collectors.joining(",")));
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
