package dev.memoria.agent.cli;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.agent.fingerprint.FingerprintCache;
import dev.memoria.internal.Settings;
import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.ChronicleEnvironment;
import dev.memoria.internal.store.chronicle.StoredVersion;
import dev.memoria.internal.store.remote.RemoteAdmin;
import dev.memoria.internal.store.remote.RemoteUnavailableException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What every command shares: the cache directory it works on ({@code --dir}) or, for {@code list}, {@code stats} and
 * {@code clear}, the shared store ({@code --remote}), the output format ({@code --json}),
 * the checks that the directory and this JVM can be used, and the reporting of stored versions that cannot be read.
 * Such a version does not stop the command: it is reported on stderr, the others are handled, and the exit code
 * becomes {@link MemoriaCli#EXIT_PROBLEM}.
 */
abstract class CacheCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "<path>", description = {"The cache directory. Default, as for the",
            "application: the system property memoria.cache.dir,", "else the environment variable MEMORIA_CACHE_DIR,",
            "else .memoria in the working directory."})
    private Path directory;

    @Option(names = "--json", description = "Print one JSON object, for scripts, instead of text for people.")
    private boolean json;

    private boolean problems;

    @Override
    public final Integer call() {
        RemoteOption remote = remote();
        if (remote != null && remote.given()) {
            try (RemoteAdmin admin = remote.connect()) {
                return run(admin);
            } catch (RemoteUnavailableException e) {
                throw new CliException(e.getMessage());
            }
        }
        CacheDirectory cache = open();
        int exitCode;
        try {
            exitCode = run(cache);
        } catch (UncheckedIOException e) {
            throw unreadable(cache.root(), e.getCause());
        }
        return problems ? MemoriaCli.EXIT_PROBLEM : exitCode;
    }

    /**
     * Does the command's work on a usable cache directory and prints the result.
     *
     * @return the exit code, when no stored version was reported unreadable
     */
    abstract int run(CacheDirectory cache);

    /** The {@code --remote} option of the commands that take it, else null. */
    RemoteOption remote() {
        return null;
    }

    /**
     * Does the command's work on the shared store, for the commands whose {@link #remote()} is not null.
     *
     * @return the exit code
     */
    int run(RemoteAdmin store) {
        throw new IllegalStateException(spec.name() + " does not take --remote");
    }

    /** Prints the result: the JSON object with {@code --json}, else the text for people. */
    final void print(Supplier<JsonObject> json, Consumer<PrintWriter> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (this.json) {
            out.println(json.get());
        } else {
            text.accept(out);
        }
        out.flush();
    }

    /**
     * Reads or changes one stored version. When that fails, the failure is reported on stderr, the exit code becomes
     * {@link MemoriaCli#EXIT_PROBLEM}, and the command goes on with the other versions.
     *
     * @return the work's result, or empty when it failed
     */
    final <T> Optional<T> attempt(StoredVersion version, VersionWork<T> work) {
        try {
            return Optional.of(work.apply(version));
        } catch (IOException | RuntimeException e) {
            problems = true;
            PrintWriter err = spec.commandLine().getErr();
            err.println(Messages.versionUnusable(Formats.shortFingerprint(version.fingerprint()), version.method(),
                    version.directory().toString(), reason(e)));
            err.flush();
            return Optional.empty();
        }
    }

    /**
     * The entries of a version that is about to be deleted, or would be with {@code --dry-run}, for the report; empty
     * when they cannot be counted. That is not reported as a problem: deleting is the way out for a damaged version.
     */
    static OptionalLong entriesIfReadable(StoredVersion version) {
        try {
            return OptionalLong.of(version.contents().entries());
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** Work on one stored version. */
    @FunctionalInterface
    interface VersionWork<T> {
        T apply(StoredVersion version) throws IOException;
    }

    private CacheDirectory open() {
        Path root = directory == null ? Settings.cacheDirectory() : directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CliException(Messages.noCacheDirectory(root.toString(), Files.exists(root)));
        }
        CacheDirectory cache = new CacheDirectory(root, Reporter.jvm());
        if (!cache.hasLayout() && !isEmpty(root)) {
            throw new CliException(Messages.notACacheDirectory(root.toString()));
        }
        List<String> missing = ChronicleEnvironment.missingAccess();
        if (!missing.isEmpty()) {
            throw new CliException(Messages.toolWithoutAccess(missing, spec.name(), ChronicleEnvironment.JVM_FLAGS));
        }
        return cache;
    }

    /** Whether the folder holds nothing but, perhaps, the agent's fingerprints (kept even when nothing persists). */
    private static boolean isEmpty(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.allMatch(child -> child.getFileName().toString().equals(FingerprintCache.FOLDER));
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
    }

    private static CliException unreadable(Path root, IOException cause) {
        return new CliException(Messages.unreadableCacheDirectory(root.toString(), reason(cause)));
    }

    /** The exception's type and message: for file errors the message alone is only the path. */
    private static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
