package dev.memoria.internal.cache;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.site.Manifest;
import dev.memoria.internal.site.SiteDescriptor;

import java.util.List;

/**
 * A method started a new code version while an older one was known: what changed between them.
 *
 * @param method  the method as people read it
 * @param older   the older version's fingerprint
 * @param where   where the older version was found: {@code "earlier in this JVM"} or {@code "on disk"}
 * @param changes the members that changed, were added or removed; empty when the older version has no manifest
 */
public record CodeChange(String method, String older, String where, List<Manifest.Change> changes) {

    /** {@link #where()} for a version found in the cache directory. */
    public static final String ON_DISK = "on disk";

    public CodeChange {
        changes = List.copyOf(changes);
    }

    public static CodeChange between(SiteDescriptor older, String where, SiteDescriptor newer) {
        return between(older.fingerprint(), older.manifest(), where, newer);
    }

    static CodeChange between(String olderFingerprint, Manifest olderManifest, String where, SiteDescriptor newer) {
        return new CodeChange(newer.displayName(), olderFingerprint, where,
                newer.manifest().changesSince(olderManifest));
    }

    /** Each change as one line: its call path and how it changed. */
    public List<String> lines() {
        if (changes.isEmpty()) {
            return List.of(Messages.changeUnknown());
        }
        return changes.stream().map(Manifest.Change::toString).toList();
    }

    /** What {@code memoria.explain} prints on the new version's first miss. */
    public String report() {
        return Messages.newCodeVersion(method, where, older.substring(0, Math.min(12, older.length())), lines());
    }
}
