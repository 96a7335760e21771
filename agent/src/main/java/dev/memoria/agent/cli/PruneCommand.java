package dev.memoria.agent.cli;

import dev.memoria.agent.cli.PruneReport.Action;
import dev.memoria.agent.cli.PruneReport.PrunedMethod;
import dev.memoria.agent.cli.PruneReport.PrunedVersion;
import dev.memoria.agent.report.Messages;
import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code prune}: removes what can no longer be hit. By default, every code version of a method but the newest: those
 * hold entries of code that has since changed. With {@code --classpath}, every version whose fingerprint differs from
 * the code on that class path (see {@link CurrentCode}), which also catches a newest version written by code that was
 * later reverted. A version a running JVM has open is left alone either way: that JVM may still run the old code.
 * With {@code --older-than}, the entries written before a cutoff instead, in every version, open or not.
 */
@Command(name = "prune", description = {"Remove what can no longer be hit: by default, every code version of a"
        + " method except the newest. Versions a running JVM has open are left alone and reported.",
        "With --older-than, remove the entries written before a cutoff, in every version, instead; with --classpath,"
        + " keep exactly the versions that match the code on a class path."})
final class PruneCommand extends CacheCommand {

    /** At most one criterion replaces the default. */
    private static final class Criterion {
        @Option(names = "--older-than", paramLabel = "<cutoff>", converter = CutoffConverter.class, required = true,
                description = {"Remove the entries written before a cutoff, in every",
                        "code version: a date (2026-11-01, from midnight local",
                        "time), a time (2026-11-01T10:00:00Z) or an age",
                        "counted back from now (30d, 12h, 1d12h)."})
        private Instant olderThan;

        @Option(names = "--classpath", paramLabel = "<class path>", required = true,
                description = {"Keep exactly the code versions that match the code",
                        "on this class path (directories and jars, separated",
                        "as in java -cp), and remove the others. Give the",
                        "application's own classes (target/classes, or its",
                        "jar), not its libraries. Methods whose class is not",
                        "on it are kept and reported."})
        private String classPath;
    }

    @ArgGroup(exclusive = true)
    private Criterion criterion;

    @Option(names = "--dry-run", description = "Show what would be removed, and remove nothing.")
    private boolean dryRun;

    /** Which versions of one method are obsolete, and why each is kept or removed. */
    private record Verdict(Predicate<StoredVersion> obsolete, String removedBecause, String keptBecause, String note) {
    }

    @Override
    int run(CacheDirectory cache) {
        List<StoredMethod> methods = StoredMethod.in(cache);
        PruneReport report;
        if (criterion != null && criterion.olderThan != null) {
            Instant cutoff = criterion.olderThan;
            report = new PruneReport(cache.root(), "olderThan", cutoff, null, dryRun,
                    methods.stream().map(method -> trim(method, cutoff)).toList());
        } else if (criterion != null) {
            List<Path> classPath = classPathRoots(criterion.classPath);
            CurrentCode code = new CurrentCode(classPath);
            report = new PruneReport(cache.root(), "classPath", null, classPath, dryRun,
                    methods.stream().map(method -> removeObsolete(method, verdict(code, method))).toList());
        } else {
            report = new PruneReport(cache.root(), "newest", null, null, dryRun,
                    methods.stream().map(method -> removeObsolete(method, new Verdict(
                            version -> version != method.newest(), "older code version", "newest", null))).toList());
        }
        print(report::json, report::print);
        return MemoriaCli.EXIT_OK;
    }

    private static Verdict verdict(CurrentCode code, StoredMethod method) {
        CurrentCode.Verdict current = code.of(method.signature());
        if (current instanceof CurrentCode.Fingerprint fingerprint) {
            return new Verdict(version -> !version.fingerprint().equals(fingerprint.value()),
                    "not the code on the class path", "the code on the class path", null);
        }
        if (current instanceof CurrentCode.ClassNotFound missing) {
            return new Verdict(version -> false, null, "class not on the class path",
                    "Kept: class " + missing.className() + " is not on the class path.");
        }
        // the sealed verdict's last kind (Java 17 has no pattern switch)
        return new Verdict(version -> true, "method no longer declared", null,
                ((CurrentCode.MethodNotDeclared) current).className() + " on the class path no longer declares it.");
    }

    private PrunedMethod removeObsolete(StoredMethod method, Verdict verdict) {
        return new PrunedMethod(method, verdict.note(), method.versions().stream().map(version -> {
            if (!verdict.obsolete().test(version)) {
                return new PrunedVersion(version, Action.KEPT, verdict.keptBecause(), 0L);
            }
            OptionalLong entries = entriesIfReadable(version);
            return attempt(version, v -> dryRun ? v.inUse() : !v.deleteIfUnused())
                    .map(inUse -> inUse
                            ? new PrunedVersion(version, Action.IN_USE, "a running JVM has it open", 0L)
                            : new PrunedVersion(version, Action.REMOVED, verdict.removedBecause(),
                                    entries.isPresent() ? entries.getAsLong() : null))
                    .orElseGet(() -> new PrunedVersion(version, Action.FAILED, "see the error above", 0L));
        }).toList());
    }

    private PrunedMethod trim(StoredMethod method, Instant cutoff) {
        String before = "written before " + Formats.time(cutoff);
        return new PrunedMethod(method, null, method.versions().stream().map(version ->
                attempt(version, v -> dryRun ? v.countWrittenBefore(cutoff) : v.removeWrittenBefore(cutoff))
                        .map(removed -> removed > 0
                                ? new PrunedVersion(version, Action.TRIMMED, before, removed)
                                : new PrunedVersion(version, Action.KEPT, "nothing " + before, 0L))
                        .orElseGet(() -> new PrunedVersion(version, Action.FAILED, "see the error above", 0L)))
                .toList());
    }

    /** The directories and jars of a class path, which must all exist. */
    private static List<Path> classPathRoots(String classPath) {
        List<Path> roots = Stream.of(classPath.split(Pattern.quote(File.pathSeparator)))
                .filter(root -> !root.isBlank()).map(root -> Path.of(root).toAbsolutePath().normalize()).toList();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new CliException(Messages.missingClassPathRoot(root.toString()));
            }
        }
        return roots;
    }
}
