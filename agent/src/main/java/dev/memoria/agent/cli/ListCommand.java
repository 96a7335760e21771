package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;
import dev.memoria.internal.store.remote.RemoteAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code list}: every persisted method and, under it, each stored code version with what it holds.
 *
 * <p>JSON: {@code directory}; {@code methods}, each with {@code method} (as people read it), {@code signature} (owner,
 * name and descriptor) and {@code versions}, oldest first, each with {@code fingerprint}, {@code created},
 * {@code configuration}, {@code newest} (created last), {@code readable}, and, null when not readable:
 * {@code inUse} (a JVM has it open), {@code entries}, {@code bytes} (stored), {@code oldestWrite} and
 * {@code newestWrite} (also null when there are no entries). Times are ISO-8601 UTC. With {@code --remote}:
 * {@code remote} (the store's address, no password) instead of {@code directory}, and per version only
 * {@code fingerprint}, {@code entries}, {@code bytes}, {@code oldestWrite} and {@code newestWrite}.
 */
@Command(name = "list", description = "List every persisted method and its stored code versions: entries, size,"
        + " oldest and newest write, whether a running JVM has the version open, and which is newest.")
final class ListCommand extends CacheCommand {

    @Mixin
    private RemoteOption remote;

    @Override
    RemoteOption remote() {
        return remote;
    }

    private record Listing(StoredMethod method, List<Listed> versions) {
    }

    /** A version and what it holds; an empty reading when it could not be read (reported on stderr). */
    private record Listed(StoredVersion version, boolean newest, Optional<Reading> reading) {
    }

    private record Reading(boolean inUse, StoredVersion.Contents contents) {
    }

    @Override
    int run(CacheDirectory cache) {
        List<Listing> listings = StoredMethod.in(cache).stream()
                .map(method -> new Listing(method, method.versions().stream()
                        .map(version -> new Listed(version, version == method.newest(),
                                attempt(version, v -> new Reading(v.inUse(), v.contents()))))
                        .toList()))
                .toList();
        print(() -> json(cache, listings), out -> text(out, cache, listings));
        return MemoriaCli.EXIT_OK;
    }

    @Override
    int run(RemoteAdmin store) {
        List<RemoteMethod> methods = RemoteMethod.in(store);
        print(() -> new JsonObject().put("remote", store.address())
                        .put("methods", methods.stream().map(RemoteMethod::json).toList()),
                out -> {
                    if (methods.isEmpty()) {
                        out.println("No shared entries in " + store.address() + ".");
                        return;
                    }
                    out.println("Shared store " + store.address());
                    for (RemoteMethod method : methods) {
                        out.println();
                        out.println(method.name());
                        Table table = new Table().left("VERSION").right("ENTRIES").right("SIZE").left("OLDEST WRITE")
                                .left("NEWEST WRITE");
                        method.versions().forEach(version -> table.row(Formats.shortFingerprint(version.fingerprint()),
                                version.entries(), Formats.bytes(version.bytes()), Formats.time(version.oldestWrite()),
                                Formats.time(version.newestWrite())));
                        table.print(out, "  ");
                    }
                });
        return MemoriaCli.EXIT_OK;
    }

    private static void text(PrintWriter out, CacheDirectory cache, List<Listing> listings) {
        if (listings.isEmpty()) {
            out.println("No persisted entries in " + cache.root() + ".");
            return;
        }
        out.println("Cache directory " + cache.root());
        for (Listing listing : listings) {
            out.println();
            out.println(listing.method().name());
            Table table = new Table().left("VERSION").left("CREATED").right("ENTRIES").right("SIZE")
                    .left("OLDEST WRITE").left("NEWEST WRITE").left("STATUS");
            for (Listed listed : listing.versions()) {
                String fingerprint = Formats.shortFingerprint(listed.version().fingerprint());
                String created = Formats.time(listed.version().created());
                listed.reading().ifPresentOrElse(
                        reading -> table.row(fingerprint, created, reading.contents().entries(),
                                Formats.bytes(reading.contents().bytes()), Formats.time(reading.contents().oldest()),
                                Formats.time(reading.contents().newest()), status(listed.newest(), reading.inUse())),
                        () -> table.row(fingerprint, created, "-", "-", "-", "-", "unreadable"));
            }
            table.print(out, "  ");
        }
    }

    private static String status(boolean newest, boolean inUse) {
        if (newest && inUse) {
            return "newest, in use";
        }
        return newest ? "newest" : inUse ? "in use" : "";
    }

    private static JsonObject json(CacheDirectory cache, List<Listing> listings) {
        return new JsonObject()
                .put("directory", cache.root())
                .put("methods", listings.stream().map(listing -> new JsonObject()
                        .put("method", listing.method().name())
                        .put("signature", listing.method().signature())
                        .put("versions", listing.versions().stream().map(ListCommand::json).toList())).toList());
    }

    private static JsonObject json(Listed listed) {
        StoredVersion version = listed.version();
        Optional<StoredVersion.Contents> contents = listed.reading().map(Reading::contents);
        return new JsonObject()
                .put("fingerprint", version.fingerprint())
                .put("created", version.created())
                .put("configuration", version.configuration())
                .put("newest", listed.newest())
                .put("readable", listed.reading().isPresent())
                .put("inUse", listed.reading().map(Reading::inUse).orElse(null))
                .put("entries", contents.map(StoredVersion.Contents::entries).orElse(null))
                .put("bytes", contents.map(StoredVersion.Contents::bytes).orElse(null))
                .put("oldestWrite", contents.map(StoredVersion.Contents::oldest).orElse(null))
                .put("newestWrite", contents.map(StoredVersion.Contents::newest).orElse(null));
    }
}
