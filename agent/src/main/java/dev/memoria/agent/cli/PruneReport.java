package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.StoredVersion;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What {@code prune} did, or with {@code --dry-run} would do, to each stored version, for people and for scripts.
 *
 * <p>JSON: {@code directory}; {@code dryRun}; {@code criterion} ({@code "newest"}, {@code "olderThan"} or
 * {@code "classPath"}) with {@code cutoff} and {@code classPath} (null unless that criterion); {@code methods}, each
 * with {@code method}, {@code signature}, {@code note} (null, or what kept or removed all of its versions) and
 * {@code versions}, each with {@code fingerprint}, {@code action} ({@code "removed"}: the version is deleted;
 * {@code "trimmed"}: some of its entries are; {@code "kept"}; {@code "inUse"}: left alone because a running JVM has it
 * open; {@code "failed"}: see stderr), {@code why}, and {@code entriesRemoved} (null when the version could not be
 * read before it was deleted); then the totals {@code versionsRemoved}, {@code entriesRemoved} and
 * {@code versionsInUse}.
 *
 * @param criterion {@code "newest"}, {@code "olderThan"} or {@code "classPath"}
 * @param cutoff    for {@code "olderThan"}, else null
 * @param classPath for {@code "classPath"}, else null
 */
record PruneReport(Path directory, String criterion, Instant cutoff, List<Path> classPath, boolean dryRun,
                   List<PrunedMethod> methods) {

    /** What happened to one version. */
    enum Action {
        REMOVED("removed", "would remove"),
        TRIMMED("trimmed", "would trim"),
        KEPT("kept", "kept"),
        IN_USE("in use", "in use"),
        FAILED("failed", "failed");

        private final String done;
        private final String planned;

        Action(String done, String planned) {
            this.done = done;
            this.planned = planned;
        }

        private String json() {
            return this == IN_USE ? "inUse" : name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param entriesRemoved entries removed with the version or trimmed from it; null when they could not be counted
     */
    record PrunedVersion(StoredVersion version, Action action, String why, Long entriesRemoved) {
    }

    /** @param note what kept or removed all of the method's versions, or null */
    record PrunedMethod(StoredMethod method, String note, List<PrunedVersion> versions) {
    }

    void print(PrintWriter out) {
        for (PrunedMethod method : methods) {
            out.println(method.method().name());
            if (method.note() != null) {
                out.println("  " + method.note());
            }
            Table table = new Table().left("ACTION").left("VERSION").right("ENTRIES").left("WHY");
            for (PrunedVersion version : method.versions()) {
                table.row(dryRun ? version.action().planned : version.action().done,
                        Formats.shortFingerprint(version.version().fingerprint()), entriesCell(version),
                        version.why());
            }
            table.print(out, "  ");
            out.println();
        }
        String removed = Formats.count(count(Action.REMOVED), "code version", "code versions") + " and "
                + Formats.count(entriesRemoved(), "entry", "entries");
        out.println(dryRun ? "Would remove " + removed + "; nothing was changed (--dry-run)."
                : "Removed " + removed + ".");
        long inUse = count(Action.IN_USE);
        if (inUse > 0) {
            String versions = Formats.count(inUse, "code version", "code versions") + " in use by a running JVM";
            out.println(dryRun ? "Would leave alone: " + versions + "."
                    : "Left alone: " + versions + "; prune again once that JVM has stopped.");
        }
    }

    /** Entries removed, for the versions something was removed from; a dash for the others. */
    private static String entriesCell(PrunedVersion version) {
        if (version.action() != Action.REMOVED && version.action() != Action.TRIMMED) {
            return "-";
        }
        return version.entriesRemoved() == null ? "?" : version.entriesRemoved().toString();
    }

    JsonObject json() {
        return new JsonObject()
                .put("directory", directory)
                .put("dryRun", dryRun)
                .put("criterion", criterion)
                .put("cutoff", cutoff)
                .put("classPath", classPath)
                .put("methods", methods.stream().map(method -> new JsonObject()
                        .put("method", method.method().name())
                        .put("signature", method.method().signature())
                        .put("note", method.note())
                        .put("versions", method.versions().stream().map(version -> new JsonObject()
                                .put("fingerprint", version.version().fingerprint())
                                .put("action", version.action().json())
                                .put("why", version.why())
                                .put("entriesRemoved", version.entriesRemoved())).toList())).toList())
                .put("versionsRemoved", count(Action.REMOVED))
                .put("entriesRemoved", entriesRemoved())
                .put("versionsInUse", count(Action.IN_USE));
    }

    private long count(Action action) {
        return versions().filter(version -> version.action() == action).count();
    }

    private long entriesRemoved() {
        return versions().map(PrunedVersion::entriesRemoved).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    private Stream<PrunedVersion> versions() {
        return methods.stream().flatMap(method -> method.versions().stream());
    }
}
