/**
 * The behaviour suite of Memoria: what a user observes when the <em>real</em> agent jar rewrites their code.
 *
 * <h2>How it runs</h2>
 * <ul>
 *   <li>Failsafe runs every {@code *IT} class in the {@code integration-test} phase, after {@code package} has built
 *       {@code agent/target/memoria-agent.jar}, in a JVM started with {@code -javaagent:} that jar (see the module's
 *       {@code pom.xml}). Fixtures are ordinary classes with annotated methods; the agent rewrites them as they load,
 *       exactly as it would an application's classes. They live in {@code dev.memoria.it.*} because the agent
 *       ignores classes directly in {@code dev.memoria} and Memoria's own packages.</li>
 *   <li>{@code mvn -B -q install} runs it on the default JDK; add
 *       {@code -Dmemoria.test.jvm=/path/to/jdk-25/bin/java} to run the same suite on another JVM. The launch tests
 *       start their JVMs with the same {@code java} as the test JVM.</li>
 *   <li>{@code -pl integration-tests} tests the runtime and agent jars in the local Maven repository, which any
 *       worktree's {@code mvn install} replaces: install from this worktree first (or add {@code -am}).</li>
 * </ul>
 *
 * <h2>What a test asserts</h2>
 * Only what a user can see: whether a body ran (each fixture body records its run in a
 * {@link dev.memoria.it.support.Calls}), the value returned (and whether it is the same object), the exception and
 * its text, the lines on stderr, and {@code CacheStats}. Nothing measures time: expiry runs on a fake clock
 * ({@code Engine.jvm().clock().useForTesting}; across restarts, in {@code disk}, on the real one with wide margins); a "slow" body stays open until the progress line it expects has appeared; concurrent
 * callers are known to overlap because a body waits until every other caller is blocked in the call
 * ({@link dev.memoria.it.support.Crowd}). Every test starts with empty caches
 * ({@link dev.memoria.it.support.FreshCaches}).
 *
 * <h2>Where things are</h2>
 * Tests are grouped by the API they exercise. "§7 scenario N" in a display name is scenario N of section 7 of the
 * Streamlit caching specification ({@code streamlit-caching.md}); scenarios Streamlit marks "Both" run once under
 * {@code @CacheData} and once under {@code @CacheResource}.
 * <table>
 *   <caption>Packages</caption>
 *   <tr><th>package</th><th>API</th><th>scenarios</th></tr>
 *   <tr><td>{@code caching}</td><td>the call path both annotations share: hits and misses, exceptions, method
 *       shapes the agent rewrites, recursion, single flight</td><td>1–4, 6, 37–39</td></tr>
 *   <tr><td>{@code keys}</td><td>argument hashing, {@code @Unhashed} and {@code _names}, {@code Hasher}</td>
 *       <td>5, 9–27</td></tr>
 *   <tr><td>{@code data}</td><td>{@code @CacheData}: copies, unserializable values, large values</td>
 *       <td>7, 28</td></tr>
 *   <tr><td>{@code resource}</td><td>{@code @CacheResource}: sharing, {@code validate}, {@code onRelease}</td>
 *       <td>8, 40, 41</td></tr>
 *   <tr><td>{@code attributes}</td><td>{@code ttl}, {@code showSpinner}/{@code spinnerText}, invalid attribute
 *       values</td><td>33–36</td></tr>
 *   <tr><td>{@code facade}</td><td>{@code Memoria.clear*}, {@code Memoria.function}, {@code CachedFunction},
 *       {@code CacheStats}</td><td>29–32, 67, 68</td></tr>
 *   <tr><td>{@code reload}</td><td>function identity across class loaders (hot reload)</td><td></td></tr>
 *   <tr><td>{@code launch}</td><td>forked JVMs running {@code apps}: {@code -javaagent} and its options,
 *       executable jars with {@code Launcher-Agent-Class}, {@code Memoria.install()}</td><td></td></tr>
 *   <tr><td>{@code disk}</td><td>forked JVMs running {@code disk.apps}: {@code persist = DISK} across restarts, code
 *       changes, bounds, clearing, faults, crashes, concurrent JVMs, security, {@code offHeap}</td><td></td></tr>
 *   <tr><td>{@code rules}</td><td>forked JVMs running an app compiled in the test that never mentions Memoria, with
 *       Apache Commons Lang, cached by a rules file: data and resource rules, a library's methods, {@code ttl} and
 *       {@code persist = DISK}, the ways to name the file, wrong and missing files</td><td></td></tr>
 *   <tr><td>{@code dashboard}</td><td>the README's dashboard ({@code dev.memoria.demo.Dashboard}) in a forked JVM,
 *       driven in headless Chromium with memoria-ui's browser client: element replay, {@code allowWidgets},
 *       {@code Memoria.clearData}, stats, the page spinner</td><td></td></tr>
 *   <tr><td>{@code replay}</td><td>memoria-ui apps in-process: element replay (every element kind, containers,
 *       nesting, closures), {@code CachedWidgetWarning}, {@code allowWidgets} keys, the page spinner,
 *       {@code scope = SESSION}, {@code /metrics}, recordings replayed after a restart, a second toolkit bound by a
 *       rules file</td><td>42–55, 71–73</td></tr>
 *   <tr><td>{@code support}</td><td>test helpers</td><td></td></tr>
 * </table>
 *
 * <h2>Python to Java</h2>
 * kwargs and leading underscores become {@code @Unhashed} and {@code _names}; classmethods and staticmethods become
 * static and instance methods; {@code hash_funcs} become {@code Hasher} classes; dataclasses become records;
 * {@code threading.Lock} becomes {@code ReentrantLock}; NumPy arrays, images and DataFrames become primitive arrays,
 * {@code int[][]} and lists of records; mocks become plain objects hashed by identity; {@code timedelta} TTLs become
 * ISO-8601 durations. Scenarios without a Java counterpart are left out: keyword-argument order and
 * {@code clear(y=1)}, {@code functools.partial}, file handles' read positions. Scenarios 56–66, 69 and 70 (Streamlit's
 * disk files and deprecated API) have no Java counterpart; Memoria's own disk tier is tested in {@code disk}.
 */
package dev.memoria.it;
