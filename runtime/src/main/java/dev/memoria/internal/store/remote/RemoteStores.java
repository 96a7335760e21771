package dev.memoria.internal.store.remote;

import dev.memoria.internal.Settings;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.time.Clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens the shared tier of {@code persist = REMOTE} methods: the door into this package. One instance per engine; it
 * reads the settings and connects when the first such method is called, and never before, so a JVM without REMOTE
 * methods loads no Lettuce and opens no socket.
 */
public final class RemoteStores {

    /** The shortest secret accepted: 16 bytes, 128 bits. */
    static final int MIN_SECRET_BYTES = 16;

    private final Clock clock;
    private final Reporter reporter;
    private RemoteTier tier;
    private String unavailable;

    /** @param clock, reporter the engine's: what retention is measured on, and where outages are told */
    public RemoteStores(Clock clock, Reporter reporter) {
        this.clock = clock;
        this.reporter = reporter;
    }

    /**
     * The shared store of one method version.
     *
     * @throws RemoteUnavailableException with the message to report once, when the settings do not allow a shared
     *                                    tier; the method then caches in memory
     */
    public synchronized RemoteStore open(SiteDescriptor descriptor) {
        if (tier == null && unavailable == null) {
            try {
                RemoteAddress address = RemoteAddress.parse(Settings.remote()
                        .orElseThrow(() -> new IllegalArgumentException(Messages.remoteNoAddress())));
                byte[] secret = secret();
                tier = RemoteTier.open(address, secret, Settings.remoteTrustStore().map(Path::toString).orElse(null),
                        reporter);
            } catch (IllegalArgumentException e) {
                unavailable = e.getMessage();
            }
        }
        if (tier == null) {
            throw new RemoteUnavailableException(unavailable);
        }
        String tag = RemoteStore.tag(descriptor.signature(), descriptor.fingerprint());
        RemoteStore store = new RemoteStore(tier, new EntryAuthenticator(tier.secret(), descriptor.signature(),
                descriptor.fingerprint()), tag, descriptor.spec(), descriptor.displayName(), async(descriptor), clock, reporter);
        tier.call(sync -> sync.hset(RemoteTier.bytes(RemoteStore.VERSIONS), RemoteTier.bytes(tag),
                RemoteTier.bytes(descriptor.signature() + "\t" + descriptor.fingerprint() + "\t"
                                 + descriptor.displayName())), false);
        return store;
    }

    /** Whether the method returns a {@code CompletableFuture} or {@code CompletionStage}. */
    private static boolean async(SiteDescriptor descriptor) {
        String returned = descriptor.descriptor().substring(descriptor.descriptor().indexOf(')') + 1);
        return returned.equals("Ljava/util/concurrent/CompletableFuture;")
               || returned.equals("Ljava/util/concurrent/CompletionStage;");
    }

    /** Calls {@code listener} whenever any JVM clears entries of {@code store}'s method version. */
    public void onCleared(RemoteStore store, Runnable listener) {
        store.onCleared(listener);
    }

    /**
     * Drops every shared entry of every method and tells every JVM to clear its REMOTE memory tiers; nothing when no
     * REMOTE method was called in this JVM (it never connected).
     */
    public synchronized void discardAll() {
        if (tier == null) {
            return;
        }
        tier.call(sync -> RemoteKeys.deleteMatching(sync, "memoria:1:*"), 0L);
        tier.publish("*");
    }

    /** The secret as bytes: the setting, else the file it names; at least {@link #MIN_SECRET_BYTES}. */
    private static byte[] secret() {
        Optional<String> inline = Settings.remoteSecret();
        byte[] secret;
        String source;
        if (inline.isPresent()) {
            secret = inline.get().getBytes(StandardCharsets.UTF_8);
            source = "memoria.remote.secret";
        } else {
            Path file = Settings.remoteSecretFile()
                    .orElseThrow(() -> new IllegalArgumentException(Messages.remoteNoSecret(MIN_SECRET_BYTES)));
            try {
                secret = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip()
                        .getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(Messages.remoteSecretFileUnreadable(file.toString(),
                        e.getClass().getSimpleName()));
            }
            source = "the secret file " + file;
        }
        if (secret.length < MIN_SECRET_BYTES) {
            Arrays.fill(secret, (byte) 0);
            throw new IllegalArgumentException(Messages.remoteSecretTooShort(source, MIN_SECRET_BYTES));
        }
        return secret;
    }
}
