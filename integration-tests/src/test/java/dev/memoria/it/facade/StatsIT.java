package dev.memoria.it.facade;

import dev.memoria.CacheStats;
import dev.memoria.CachedFunction;
import dev.memoria.Memoria;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes are the serialized size for {@code @CacheData} and a deep-size estimate for {@code @CacheResource}; both are
 * checked against the payload they must contain, a byte array of known length, plus a small allowance for headers.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("Statistics: CachedFunction.stats(), Memoria.stats() and Memoria.functions()")
class StatsIT {

    private static final long HEADER_ALLOWANCE = 64;

    /** The methods of one fixture class. */
    record Fixture(Class<?> owner, IntFunction<byte[]> foo, Supplier<byte[]> bar, String boundedName,
                   IntUnaryOperator bounded) {
    }

    static Stream<Named<Fixture>> both() {
        return Stream.of(
                Named.of("§7 scenario 67: @CacheData, serialized sizes",
                        new Fixture(DataStats.class, DataStats::foo, DataStats::bar, "data", BoundedStats::data)),
                Named.of("§7 scenario 68: @CacheResource, deep-size estimates",
                        new Fixture(ResourceStats.class, ResourceStats::foo, ResourceStats::bar, "resource",
                                BoundedStats::resource)));
    }

    @DisplayName("After foo(1), foo(53), bar(), bar(): two functions, foo with two entries summing 54 KB, bar with"
                 + " one entry of 10 KB and one hit; Memoria.stats() sums them")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void statsPerFunctionAndInTotal(Fixture fixture) {
        String owner = fixture.owner().getName() + ".";
        assertThat(functionsOf(owner)).as("no function has a cache before its first call").isEmpty();

        fixture.foo().apply(1);
        fixture.foo().apply(53);
        fixture.bar().get();
        fixture.bar().get();

        assertThat(functionsOf(owner)).extracting(CachedFunction::name)
                .containsExactly(owner + "bar()", owner + "foo(int)");
        CacheStats foo = Memoria.function(fixture.owner(), "foo").stats();
        CacheStats bar = Memoria.function(fixture.owner(), "bar").stats();
        assertThat(foo.name()).isEqualTo(owner + "foo(int)");
        assertThat(List.of(foo.hits(), foo.misses(), foo.entries(), foo.evictions())).containsExactly(0L, 2L, 2L, 0L);
        assertThat(foo.bytes()).isBetween(54_000L, 54_000L + 2 * HEADER_ALLOWANCE);
        assertThat(List.of(bar.hits(), bar.misses(), bar.entries(), bar.evictions())).containsExactly(1L, 1L, 1L, 0L);
        assertThat(bar.bytes()).isBetween(10_000L, 10_000L + HEADER_ALLOWANCE);
        assertThat(bar.hitRate()).isEqualTo(0.5);

        CacheStats total = Memoria.stats();
        assertThat(total.entries()).isEqualTo(3);
        assertThat(total.bytes()).isEqualTo(foo.bytes() + bar.bytes());

        Memoria.clearAll();
        CacheStats cleared = Memoria.function(fixture.owner(), "foo").stats();
        assertThat(List.of(cleared.entries(), cleared.bytes())).containsExactly(0L, 0L);
        assertThat(Memoria.stats().entries()).isZero();
    }

    @DisplayName("An entry pushed out by maxEntries = 1 counts as an eviction")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void evictionsAreCounted(Fixture fixture) {
        fixture.bounded().applyAsInt(1);
        fixture.bounded().applyAsInt(2);

        CacheStats bounded = Memoria.function(BoundedStats.class, fixture.boundedName()).stats();
        assertThat(bounded.entries()).isEqualTo(1);
        assertThat(bounded.evictions()).isEqualTo(1);
        assertThat(bounded.misses()).isEqualTo(2);
    }

    private static List<CachedFunction> functionsOf(String ownerPrefix) {
        return Memoria.functions().stream().filter(function -> function.name().startsWith(ownerPrefix)).toList();
    }
}
