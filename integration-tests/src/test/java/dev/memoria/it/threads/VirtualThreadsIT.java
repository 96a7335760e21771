package dev.memoria.it.threads;

import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.memoria.it.threads.VirtualThreadFixtures.CALLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 10,000 virtual threads calling cached methods, on Java 21+ (run the suite with
 * {@code -Dmemoria.test.jvm=<jdk 25>/bin/java}): no deadlock, each body runs once per key, and JFR records no
 * {@code jdk.VirtualThreadPinned} event inside Memoria's code. Virtual threads are created reflectively, since the
 * tests compile for Java 17.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("Virtual threads: 10,000 callers, each body once per key, no deadlock")
class VirtualThreadsIT {

    private static final int THREADS = 10_000;

    @BeforeAll
    static void requireVirtualThreads() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21+");
    }

    @Test
    @DisplayName("@CacheData: one key and 100 keys")
    void dataOneKeyAndManyKeys() throws Exception {
        List<Integer> same = callAll(i -> VirtualThreadFixtures.data(7).get(1));
        List<Integer> many = callAll(i -> VirtualThreadFixtures.data(i % 100).get(0));

        assertThat(same).containsOnly(49);
        assertThat(many).hasSize(THREADS).allMatch(key -> key >= 0 && key < 100);
        assertThat(CALLS.count("data")).as("one run per key: 7, then 0..99 (7 already cached)").isEqualTo(100);
    }

    @Test
    @DisplayName("@CacheResource with validate: one shared object per key")
    void resourceWithValidate() throws Exception {
        List<Integer> identities = callAll(i -> System.identityHashCode(VirtualThreadFixtures.resource(i % 10)));

        assertThat(identities.stream().distinct().count()).isEqualTo(10);
        assertThat(CALLS.count("resource")).isEqualTo(10);
    }

    @Test
    @DisplayName("an asynchronous method: callers share one computation without blocking")
    void asyncMethod() throws Exception {
        List<Integer> values = callAll(i -> VirtualThreadFixtures.async(i % 10).join());

        assertThat(values).hasSize(THREADS).allMatch(value -> value % 2 == 0 && value < 20);
        assertThat(CALLS.count("async")).isEqualTo(10);
    }

    /**
     * Runs {@code call} on {@link #THREADS} virtual threads at once; fails rather than hang on a deadlock, and when a
     * virtual thread was pinned to its carrier inside Memoria's code. The first call, which links the method's
     * invokedynamic site and loads most of Memoria's classes, is made beforehand on this thread: linkage, class
     * loading and class initialization run with a VM frame on the stack, which pins any virtual thread by the JVM's
     * design, so pins under them are not counted.
     */
    private static List<Integer> callAll(Call call) throws Exception {
        call.apply(0);
        try (Recording pins = new Recording()) {
            pins.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            pins.start();
            List<Integer> values = callOnVirtualThreads(call);
            pins.stop();
            Path file = Files.createTempFile("pinned", ".jfr");
            try {
                pins.dump(file);
                assertThat(RecordingFile.readAllEvents(file)).as("virtual threads pinned in Memoria's code")
                        .noneMatch(VirtualThreadsIT::inMemoria);
            } finally {
                Files.delete(file);
            }
            return values;
        }
    }

    private static boolean inMemoria(RecordedEvent pinned) {
        // Pins reported by the JVM name a reason; pins reported from Java code (a park under a native frame) do
        // not have the field at all.
        if (pinned.getStackTrace() == null || pinned.hasField("pinnedReason")
            && String.valueOf(pinned.getString("pinnedReason")).startsWith("Waited for initialization")) {
            return false;
        }
        List<String> frames = pinned.getStackTrace().getFrames().stream().map(RecordedFrame::getMethod)
                .map(method -> method.getType().getName() + "." + method.getName()).toList();
        boolean linking = frames.stream().anyMatch(frame -> frame.equals("java.lang.ClassLoader.loadClass")
                || frame.equals("java.lang.invoke.CallSite.makeSite"));
        return !linking && frames.stream().anyMatch(frame -> frame.startsWith("dev.memoria.internal."));
    }

    private static List<Integer> callOnVirtualThreads(Call call) throws Exception {
        ExecutorService threads = virtualThreads();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                results.add(threads.submit((Callable<Integer>) () -> call.apply(index)));
            }
            List<Integer> values = new ArrayList<>();
            for (Future<Integer> result : results) {
                values.add(result.get(60, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }

    private static ExecutorService virtualThreads() {
        try {
            return (ExecutorService) MethodHandles.publicLookup().findStatic(Executors.class,
                    "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class)).invoke();
        } catch (Throwable e) {
            throw new AssertionError("Java " + Runtime.version() + " has no virtual threads", e);
        }
    }

    @FunctionalInterface
    private interface Call {
        int apply(int index) throws Exception;
    }
}
