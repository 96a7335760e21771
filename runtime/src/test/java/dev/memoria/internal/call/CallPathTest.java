package dev.memoria.internal.call;

import dev.memoria.RecursiveCacheCallException;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.policy.Attribute;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.value.Serialized;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static dev.memoria.internal.policy.Attributes.SHOW_SPINNER;
import static dev.memoria.internal.policy.Attributes.TTL;
import static dev.memoria.internal.policy.Attributes.VALIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The call path without the agent: sites bound by an engine of the test's own ({@link TestEngine}: a fake clock, its
 * own reporter, memory stores it can reach), and calls made the way woven code makes them ({@link #call}). Each test's
 * methods are this class's static methods; the bodies count their runs.
 */
class CallPathTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static volatile CountDownLatch bodyMayFinish = new CountDownLatch(0);
    private static volatile Function<String, Object> recursion;

    private final TestEngine engine = new TestEngine();

    // The "cached methods": plain static methods, called only through sites in these tests.

    static List<String> letters(String word) {
        RUNS.incrementAndGet();
        awaitPermission();
        return new ArrayList<>(List.of(word.split("")));
    }

    static String upper(String word) {
        RUNS.incrementAndGet();
        return word.toUpperCase();
    }

    static StringBuilder builder(String text) {
        RUNS.incrementAndGet();
        return new StringBuilder(text);
    }

    static boolean nonEmpty(StringBuilder builder) {
        return builder.length() > 0;
    }

    static String failing(String word) {
        RUNS.incrementAndGet();
        throw new IllegalStateException("no " + word);
    }

    static Object recursive(String word) {
        RUNS.incrementAndGet();
        return recursion.apply(word);
    }

    @Test
    void aRepeatCallIsAHitThatSkipsTheBody() {
        Site site = bind("upper", "(Ljava/lang/String;)Ljava/lang/String;", data());
        RUNS.set(0);

        assertThat(call(site, "abc", CallPathTest::upper)).isEqualTo("ABC");
        assertThat(call(site, "abc", CallPathTest::upper)).isEqualTo("ABC");
        assertThat(call(site, "xyz", CallPathTest::upper)).isEqualTo("XYZ");

        assertThat(RUNS.get()).isEqualTo(2);
        assertThat(engine.store("upper").entries()).isEqualTo(2);
    }

    @Test
    void aDataHitIsACopyOfAValueACallerCouldChange() {
        Site site = bind("letters", "(Ljava/lang/String;)Ljava/util/List;", data());
        RUNS.set(0);

        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) call(site, "ab", CallPathTest::letters);
        first.add("changed by the caller");
        @SuppressWarnings("unchecked")
        List<String> second = (List<String>) call(site, "ab", CallPathTest::letters);

        assertThat(second).containsExactly("a", "b").isNotSameAs(first);
        assertThat(RUNS.get()).isEqualTo(1);
    }

    @Test
    void concurrentCallersOfOneKeyRunTheBodyOnce() throws Exception {
        Site site = bind("letters", "(Ljava/lang/String;)Ljava/util/List;", data());
        RUNS.set(0);
        bodyMayFinish = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(threads.submit(() -> call(site, "xyz", CallPathTest::letters)));
            }
            awaitParkedWaiters(3);
            bodyMayFinish.countDown();
            for (Future<Object> each : calls) {
                assertThat(each.get(30, TimeUnit.SECONDS)).isEqualTo(List.of("x", "y", "z"));
            }
        } finally {
            bodyMayFinish.countDown();
            threads.shutdownNow();
        }
        assertThat(RUNS.get()).isEqualTo(1);
    }

    @Test
    void anExceptionIsNeverCached() {
        Site site = bind("failing", "(Ljava/lang/String;)Ljava/lang/String;", data());
        RUNS.set(0);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> call(site, "luck", CallPathTest::failing))
                    .isInstanceOf(IllegalStateException.class).hasMessage("no luck");
        }
        assertThat(RUNS.get()).isEqualTo(2);
        assertThat(engine.store("failing").entries()).isZero();
    }

    @Test
    void aResourceHitIsTheSameObjectWhileValidateSaysSo() {
        Site site = bind("builder", "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
                CacheSpec.builder(CacheSpec.Kind.RESOURCE, "builder").set(VALIDATE, "nonEmpty").build());
        RUNS.set(0);

        StringBuilder first = (StringBuilder) call(site, "pool", CallPathTest::builder);
        assertThat(call(site, "pool", CallPathTest::builder)).isSameAs(first);
        first.setLength(0); // validate now fails: the entry is dropped and recomputed
        StringBuilder third = (StringBuilder) call(site, "pool", CallPathTest::builder);

        assertThat(third).isNotSameAs(first).hasToString("pool");
        assertThat(RUNS.get()).isEqualTo(2);
    }

    @Test
    void aCallOfTheSameKeyFromInsideItsOwnComputationIsRefused() {
        Site site = bind("recursive", "(Ljava/lang/String;)Ljava/lang/Object;", data());
        recursion = word -> call(site, word, CallPathTest::recursive);

        assertThatThrownBy(() -> call(site, "loop", CallPathTest::recursive))
                .isInstanceOf(RecursiveCacheCallException.class)
                .hasMessageContaining("CallPathTest.recursive(String)");
    }

    @Test
    void aStaleEntryIsDroppedRecomputedAndReportedOnce() {
        Site site = bind("upper", "(Ljava/lang/String;)Ljava/lang/String;", data());
        RUNS.set(0);
        Serialized damaged = damaged(engine);
        call(site, "seed", CallPathTest::upper);
        engine.store("upper").put("abc", damaged);

        assertThat(call(site, "abc", CallPathTest::upper)).isEqualTo("ABC");
        assertThat(call(site, "abc", CallPathTest::upper)).isEqualTo("ABC");

        assertThat(RUNS.get()).isEqualTo(2);
        assertThat(engine.reporter().reported()).anyMatch(line -> line.contains("A cached entry of")
                && line.contains("CallPathTest.upper(String)") && line.contains("will be recomputed"));
        assertThat(damaged.recording()).isNotEqualTo(Recording.NONE);
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A cached entry of " + CallPathTest.class.getName() + ".upper(String) holds a"
                        + " recording of UI calls that does not decode");
    }

    @Test
    void anEntryExpiresWhenItsEnginesClockPassesItsTtl() {
        Site site = bind("upper", "(Ljava/lang/String;)Ljava/lang/String;", data(TTL, "1h"));
        RUNS.set(0);

        call(site, "abc", CallPathTest::upper);
        engine.advance(Duration.ofMinutes(59));
        call(site, "abc", CallPathTest::upper);
        assertThat(RUNS.get()).as("a hit within the ttl").isEqualTo(1);
        engine.advance(Duration.ofMinutes(2));
        call(site, "abc", CallPathTest::upper);

        assertThat(RUNS.get()).as("computed again once the ttl passed").isEqualTo(2);
    }

    @Test
    void twoEnginesInOneJvmKeepTheirOwnTimeAndWarnings() {
        TestEngine other = new TestEngine();
        Site mine = bind("upper", "(Ljava/lang/String;)Ljava/lang/String;", data(TTL, "1h"));
        Site theirs = bind(other, "upper", "(Ljava/lang/String;)Ljava/lang/String;", data(TTL, "1h"));
        RUNS.set(0);
        call(mine, "abc", CallPathTest::upper);
        call(theirs, "abc", CallPathTest::upper);

        engine.advance(Duration.ofHours(2));
        call(mine, "abc", CallPathTest::upper);
        call(theirs, "abc", CallPathTest::upper);
        assertThat(RUNS.get()).as("only this engine's entry expired").isEqualTo(3);

        engine.store("upper").put("damaged", damaged(engine));
        other.store("upper").put("damaged", damaged(other));
        call(mine, "damaged", CallPathTest::upper);
        call(theirs, "damaged", CallPathTest::upper);
        assertThat(engine.reporter().reported()).filteredOn(line -> line.contains("A cached entry of")).hasSize(1);
        assertThat(other.reporter().reported()).as("warned once per engine, not once per JVM")
                .filteredOn(line -> line.contains("A cached entry of")).hasSize(1);
        assertThat(stderr.take()).filteredOn(line -> line.startsWith("[memoria] A cached entry of")).hasSize(2);
    }

    // ---- how woven code calls a site

    /** What the advice around a one-parameter method does: enter, run the body unless it is a hit, exit. */
    private static Object call(Site site, String argument, Function<String, Object> body) {
        Object call = site.enterOne(null, argument);
        if (call instanceof Hit) {
            return Site.exit(call, null, null);
        }
        Object returned = null;
        Throwable thrown = null;
        try {
            returned = body.apply(argument);
        } catch (Throwable e) {
            thrown = e;
        }
        Object result = Site.exit(call, returned, thrown);
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw (RuntimeException) thrown; // the bodies here throw nothing checked
        }
        return result;
    }

    private Site bind(String method, String descriptor, CacheSpec spec) {
        return bind(engine, method, descriptor, spec);
    }

    private static Site bind(TestEngine engine, String method, String descriptor, CacheSpec spec) {
        try {
            return engine.engine().bind(MethodHandles.lookup(), new SiteDescriptor(CallPathTest.class.getName(), method,
                    descriptor, true, "0123456789abcdef0123456789abcdef", List.of("word"), new boolean[1], false,
                    spec));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** An entry of {@code engine}'s, written now, whose recording of UI calls does not decode. */
    private static Serialized damaged(TestEngine engine) {
        byte[] truncated = {0, 0, 0, 5}; // five toolkit names announced, none follows
        return ValueCopier.forLoader(CallPathTest.class.getClassLoader()).serialize("WRONG")
                .entry(RecordingFormat.readBack(truncated), engine.clock().currentTimeMillis());
    }

    private static CacheSpec data() {
        return CacheSpec.builder(CacheSpec.Kind.DATA, "test").set(SHOW_SPINNER, false).build();
    }

    private static CacheSpec data(Attribute<?> attribute, Object value) {
        return CacheSpec.builder(CacheSpec.Kind.DATA, "test").set(SHOW_SPINNER, false).set(attribute, value).build();
    }

    private static void awaitPermission() {
        try {
            assertThat(bodyMayFinish.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until {@code count} pool threads are parked, waiting on the computation another one runs. */
    private static void awaitParkedWaiters(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            long parked = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("pool-"))
                    .filter(thread -> thread.getState() == Thread.State.WAITING
                                      || thread.getState() == Thread.State.TIMED_WAITING)
                    .filter(thread -> java.util.Arrays.stream(thread.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().endsWith("flight.Flight")))
                    .count();
            if (parked >= count) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError(count + " callers never waited on the flight");
    }
}
