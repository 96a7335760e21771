package dev.memoria.agent.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The space folders take on disk: the blocks their files have allocated, not the files' lengths. The difference is
 * large here: Chronicle Map sizes an index file for its maximum number of entries up front and leaves the unwritten
 * part as a hole, so an index holding a hundred entries is some 14 MB long but takes a few hundred KB.
 *
 * <p>The JDK reads no file's allocated size, so this asks {@code du -sk} (POSIX, on Linux and macOS), once for all
 * folders. Where {@code du} cannot run (Windows) or leaves a folder out, the lengths of the folder's files stand in,
 * which overstates a sparse index.
 */
final class DiskUsage {

    private DiskUsage() {
    }

    /** Bytes on disk of each folder. */
    static Map<Path, Long> of(List<Path> folders) {
        Map<Path, Long> usage = new HashMap<>(folders.isEmpty() ? Map.of() : askDu(folders));
        for (Path folder : folders) {
            usage.computeIfAbsent(folder, DiskUsage::fileLengths);
        }
        return usage;
    }

    /** What {@code du} reports, by folder; empty when it cannot run. */
    private static Map<Path, Long> askDu(List<Path> folders) {
        List<String> command = new ArrayList<>(List.of("du", "-sk"));
        folders.forEach(folder -> command.add(folder.toString()));
        Map<Path, Long> usage = new HashMap<>();
        try {
            Process du = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(du.getInputStream(),
                    StandardCharsets.UTF_8))) {
                // "<KiB>\t<folder as given>"; a file vanishing under a running application makes du exit 1 but
                // still report the rest, so its lines count whatever the exit code
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        usage.put(Path.of(line.substring(tab + 1)), Long.parseLong(line.substring(0, tab)) * 1024);
                    }
                }
            }
            du.waitFor();
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
        return usage;
    }

    private static long fileLengths(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException vanished) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
