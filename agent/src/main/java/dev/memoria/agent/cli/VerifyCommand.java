package dev.memoria.agent.cli;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.ChronicleStore.Verification;
import dev.memoria.internal.store.chronicle.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code verify [--repair]}: reads every entry back and checks it against its checksum and its tag, as a hit would:
 * an entry altered, or moved from another key, method or code version, is corrupt. A corrupt
 * entry is never served either way (every read checks it, drops it and recomputes), so the exit code
 * {@link MemoriaCli#EXIT_CORRUPT} for corrupt entries left in place is for scripts that watch the disk.
 *
 * <p>JSON: {@code directory}; {@code repair}; {@code methods}, each with {@code method}, {@code signature} and
 * {@code versions}, each with {@code fingerprint}, {@code readable}, and {@code entries} (checked) and
 * {@code corrupt} (null when not readable); {@code entries} and {@code corrupt}, the totals; {@code corruptRemaining},
 * the corrupt entries still stored (0 after {@code --repair}).
 */
@Command(name = "verify", description = "Check every stored entry against its checksum and its authentication"
        + " (method, code version, key). Exits with 0 when all are intact, 1 when corrupt entries remain (never"
        + " served: a read drops and recomputes them), 2 when a code version could not be read.")
final class VerifyCommand extends CacheCommand {

    @Option(names = "--repair", description = "Drop the corrupt entries; they are recomputed on their next call.")
    private boolean repair;

    private record Checked(StoredVersion version, Optional<Verification> verification) {
    }

    private record MethodChecked(StoredMethod method, List<Checked> versions) {
    }

    @Override
    int run(CacheDirectory cache) {
        List<MethodChecked> checked = StoredMethod.in(cache).stream()
                .map(method -> new MethodChecked(method, method.versions().stream()
                        .map(version -> new Checked(version, attempt(version, v -> v.verify(repair))))
                        .toList()))
                .toList();
        List<Verification> verifications = checked.stream().flatMap(method -> method.versions().stream())
                .flatMap(version -> version.verification().stream()).toList();
        long entries = verifications.stream().mapToLong(Verification::entries).sum();
        long corrupt = verifications.stream().mapToLong(Verification::corrupt).sum();
        long remaining = repair ? 0 : corrupt;
        long unreadable = checked.stream().flatMap(method -> method.versions().stream())
                .filter(version -> version.verification().isEmpty()).count();
        print(() -> json(cache, checked, entries, corrupt, remaining),
                out -> text(out, checked, verifications.size(), entries, corrupt, unreadable));
        return remaining > 0 ? MemoriaCli.EXIT_CORRUPT : MemoriaCli.EXIT_OK;
    }

    private void text(PrintWriter out, List<MethodChecked> checked, int versions, long entries, long corrupt,
                      long unreadable) {
        for (MethodChecked method : checked) {
            out.println(method.method().name());
            Table table = new Table().left("VERSION").right("CHECKED").right("CORRUPT");
            for (Checked version : method.versions()) {
                String fingerprint = Formats.shortFingerprint(version.version().fingerprint());
                version.verification().ifPresentOrElse(
                        verification -> table.row(fingerprint, verification.entries(), verification.corrupt()),
                        () -> table.row(fingerprint, "unreadable", "-"));
            }
            table.print(out, "  ");
            out.println();
        }
        out.println("Checked " + Formats.count(entries, "entry", "entries") + " in "
                + Formats.count(versions, "code version", "code versions") + ": "
                + (corrupt > 0 ? corrupt + " corrupt." : unreadable > 0 ? "none corrupt." : "all intact."));
        if (unreadable > 0) {
            out.println(Messages.versionsUnreadable(Formats.count(unreadable, "code version", "code versions"),
                    unreadable == 1, MemoriaCli.EXIT_PROBLEM));
        }
        if (corrupt > 0) {
            out.println(repair
                    ? "Dropped " + Formats.count(corrupt, "corrupt entry", "corrupt entries")
                      + "; each is recomputed on its next call."
                    : Messages.corruptEntriesLeft(corrupt == 1));
        }
    }

    private JsonObject json(CacheDirectory cache, List<MethodChecked> checked, long entries, long corrupt,
                            long remaining) {
        return new JsonObject()
                .put("directory", cache.root())
                .put("repair", repair)
                .put("methods", checked.stream().map(method -> new JsonObject()
                        .put("method", method.method().name())
                        .put("signature", method.method().signature())
                        .put("versions", method.versions().stream().map(version -> new JsonObject()
                                .put("fingerprint", version.version().fingerprint())
                                .put("readable", version.verification().isPresent())
                                .put("entries", version.verification().map(Verification::entries).orElse(null))
                                .put("corrupt", version.verification().map(Verification::corrupt).orElse(null)))
                                .toList()))
                        .toList())
                .put("entries", entries)
                .put("corrupt", corrupt)
                .put("corruptRemaining", remaining);
    }
}
