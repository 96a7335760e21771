/**
 * The disk and off-heap tiers ({@code persist = DISK}, {@code offHeap = true}), observed the only way a user can:
 * through forked JVMs running small apps ({@code disk.apps}) under the real agent, one after another or side by
 * side, against a cache directory of the test's own. A test asserts which bodies ran (each body prints
 * {@code ran <call>}), the values returned (each app prints {@code <call> = <value>}, compared with the same value
 * computed in the test JVM), the files in the cache directory and their permissions, and every line on stderr
 * ({@link dev.memoria.it.support.ChildStderr}: on Java 24+ the JDK's warning about {@code sun.misc.Unsafe} once per JVM
 * that used Chronicle Map; otherwise only the {@code [memoria]} reports the test provoked).
 *
 * <p>Where time matters it is real time with wide margins, and only to set a situation up (an entry older than its
 * ttl, a JVM killed while a file is still being written); nothing asserts a duration. Most apps run with C1 only
 * ({@code -XX:TieredStopAtLevel=1}) and a small heap, which halves their start-up on two cores; none needs
 * {@code --add-opens}.
 *
 * <table>
 *   <caption>Tests</caption>
 *   <tr><th>class</th><th>behaviour</th></tr>
 *   <tr><td>{@code RestartIT}</td><td>entries survive a restart: every value shape, empty, null, a 320 MB array</td></tr>
 *   <tr><td>{@code CacheDirectoryIT}</td><td>the cache directory each setting selects; the documented layout</td></tr>
 *   <tr><td>{@code CodeChangeIT}</td><td>recompiled code hits unless the method or a helper it calls changed</td></tr>
 *   <tr><td>{@code TtlAndBoundsIT}</td><td>{@code ttl}, {@code maxEntries}, {@code maxSize} on disk, across restarts</td></tr>
 *   <tr><td>{@code PersistedClearIT}</td><td>{@code clear()}, {@code clear(args)}, {@code clearData()} reach the disk</td></tr>
 *   <tr><td>{@code FaultsIT}</td><td>damaged blobs and index, kill -9, unusable directories, a JVM too small for a value</td></tr>
 *   <tr><td>{@code ConcurrentJvmsIT}</td><td>two JVMs on one cache directory at once</td></tr>
 *   <tr><td>{@code SecurityIT}</td><td>0700/0600, allow-listed read-back, no analytics, no network</td></tr>
 *   <tr><td>{@code OffHeapIT}</td><td>off-heap data keeps the heap flat; off-heap buffer resources</td></tr>
 *   <tr><td>{@code HugeValueIT}</td><td>a value over 4 GiB</td></tr>
 * </table>
 */
package dev.memoria.it.disk;
