package dev.memoria.bench.hit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.memoria.Memoria;
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
 * A cache hit with a small argument, five ways: the plain method (no cache), a hand-written Caffeine
 * {@code get(key, fn)}, Spring's {@code @Cacheable} on Caffeine, and Memoria's {@code @CacheResource} and
 * {@code @CacheData}. Every call cycles through 1,024 keys that are all cached before measuring, so each call is a
 * hit with a boxed key, in every contender.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HitOverheadBenchmark {

    private static final int KEYS = 1024;

    private int next;
    private Cache<Integer, Pair> caffeine;
    private AnnotationConfigApplicationContext spring;
    private SpringPairs springPairs;

    @Setup
    public void fillEveryCache() {
        caffeine = Caffeine.newBuilder().build();
        spring = new AnnotationConfigApplicationContext(SpringCaching.class);
        springPairs = spring.getBean(SpringPairs.class);
        for (int key = 0; key < KEYS; key++) {
            caffeine.get(key, Pair::of);
            springPairs.pair(key);
            CachedPairs.data(key);
            CachedPairs.resource(key);
        }
        for (String method : new String[]{"data", "resource"}) {
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
}
