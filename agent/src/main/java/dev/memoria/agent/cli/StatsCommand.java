package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;
import dev.memoria.internal.store.remote.RemoteAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code stats}: totals for the cache directory and per method: code versions, entries, stored bytes, and bytes on
 * disk (the space the files take, see {@link DiskUsage}). Versions that cannot be read count as versions and on disk,
 * not in entries and stored bytes.
 *
 * <p>JSON: {@code directory}; {@code totals} with {@code methods}, {@code versions}, {@code entries}, {@code bytes}
 * and {@code bytesOnDisk}; {@code methods}, each with {@code method}, {@code signature}, {@code versions},
 * {@code entries}, {@code bytes} and {@code bytesOnDisk}. With {@code --remote}: {@code remote} (the store's address,
 * no password) instead of {@code directory}, and no {@code bytesOnDisk}.
 */
@Command(name = "stats", description = "Show totals and per-method counts: code versions, entries, stored bytes and"
        + " bytes on disk (the space the files take).")
final class StatsCommand extends CacheCommand {

    @Mixin
    private RemoteOption remote;

    @Override
    RemoteOption remote() {
        return remote;
    }

    /** The counts of one method, or of the whole directory. */
    private record Counts(long versions, long entries, long bytes, long bytesOnDisk) {
        Counts plus(Counts other) {
            return new Counts(versions + other.versions, entries + other.entries, bytes + other.bytes,
                    bytesOnDisk + other.bytesOnDisk);
        }
    }

    private record MethodCounts(StoredMethod method, Counts counts) {
    }

    @Override
    int run(CacheDirectory cache) {
        List<StoredMethod> methods = StoredMethod.in(cache);
        Map<Path, Long> onDisk = DiskUsage.of(methods.stream().map(StoredMethod::directory).toList());
        List<MethodCounts> perMethod = methods.stream()
                .map(method -> new MethodCounts(method, count(method, onDisk.get(method.directory()))))
                .toList();
        Counts totals = perMethod.stream().map(MethodCounts::counts).reduce(new Counts(0, 0, 0, 0), Counts::plus);
        print(() -> json(cache, totals, perMethod), out -> text(out, cache, totals, perMethod));
        return MemoriaCli.EXIT_OK;
    }

    @Override
    int run(RemoteAdmin store) {
        List<RemoteMethod> methods = RemoteMethod.in(store);
        long versions = methods.stream().mapToLong(method -> method.versions().size()).sum();
        long entries = methods.stream().mapToLong(RemoteMethod::entries).sum();
        long bytes = methods.stream().mapToLong(RemoteMethod::bytes).sum();
        print(() -> new JsonObject()
                        .put("remote", store.address())
                        .put("totals", new JsonObject().put("methods", (long) methods.size()).put("versions", versions)
                                .put("entries", entries).put("bytes", bytes))
                        .put("methods", methods.stream().map(method -> new JsonObject()
                                .put("method", method.name())
                                .put("signature", method.signature())
                                .put("versions", (long) method.versions().size())
                                .put("entries", method.entries())
                                .put("bytes", method.bytes())).toList()),
                out -> {
                    out.println("Shared store " + store.address());
                    out.println("  " + Formats.count(methods.size(), "method", "methods") + ", "
                            + Formats.count(versions, "code version", "code versions") + ", "
                            + Formats.count(entries, "entry", "entries") + ", " + Formats.bytes(bytes) + " stored");
                    if (!methods.isEmpty()) {
                        out.println();
                        Table table = new Table().left("METHOD").right("VERSIONS").right("ENTRIES").right("STORED");
                        methods.forEach(method -> table.row(method.name(), method.versions().size(), method.entries(),
                                Formats.bytes(method.bytes())));
                        table.print(out, "  ");
                    }
                });
        return MemoriaCli.EXIT_OK;
    }

    private Counts count(StoredMethod method, long bytesOnDisk) {
        long entries = 0;
        long bytes = 0;
        for (StoredVersion version : method.versions()) {
            StoredVersion.Contents contents = attempt(version, StoredVersion::contents).orElse(null);
            if (contents != null) {
                entries += contents.entries();
                bytes += contents.bytes();
            }
        }
        return new Counts(method.versions().size(), entries, bytes, bytesOnDisk);
    }

    private static void text(PrintWriter out, CacheDirectory cache, Counts totals, List<MethodCounts> perMethod) {
        out.println("Cache directory " + cache.root());
        out.println("  " + Formats.count(perMethod.size(), "method", "methods") + ", "
                + Formats.count(totals.versions(), "code version", "code versions") + ", "
                + Formats.count(totals.entries(), "entry", "entries") + ", "
                + Formats.bytes(totals.bytes()) + " stored, " + Formats.bytes(totals.bytesOnDisk()) + " on disk");
        if (perMethod.isEmpty()) {
            return;
        }
        out.println();
        Table table = new Table().left("METHOD").right("VERSIONS").right("ENTRIES").right("STORED").right("ON DISK");
        for (MethodCounts method : perMethod) {
            Counts counts = method.counts();
            table.row(method.method().name(), counts.versions(), counts.entries(), Formats.bytes(counts.bytes()),
                    Formats.bytes(counts.bytesOnDisk()));
        }
        table.print(out, "  ");
    }

    private static JsonObject json(CacheDirectory cache, Counts totals, List<MethodCounts> perMethod) {
        return new JsonObject()
                .put("directory", cache.root())
                .put("totals", counts(new JsonObject().put("methods", (long) perMethod.size()), totals))
                .put("methods", perMethod.stream().map(method -> counts(new JsonObject()
                        .put("method", method.method().name())
                        .put("signature", method.method().signature()), method.counts())).toList());
    }

    private static JsonObject counts(JsonObject json, Counts counts) {
        return json.put("versions", counts.versions())
                .put("entries", counts.entries())
                .put("bytes", counts.bytes())
                .put("bytesOnDisk", counts.bytesOnDisk());
    }
}
