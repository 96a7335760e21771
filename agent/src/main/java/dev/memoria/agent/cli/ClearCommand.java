package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;
import dev.memoria.internal.store.remote.RemoteAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code versionsDeleted}, {@code versionsEmptied} and {@code entriesRemoved}. With {@code --remote}: {@code remote}
 * (the store's address, no password) instead of {@code directory}, {@code method}, {@code methods} each with
 * {@code method}, {@code signature}, {@code versions} (how many were emptied) and {@code entriesRemoved}, then the
 * total {@code entriesRemoved}.
 */
@Command(name = "clear", description = "Remove every stored entry, or those of one method. Versions a running JVM"
        + " has open are emptied; the others are deleted.")
final class ClearCommand extends CacheCommand {

    @Mixin
    private RemoteOption remote;

    @Override
    RemoteOption remote() {
        return remote;
    }

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
        List<StoredMethod> selected = method == null ? methods
                : List.of(new MethodQuery(method).select(methods, StoredMethod::name, cache.root().toString()));
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

    /** In the shared store every version is emptied, and every connected JVM drops the entries from memory. */
    @Override
    int run(RemoteAdmin store) {
        List<RemoteMethod> methods = RemoteMethod.in(store);
        List<RemoteMethod> selected = method == null ? methods
                : List.of(new MethodQuery(method).select(methods, RemoteMethod::name, store.address()));
        Map<RemoteMethod, Long> removed = new LinkedHashMap<>();
        selected.forEach(stored -> removed.put(stored,
                stored.versions().stream().mapToLong(store::clear).sum()));
        long total = removed.values().stream().mapToLong(Long::longValue).sum();
        print(() -> new JsonObject()
                        .put("remote", store.address())
                        .put("method", method)
                        .put("methods", selected.stream().map(stored -> new JsonObject()
                                .put("method", stored.name())
                                .put("signature", stored.signature())
                                .put("versions", (long) stored.versions().size())
                                .put("entriesRemoved", removed.get(stored))).toList())
                        .put("entriesRemoved", total),
                out -> {
                    if (selected.isEmpty()) {
                        out.println("Nothing to clear: " + store.address() + " holds no shared entries.");
                    }
                    removed.forEach((stored, entries) -> out.println("Cleared " + stored.name() + ": "
                            + Formats.count(entries, "entry", "entries") + " in "
                            + Formats.count(stored.versions().size(), "code version", "code versions")
                            + ", in the store and in the memory of every connected JVM."));
                });
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
