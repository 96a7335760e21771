package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code clear [method]}: removes every stored entry, of every method or of one. A version no JVM has open is deleted;
 * one in use is emptied, so the JVMs using it keep working and recompute what they need, as after the facade's
 * {@code clear()}.
 *
 * <p>JSON: {@code directory}; {@code method} (the name given, or null for all); {@code methods}, each with
 * {@code method}, {@code signature} and {@code versions}, each with {@code fingerprint}, {@code action}
 * ({@code "deleted"}, {@code "emptied"} because a running JVM has it open, or {@code "failed"}: see stderr) and
 * {@code entriesRemoved} (null when the version could not be read before it was deleted); then the totals
 * {@code versionsDeleted}, {@code versionsEmptied} and {@code entriesRemoved}.
 */
@Command(name = "clear", description = "Remove every stored entry, or those of one method. Versions a running JVM"
        + " has open are emptied; the others are deleted.")
final class ClearCommand extends CacheCommand {

    @Parameters(arity = "0..1", paramLabel = "<method>", description = {"The method to clear, as list shows it:",
            "example.Reports.load(int), or shorter:", "example.Reports.load or Reports.load.",
            "Default: every method."})
    private String method;

    /** A version and what clearing did: deleted (true), emptied (false), or failed (empty; reported on stderr). */
    private record Cleared(StoredVersion version, Optional<Boolean> deleted, OptionalLong entries) {
        String action() {
            return deleted.map(isDeleted -> isDeleted ? "deleted" : "emptied").orElse("failed");
        }
    }

    private record MethodCleared(StoredMethod method, List<Cleared> versions) {
    }

    @Override
    int run(CacheDirectory cache) {
        List<StoredMethod> methods = StoredMethod.in(cache);
        List<StoredMethod> selected = method == null ? methods : List.of(new MethodQuery(method).select(methods,
                cache.root()));
        List<MethodCleared> cleared = selected.stream()
                .map(stored -> new MethodCleared(stored, stored.versions().stream()
                        .map(version -> {
                            OptionalLong entries = entriesIfReadable(version);
                            return new Cleared(version, attempt(version, StoredVersion::discard), entries);
                        })
                        .toList()))
                .toList();
        print(() -> json(cache, cleared), out -> text(out, cache, cleared));
        return MemoriaCli.EXIT_OK;
    }

    private static void text(PrintWriter out, CacheDirectory cache, List<MethodCleared> cleared) {
        if (cleared.isEmpty()) {
            out.println("Nothing to clear: " + cache.root() + " holds no persisted entries.");
        }
        for (MethodCleared method : cleared) {
            long emptied = count(method.versions(), "emptied");
            long uncounted = method.versions().stream()
                    .filter(version -> version.deleted().isPresent() && version.entries().isEmpty()).count();
            List<String> notes = new ArrayList<>();
            if (emptied > 0) {
                notes.add(emptied + " in use by a running JVM, emptied");
            }
            if (uncounted > 0) {
                notes.add(uncounted + " unreadable, its entries not counted");
            }
            out.println("Cleared " + method.method().name() + ": "
                    + Formats.count(entries(method.versions()), "entry", "entries") + " in "
                    + Formats.count(count(method.versions(), "deleted") + emptied, "code version", "code versions")
                    + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")") + ".");
        }
    }

    private JsonObject json(CacheDirectory cache, List<MethodCleared> cleared) {
        List<Cleared> versions = cleared.stream().flatMap(method -> method.versions().stream()).toList();
        return new JsonObject()
                .put("directory", cache.root())
                .put("method", method)
                .put("methods", cleared.stream().map(stored -> new JsonObject()
                        .put("method", stored.method().name())
                        .put("signature", stored.method().signature())
                        .put("versions", stored.versions().stream().map(version -> new JsonObject()
                                .put("fingerprint", version.version().fingerprint())
                                .put("action", version.action())
                                .put("entriesRemoved", version.entries().isPresent()
                                        ? version.entries().getAsLong() : null)).toList())).toList())
                .put("versionsDeleted", count(versions, "deleted"))
                .put("versionsEmptied", count(versions, "emptied"))
                .put("entriesRemoved", entries(versions));
    }

    private static long count(List<Cleared> versions, String action) {
        return versions.stream().filter(version -> version.action().equals(action)).count();
    }

    private static long entries(List<Cleared> versions) {
        return versions.stream().filter(version -> version.deleted().isPresent())
                .mapToLong(version -> version.entries().orElse(0)).sum();
    }
}
