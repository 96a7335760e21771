package dev.memoria.maven;

import dev.memoria.CacheConfigurationException;
import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.transform.Instrumenter;
import dev.memoria.internal.call.Declarations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Weaves a classes directory in place with the agent's {@link Instrumenter}: every cached method is rewritten from
 * its original bytes, with fingerprints of those bytes and of the original project code it calls. Running it again
 * gives the same bytes, so a second run (or a second execution of the goal) changes nothing.
 */
final class ClassesWeaver {

    /** What one run did. */
    record Outcome(int classes, int methods, List<CacheConfigurationException> problems, List<String> hiddenInputs) {
    }

    private final Instrumenter instrumenter;

    ClassesWeaver(Instrumenter instrumenter) {
        this.instrumenter = instrumenter;
    }

    /**
     * @param originals        the originals of {@code classes} (see {@link OriginalClasses})
     * @param dependencyRoots  project code this module depends on: other modules' classes, as directories or jars
     * @param libraryRoots     every other class-path entry
     */
    Outcome weave(Path classes, OriginalClasses originals, List<Path> dependencyRoots, List<Path> libraryRoots)
            throws IOException {
        List<String> names = originals.synchronize();
        List<Path> projectRoots = new ArrayList<>();
        projectRoots.add(originals.directory());
        projectRoots.addAll(dependencyRoots);
        ClassSource source = new BuildClassSource(projectRoots, libraryRoots);
        List<CacheConfigurationException> problems = new ArrayList<>();
        List<String> hiddenInputs = new ArrayList<>();
        Set<String> woven = new HashSet<>();
        int methods = 0;
        for (String name : names) {
            byte[] original = originals.read(name);
            Instrumenter.Result result = instrument(name, original, source);
            problems.addAll(result.problems());
            hiddenInputs.addAll(result.hiddenInputs());
            Path target = classes.resolve(name);
            if (result.rewritten()) {
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                writeIfChanged(target, result.classFile());
                writeIfChanged(classes.resolve(Declarations.resourceName(className)),
                        Declarations.encode(result.sites()));
                woven.add(Declarations.resourceName(className));
                methods += result.sites().size();
            } else {
                writeIfChanged(target, original); // no longer cached: undo an earlier weaving
            }
        }
        deleteStaleSites(classes, woven);
        return new Outcome(woven.size(), methods, problems, hiddenInputs);
    }

    private Instrumenter.Result instrument(String name, byte[] original, ClassSource source) {
        if (!instrumenter.mayInstrument(name.substring(0, name.length() - ".class".length()), original)) {
            return Instrumenter.Result.unchanged(List.of());
        }
        try {
            return instrumenter.instrument(original, source, null);
        } catch (RuntimeException e) {
            throw new IllegalStateException(Messages.cannotWeave(name, e.toString()), e);
        }
    }

    /** Leaves an unchanged file alone, so its timestamp does not make later build steps think it changed. */
    private static void writeIfChanged(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static void deleteStaleSites(Path classes, Set<String> woven) throws IOException {
        Path sites = classes.resolve(Declarations.resourceName("x")).getParent();
        if (!Files.isDirectory(sites)) {
            return;
        }
        try (Stream<Path> files = Files.list(sites)) {
            for (Path file : files.toList()) {
                if (!woven.contains(classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
                        "/"))) {
                    Files.delete(file);
                }
            }
        }
    }
}
