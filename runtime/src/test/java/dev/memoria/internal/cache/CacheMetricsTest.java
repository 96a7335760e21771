package dev.memoria.internal.cache;

import dev.memoria.internal.time.Clock;
import dev.memoria.internal.report.Reporter;
import dev.memoria.Persist;
import dev.memoria.Scope;
import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.key.HasherTable;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.key.KeyMaker;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.value.Stored;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodType;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.memoria.internal.policy.Attributes.PERSIST;
import static dev.memoria.internal.policy.Attributes.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenMetrics text of real caches, registered as calls register them, in caches of the test's own. Each test
 * still names its methods after itself and reads only their samples (and the family descriptors).
 */
class CacheMetricsTest {

    /** An engine's caches of their own, with the tiers the JVM's engine would open. */
    private final Clock clock = new Clock();
    private final Reporter reporter = new Reporter();
    private final Caches caches = new Caches(Stores.fromSettings(clock, reporter), clock,
            reporter);

    /** An entry of a given size. */
    private record Entry(long weight) implements Stored {
        @Override
        public long writtenAtMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void released() {
        }
    }

    @Test
    void familiesWithOneSamplePerMethodSummingItsGlobalAndSessionCaches() {
        SiteDescriptor load = descriptor("test.Sums", "load", "(I)Ljava/lang/Object;", CacheSpec.Kind.DATA,
                Scope.GLOBAL);
        FunctionCache global = global(load);
        calls(global, 3, 1);
        put(global, 1, 100);
        SiteDescriptor connect = descriptor("test.Sums", "connect", "()Ljava/lang/Object;",
                CacheSpec.Kind.RESOURCE, Scope.SESSION);
        FunctionCache tab1 = caches.forSession("sums-1", connect, keys(connect), type(connect));
        FunctionCache tab2 = caches.forSession("sums-2", connect, keys(connect), type(connect));
        calls(tab1, 2, 1);
        put(tab1, 1, 40);
        calls(tab2, 0, 1);
        put(tab2, 1, 2);

        assertThat(linesOf("test.Sums")).isEqualTo("""
                # TYPE memoria_cache_entries gauge
                # HELP memoria_cache_entries Entries a cached method holds now.
                memoria_cache_entries{cache="test.Sums.connect()",cache_type="resource"} 2
                memoria_cache_entries{cache="test.Sums.load(int)",cache_type="data"} 1
                # TYPE memoria_cache_memory_bytes gauge
                # UNIT memoria_cache_memory_bytes bytes
                # HELP memoria_cache_memory_bytes Bytes a cached method's entries hold now: serialized size for\
                 data, an estimate for resources.
                memoria_cache_memory_bytes{cache="test.Sums.connect()",cache_type="resource"} 42
                memoria_cache_memory_bytes{cache="test.Sums.load(int)",cache_type="data"} 100
                # TYPE memoria_cache_hits counter
                # HELP memoria_cache_hits Calls a cached method answered without running its body.
                memoria_cache_hits_total{cache="test.Sums.connect()",cache_type="resource"} 2
                memoria_cache_hits_total{cache="test.Sums.load(int)",cache_type="data"} 3
                # TYPE memoria_cache_misses counter
                # HELP memoria_cache_misses Calls that ran a cached method's body.
                memoria_cache_misses_total{cache="test.Sums.connect()",cache_type="resource"} 2
                memoria_cache_misses_total{cache="test.Sums.load(int)",cache_type="data"} 1
                """);
    }

    @Test
    void aSessionThatEndsTakesItsEntriesButNotItsCounts() {
        SiteDescriptor report = descriptor("test.Ended", "report", "()Ljava/lang/Object;", CacheSpec.Kind.DATA,
                Scope.SESSION);
        FunctionCache tab = caches.forSession("ended-1", report, keys(report), type(report));
        calls(tab, 4, 2);
        put(tab, 1, 10);

        caches.endSession("ended-1");

        assertThat(samplesOf("test.Ended")).containsExactly(
                "memoria_cache_entries{cache=\"test.Ended.report()\",cache_type=\"data\"} 0",
                "memoria_cache_memory_bytes{cache=\"test.Ended.report()\",cache_type=\"data\"} 0",
                "memoria_cache_hits_total{cache=\"test.Ended.report()\",cache_type=\"data\"} 4",
                "memoria_cache_misses_total{cache=\"test.Ended.report()\",cache_type=\"data\"} 2");
    }

    @Test
    void remoteMethodsAlsoHaveTheSharedStoresFamiliesOthersDoNot() {
        // no memoria.remote in this JVM: the method caches in memory, and its shared store counts nothing
        SiteDescriptor report = new SiteDescriptor("test.Shared", "report", "()Ljava/lang/Object;", true,
                "0123456789abcdef0123456789abcdef", List.of(), new boolean[0], false,
                CacheSpec.builder(CacheSpec.Kind.DATA, "test.Shared.report").set(PERSIST, Persist.REMOTE).build());
        calls(global(report), 1, 1);
        SiteDescriptor local = descriptor("test.Local", "get", "()Ljava/lang/Object;", CacheSpec.Kind.DATA,
                Scope.GLOBAL);
        calls(global(local), 1, 0);

        assertThat(samplesOf("test.Shared")).contains(
                "memoria_cache_remote_hits_total{cache=\"test.Shared.report()\",cache_type=\"data\"} 0",
                "memoria_cache_remote_wait_milliseconds_total{cache=\"test.Shared.report()\",cache_type=\"data\"} 0");
        assertThat(samplesOf("test.Local")).noneMatch(sample -> sample.startsWith("memoria_cache_remote_"));
    }

    @Test
    void labelValuesEscapeBackslashQuoteAndLineFeed() {
        // legal in a class file's binary name, though not in Java source
        SiteDescriptor odd = descriptor("test.Odd\"Na\\me\nX", "get", "()Ljava/lang/Object;", CacheSpec.Kind.DATA,
                Scope.GLOBAL);
        calls(global(odd), 1, 0);

        assertThat(samplesOf("test.Odd")).contains(
                "memoria_cache_hits_total{cache=\"test.Odd\\\"Na\\\\me\\nX.get()\",cache_type=\"data\"} 1");
    }

    private String linesOf(String owner) {
        return CacheMetrics.openMetrics(caches).lines()
                .filter(line -> line.startsWith("#") || line.contains("cache=\"" + owner))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private List<String> samplesOf(String owner) {
        return CacheMetrics.openMetrics(caches).lines().filter(line -> line.contains("cache=\"" + owner)).toList();
    }

    private static SiteDescriptor descriptor(String owner, String method, String descriptor, CacheSpec.Kind kind,
                                             Scope scope) {
        int arity = MethodType.fromMethodDescriptorString(descriptor, null).parameterCount();
        List<String> names = IntStream.range(0, arity).mapToObj(i -> "arg" + i).toList();
        return new SiteDescriptor(owner, method, descriptor, true, "0123456789abcdef0123456789abcdef", names,
                new boolean[arity], false, CacheSpec.builder(kind, owner + "." + method).set(SCOPE, scope).build());
    }

    private FunctionCache global(SiteDescriptor descriptor) {
        return caches.global(descriptor, keys(descriptor), type(descriptor));
    }

    private static KeyMaker keys(SiteDescriptor descriptor) {
        return new KeyMaker(descriptor.displayName(), descriptor.parameterNames(),
                new boolean[descriptor.parameterNames().size()], false, HasherTable.EMPTY);
    }

    private static MethodType type(SiteDescriptor descriptor) {
        return MethodType.fromMethodDescriptorString(descriptor.descriptor(), null);
    }

    private static void calls(FunctionCache cache, int hits, int misses) {
        for (int i = 0; i < hits; i++) {
            cache.recordHit();
        }
        for (int i = 0; i < misses; i++) {
            cache.recordMiss();
        }
    }

    private static void put(FunctionCache cache, int key, long bytes) {
        byte[] digest = new byte[32];
        digest[0] = (byte) key;
        cache.store(Key.fromBytes(digest), new Entry(bytes), cache.generation(), null);
    }
}
