package dev.memoria.agent.cli;

import dev.memoria.internal.site.Manifest;
import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code why <method>}: the stored code versions of one method, oldest first, with their entry counts and, for each
 * version after the first, what changed in the code since the version before it: each member of the method's
 * closure that changed, was added or removed, with its call path. Versions stored without a manifest (by a Memoria
 * before manifests, or whose manifest is damaged or does not authenticate) say that the change is unknown.
 *
 * <p>JSON: {@code directory}, {@code method}, {@code signature}; {@code versions}, each with {@code fingerprint},
 * {@code created}, {@code entries} (null when the version cannot be read), {@code manifest} (whether one is known)
 * and {@code changes} (null for the oldest version, or when either manifest is unknown), each change with
 * {@code path} (the call path, cached method first), {@code member} and {@code change} ({@code "body changed"},
 * {@code "added"} or {@code "removed"}).
 */
@Command(name = "why", description = "Show the stored code versions of one method, their entries, and what changed"
        + " in the code from each version to the next.")
final class WhyCommand extends CacheCommand {

    @Parameters(paramLabel = "<method>", description = {"The method, as list shows it: example.Reports.load(int),",
            "or shorter: example.Reports.load or Reports.load."})
    private String method;

    /** One version, its entries (null when unreadable), and the changes since the one before (null if unknown). */
    private record Version(StoredVersion version, Long entries, Manifest manifest, List<Manifest.Change> changes) {
    }

    @Override
    int run(CacheDirectory cache) {
        StoredMethod stored = new MethodQuery(method).select(StoredMethod.in(cache), StoredMethod::name,
                cache.root().toString());
        List<Version> versions = new ArrayList<>();
        Manifest previous = null;
        for (StoredVersion version : stored.versions()) {
            Manifest manifest = version.manifest();
            Long entries = attempt(version, StoredVersion::contents).map(StoredVersion.Contents::entries).orElse(null);
            boolean comparable = previous != null && previous.isKnown() && manifest.isKnown();
            versions.add(new Version(version, entries, manifest, comparable ? manifest.changesSince(previous) : null));
            previous = manifest;
        }
        print(() -> json(cache, stored, versions), out -> text(out, stored, versions));
        return MemoriaCli.EXIT_OK;
    }

    private static void text(PrintWriter out, StoredMethod stored, List<Version> versions) {
        out.println(stored.name() + ": " + Formats.count(versions.size(), "code version", "code versions")
                + ", oldest first");
        for (int i = 0; i < versions.size(); i++) {
            Version version = versions.get(i);
            out.println("  " + Formats.shortFingerprint(version.version().fingerprint()) + "  created "
                    + Formats.time(version.version().created()) + ", "
                    + (version.entries() == null ? "entries unreadable" : Formats.count(version.entries(), "entry",
                    "entries")));
            if (i == 0) {
                continue;
            }
            if (version.changes() == null) {
                out.println("      what changed is unknown: a version was stored without a readable manifest");
            } else if (version.changes().isEmpty()) {
                out.println("      no member of the code changed (only what the fingerprint's schema covers)");
            } else {
                version.changes().forEach(change -> out.println("      " + change));
            }
        }
    }

    private static JsonObject json(CacheDirectory cache, StoredMethod stored, List<Version> versions) {
        return new JsonObject()
                .put("directory", cache.root())
                .put("method", stored.name())
                .put("signature", stored.signature())
                .put("versions", versions.stream().map(version -> new JsonObject()
                        .put("fingerprint", version.version().fingerprint())
                        .put("created", version.version().created().toString())
                        .put("entries", version.entries())
                        .put("manifest", version.manifest().isKnown())
                        .put("changes", version.changes() == null ? null : version.changes().stream()
                                .map(change -> new JsonObject()
                                        .put("path", change.path())
                                        .put("member", change.member())
                                        .put("change", change.kind().text()))
                                .toList()))
                        .toList());
    }
}
