package dev.memoria.it.resource;

import dev.memoria.internal.call.Engine;
import dev.memoria.CacheStats;
import dev.memoria.Memoria;
import dev.memoria.it.resource.ResourceFixtures.Connection;
import dev.memoria.it.resource.ResourceFixtures.Pool;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import static dev.memoria.it.resource.ResourceFixtures.CALLS;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshCaches.class)
@DisplayName("@CacheResource: one shared object per key, guarded by validate and released by onRelease")
class CacheResourceIT {

    @Test
    @DisplayName("§7 scenario 8: every caller gets the same object, so a mutation is visible to the next caller"
                 + " ([1, 1])")
    void mutationsAreSharedByEveryCaller() {
        List<Integer> first = ResourceFixtures.zeroOne();
        first.set(0, 1);
        List<Integer> second = ResourceFixtures.zeroOne();

        assertThat(second).isSameAs(first).containsExactly(1, 1);
        assertThat(CALLS.count("zeroOne")).isEqualTo(1);
    }

    @Test
    @DisplayName("An object that cannot be data, like a ReentrantLock, is cached and shared as is")
    void resourcesThatAreNotDataAreShared() {
        ReentrantLock lock = ResourceFixtures.lock("accounts");

        assertThat(ResourceFixtures.lock("accounts")).isSameAs(lock);
        assertThat(ResourceFixtures.lock("orders")).isNotSameAs(lock);
    }

    @Nested
    @DisplayName("validate")
    class Validate {

        @Test
        @DisplayName("§7 scenario 40: validate always true: not called on the miss, called once with the value on"
                     + " each of the next three calls; the body runs once")
        void validateTrueKeepsTheEntry() {
            assertThat(ResourceFixtures.trusted()).isEqualTo(1);
            assertThat(CALLS.count("alwaysValid")).isZero();

            for (int call = 0; call < 3; call++) {
                assertThat(ResourceFixtures.trusted()).isEqualTo(1);
            }

            assertThat(CALLS.arguments("alwaysValid")).containsExactly(List.of(1), List.of(1), List.of(1));
            assertThat(CALLS.count("trusted")).isEqualTo(1);
        }

        @Test
        @DisplayName("§7 scenario 41: validate always false: every call recomputes (1, 2, 3, 4), validate sees the"
                     + " previous value, and each rejected entry is released")
        void validateFalseRecomputesAndReleases() {
            assertThat(ResourceFixtures.untrusted()).isEqualTo(1);
            assertThat(ResourceFixtures.untrusted()).isEqualTo(2);
            assertThat(ResourceFixtures.untrusted()).isEqualTo(3);
            assertThat(ResourceFixtures.untrusted()).isEqualTo(4);

            assertThat(CALLS.arguments("neverValid")).containsExactly(List.of(1), List.of(2), List.of(3));
            assertThat(CALLS.arguments("releaseUntrusted")).containsExactly(List.of(1), List.of(2), List.of(3));
        }

        @Test
        @DisplayName("validate may take the primitive type an int-returning method returns")
        void validateWithPrimitiveParameter() {
            assertThat(ResourceFixtures.level()).isEqualTo(1);
            assertThat(ResourceFixtures.level()).isEqualTo(1);

            assertThat(CALLS.arguments("positive")).containsExactly(List.of(1));
            assertThat(CALLS.count("level")).isEqualTo(1);
        }

        @Test
        @DisplayName("Instance callbacks: validate runs on the caller's receiver, onRelease on the receiver that"
                     + " created the entry")
        void instanceCallbacks() {
            Pool first = new Pool("first");
            Pool second = new Pool("second");

            Connection connection = first.lease("db");
            assertThat(second.lease("db")).isSameAs(connection);
            assertThat(CALLS.arguments("healthy")).containsExactly(List.of("second", "db#1"));

            connection.closed = true;
            Connection replacement = second.lease("db");

            assertThat(replacement).isNotSameAs(connection);
            assertThat(CALLS.arguments("retire")).containsExactly(List.of("first", "db#1"));
            assertThat(CALLS.arguments("lease")).containsExactly(List.of("first", "db"), List.of("second", "db"));
        }
    }

    @Nested
    @DisplayName("onRelease")
    class OnRelease {

        @Test
        @DisplayName("is called for exactly the entries a clear removes: one key, then all of the method's, then all"
                     + " resources; clearing data releases nothing")
        void calledOnClear() {
            Connection a = ResourceFixtures.open("a");
            Connection b = ResourceFixtures.open("b");
            Connection c = ResourceFixtures.open("c");

            Memoria.function(ResourceFixtures.class, "open").clear("a");
            assertThat(a.closed).isTrue();
            assertThat(b.closed).isFalse();

            Memoria.clearData();
            assertThat(b.closed).isFalse();

            Memoria.function(ResourceFixtures.class, "open").clear();
            assertThat(b.closed).isTrue();
            assertThat(c.closed).isTrue();

            Connection d = ResourceFixtures.open("d");
            Memoria.clearResources();
            assertThat(d.closed).isTrue();
            assertThat(CALLS.arguments("close")).containsExactlyInAnyOrder(List.of("a#1"), List.of("b#2"),
                    List.of("c#3"), List.of("d#4"));
        }

        @Test
        @DisplayName("is called when an entry expires and a new one replaces it")
        void calledOnExpiry() {
            AtomicLong now = new AtomicLong();
            Engine.jvm().clock().useForTesting(now::get);

            Connection first = ResourceFixtures.session("ada");
            now.addAndGet(Duration.ofMinutes(59).toNanos());
            assertThat(ResourceFixtures.session("ada")).isSameAs(first);
            assertThat(first.closed).isFalse();

            now.addAndGet(Duration.ofMinutes(2).toNanos());
            Connection second = ResourceFixtures.session("ada");

            assertThat(second).isNotSameAs(first);
            assertThat(first.closed).isTrue();
            assertThat(second.closed).isFalse();
        }

        @Test
        @DisplayName("is called when maxEntries = 1 evicts an entry")
        void calledOnEviction() {
            Connection a = ResourceFixtures.pooled("a");
            Connection b = ResourceFixtures.pooled("b");

            CacheStats stats = Memoria.function(ResourceFixtures.class, "pooled").stats();
            assertThat(stats.entries()).isEqualTo(1);
            assertThat(stats.evictions()).isEqualTo(1);
            assertThat(List.of(a.closed, b.closed)).containsExactlyInAnyOrder(true, false);
            assertThat(CALLS.count("close")).isEqualTo(1);
        }
    }
}
