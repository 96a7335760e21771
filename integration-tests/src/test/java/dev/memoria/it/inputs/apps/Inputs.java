package dev.memoria.it.inputs.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Persisted methods keyed by declared inputs, read from the working directory. Calls, run in order: {@code region}
 * (environment variable {@code MEMORIA_IT_REGION}), {@code mode} (system property {@code it.mode}),
 * {@code set-mode:<value>}, {@code total} (the numbers in {@code data/sales.csv}), {@code count} (the files that
 * {@code data/**}{@code /*.csv} matches) and {@code add:<path>} (writes a file).
 */
public final class Inputs {

    private Inputs() {
    }

    public static void main(String[] args) throws IOException {
        for (String call : args) {
            String[] parts = call.split(":", 2);
            switch (parts[0]) {
                case "region" -> System.out.println(call + " = " + region());
                case "mode" -> System.out.println(call + " = " + mode());
                case "set-mode" -> System.setProperty("it.mode", parts[1]);
                case "total" -> System.out.println(call + " = " + total());
                case "count" -> System.out.println(call + " = " + count());
                case "add" -> Files.writeString(Files.createDirectories(Path.of(parts[1]).getParent())
                        .resolve(Path.of(parts[1]).getFileName()), "9\n");
                default -> throw new IllegalArgumentException(call);
            }
        }
    }

    @CacheData(persist = Persist.DISK, inputs = "env:MEMORIA_IT_REGION", showSpinner = false)
    static String region() {
        System.out.println("ran region");
        return "sales of " + System.getenv("MEMORIA_IT_REGION");
    }

    @CacheData(inputs = "property:it.mode", showSpinner = false)
    static String mode() {
        System.out.println("ran mode");
        return "mode " + System.getProperty("it.mode");
    }

    @CacheData(persist = Persist.DISK, inputs = "file:data/sales.csv", showSpinner = false)
    static long total() {
        System.out.println("ran total");
        try (Stream<String> lines = Files.lines(Path.of("data/sales.csv"))) {
            return lines.mapToLong(Long::parseLong).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @CacheData(persist = Persist.DISK, inputs = "file:data/**/*.csv", showSpinner = false)
    static long count() {
        System.out.println("ran count");
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            return files.filter(file -> file.toString().endsWith(".csv")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
