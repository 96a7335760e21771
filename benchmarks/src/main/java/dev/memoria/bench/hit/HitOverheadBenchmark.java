package dev.memoria.bench.hit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.memoria.Memoria;
import org.apache.fory.ThreadSafeFory;
import org.apache.fory.config.ForyBuilder;
import org.apache.fory.config.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.util.concurrent.TimeUnit;

/**
 * A cache hit with a small argument: the plain method (no cache), a hand-written Caffeine {@code get(key, fn)} without
 * and with {@code recordStats()}, and bounded by weight with statistics, Spring's {@code @Cacheable} on Caffeine, and Memoria's {@code @CacheResource} and
 * {@code @CacheData} (whose record of primitives is shared, not copied). A record a caller could change is copied on
 * every {@code @CacheData} hit: that hit is set against Caffeine plus the same Fory copy. Hits with 3 and 6 arguments
 * (int, String, record) show what more arguments cost. Every call cycles through 1,024 keys that are all cached before
 * measuring, so each call is a hit with a boxed key, in every contender.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HitOverheadBenchmark {

    private static final int KEYS = 1024;

    private int next;
    private Cache<Integer, Pair> caffeine;
    private Cache<Integer, Pair> caffeineWithStats;
    private Cache<Integer, Pair> caffeineBoundedByWeight;
    private Cache<Integer, byte[]> caffeineOfBytes;
    private ThreadSafeFory fory;
    private final String[] tags = new String[KEYS];
    private final Label[] labels = new Label[KEYS];
    private AnnotationConfigApplicationContext spring;
    private SpringPairs springPairs;

    @Setup
    public void fillEveryCache() {
        caffeine = Caffeine.newBuilder().build();
        caffeineWithStats = Caffeine.newBuilder().recordStats().build();
        // bounded as a cache under a memory budget would be: by bytes, with a weigher; the bound holds every key
        caffeineBoundedByWeight = Caffeine.newBuilder().maximumWeight(1L << 30)
                .weigher((Integer key, Pair pair) -> Pair.BYTES).recordStats().build();
        caffeineOfBytes = Caffeine.newBuilder().recordStats().build();
        fory = copier();
        spring = new AnnotationConfigApplicationContext(SpringCaching.class);
        springPairs = spring.getBean(SpringPairs.class);
        for (int key = 0; key < KEYS; key++) {
            caffeine.get(key, Pair::of);
            caffeineWithStats.get(key, Pair::of);
            caffeineBoundedByWeight.get(key, Pair::of);
            caffeineOfBytes.get(key, k -> fory.serialize(Sample.of(k)));
            springPairs.pair(key);
            CachedPairs.data(key);
            CachedPairs.resource(key);
            CachedPairs.copied(key);
            tags[key] = "tag-" + key;
            labels[key] = new Label("label-" + key, key);
            CachedPairs.threeArguments(key, tags[key], labels[key]);
            CachedPairs.sixArguments(key, tags[key], labels[key], key, tags[key], labels[key]);
        }
        for (String method : new String[]{"data", "resource", "copied"}) {
            if (Memoria.function(CachedPairs.class, method, int.class).stats().misses() != KEYS) {
                throw new IllegalStateException(method + " did not cache every key: is the agent missing?");
            }
        }
    }

    @TearDown
    public void closeSpring() {
        spring.close();
    }

    private int nextKey() {
        return next++ & (KEYS - 1);
    }

    @Benchmark
    public Pair plainMethod() {
        return Pair.of(nextKey());
    }

    @Benchmark
    public Pair caffeineGet() {
        return caffeine.get(nextKey(), Pair::of);
    }

    @Benchmark
    public Pair caffeineWithStats() {
        return caffeineWithStats.get(nextKey(), Pair::of);
    }

    /** Caffeine bounded by weight, as a memory tier under a byte budget would be built, with statistics. */
    @Benchmark
    public Pair caffeineBoundedByWeight() {
        return caffeineBoundedByWeight.get(nextKey(), Pair::of);
    }

    /** Caffeine holding the serialized value, deserialized on every hit with the settings Memoria copies with. */
    @Benchmark
    public Object caffeineGetAndCopy() {
        return fory.deserialize(caffeineOfBytes.get(nextKey(), k -> fory.serialize(Sample.of(k))));
    }

    @Benchmark
    public Pair springCacheable() {
        return springPairs.pair(nextKey());
    }

    @Benchmark
    public Pair memoriaCacheResource() {
        return CachedPairs.resource(nextKey());
    }

    @Benchmark
    public Pair memoriaCacheData() {
        return CachedPairs.data(nextKey());
    }

    @Benchmark
    public Sample memoriaCacheDataCopy() {
        return CachedPairs.copied(nextKey());
    }

    @Benchmark
    public Pair memoriaThreeArguments() {
        int key = nextKey();
        return CachedPairs.threeArguments(key, tags[key], labels[key]);
    }

    @Benchmark
    public Pair memoriaSixArguments() {
        int key = nextKey();
        return CachedPairs.sixArguments(key, tags[key], labels[key], key, tags[key], labels[key]);
    }

    /** Fory as Memoria's {@code @CacheData} copies with (see {@code ValueCopier}). */
    private static ThreadSafeFory copier() {
        return new ForyBuilder().withLanguage(Language.JAVA)
                .requireClassRegistration(false)
                .suppressClassRegistrationWarnings(true)
                .withRefTracking(true)
                .ignoreStringRef(true)
                .ignoreTimeRef(true)
                .withCodegen(false)
                .buildThreadSafeForyPool(2);
    }
}
