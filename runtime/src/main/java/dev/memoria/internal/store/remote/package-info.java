/**
 * The shared tier of {@code @CacheData(persist = REMOTE)}: entries in Redis or Redis Cluster through Lettuce
 * (relocated in the agent jar), loaded and connected only when the first REMOTE method is called.
 *
 * <p>The API the rest of Memoria (and the cache directory tool) uses, kept small and stable:
 * <pre>
 *   RemoteStores stores = new RemoteStores(clock, reporter); // one per engine (cache.Stores owns it); lazy
 *   RemoteStore store = stores.open(descriptor);        // a method version's Store&lt;Key&gt;; throws
 *                                                       //   RemoteUnavailableException (message = the fix) without
 *                                                       //   an address or a secret
 *   stores.onCleared(store, runnable);                  // run when any JVM clears that version (pub/sub)
 *   stores.discardAll();                                // clearData()/clearAll(): every memoria:1:* key, all JVMs
 *   RemoteAddress.parse(url); RemoteAddress.redact(url) // memoria.remote, its password never shown
 * </pre>
 * A {@link dev.memoria.internal.store.remote.RemoteStore} is a {@code Store<Key>}: {@code get} (a miss takes the
 * key's lease, or waits for the JVM holding it), {@code put}, {@code settled} (releases the lease, stored or not),
 * {@code remove}, {@code clear}, {@code shared()} (its counters). It never throws: faults are outages, reported once
 * by {@link dev.memoria.internal.store.remote.RemoteTier}, during which calls cache in memory.
 *
 * <p>Key layout (T: the first 16 hex digits of SHA-256 over the method's signature and code fingerprint, a Cluster
 * hash tag; key: the argument digest in hex):
 * <pre>
 *   memoria:1:{T}:e:key               head (RemoteRecord): lengths, write id, chunk count, HMAC tag [+ payload
 *                                     up to 2 MiB]
 *   memoria:1:{T}:c:key:writeId:n     chunk n (1 MiB) of a larger payload, read and written 4 at a time
 *   memoria:1:{T}:l:key               lease (SET NX PX 10 s, renewed every 3.3 s)
 *   memoria:1:{T}:i, memoria:1:{T}:s  index: written-at (sorted set) and size (hash) per key
 *   memoria:1:{T}:k, memoria:1:{T}:b  chunk set ("writeId:count") per chunked key; total of the sizes
 *   memoria:1:versions                T -&gt; signature TAB fingerprint TAB display name
 *   channel memoria:1:clear           "T", "T:key" or "*"
 * </pre>
 * Timeouts: 1 s per command, 5 s for the first connection; 1 s of skipping after a failure; a waiter waits at most
 * 60 s, and an async method's miss does not wait. A commit and its trim to maxEntries/maxSize are one Lua script.
 */
package dev.memoria.internal.store.remote;
