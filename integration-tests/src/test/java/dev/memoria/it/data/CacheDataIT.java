package dev.memoria.it.data;

import dev.memoria.UnserializableReturnValueException;
import dev.memoria.it.data.DataFixtures.Team;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(FreshCaches.class)
@DisplayName("@CacheData: the computing caller gets the original, every hit a fresh deep copy")
class CacheDataIT {

    @Test
    @DisplayName("§3.1: the call that ran the body gets the very object it returned; each hit gets its own equal copy")
    void originalForTheComputingCallerCopiesForHits() {
        List<Integer> computed = DataFixtures.zeroOne();
        List<Integer> firstHit = DataFixtures.zeroOne();
        List<Integer> secondHit = DataFixtures.zeroOne();

        assertThat(computed).isSameAs(DataFixtures.lastReturned);
        assertThat(firstHit).isEqualTo(List.of(0, 1)).isNotSameAs(computed);
        assertThat(secondHit).isEqualTo(List.of(0, 1)).isNotSameAs(firstHit);
        assertThat(DataFixtures.CALLS.count("zeroOne")).isEqualTo(1);
    }

    @Test
    @DisplayName("§7 scenario 7: mutating the value returned by a miss, or by a hit, does not change what the next"
                 + " hit returns ([0, 1])")
    void mutatingReturnedValuesDoesNotChangeTheCache() {
        DataFixtures.zeroOne().set(0, 1);
        assertThat(DataFixtures.zeroOne()).containsExactly(0, 1);

        DataFixtures.zeroOne().add(2);
        assertThat(DataFixtures.zeroOne()).containsExactly(0, 1);
        assertThat(DataFixtures.CALLS.count("zeroOne")).isEqualTo(1);
    }

    @Test
    @DisplayName("A copy is deep and keeps the value's shape: nested objects are copied, shared ones stay shared")
    void copiesAreDeepAndKeepSharedReferences() {
        Team computed = DataFixtures.team("compilers");
        Team hit = DataFixtures.team("compilers");

        assertThat(hit).isEqualTo(computed).isNotSameAs(computed);
        assertThat(hit.members()).isNotSameAs(computed.members());
        assertThat(hit.sameMembers()).isSameAs(hit.members());
        assertThat(DataFixtures.CALLS.count("team")).isEqualTo(1);
    }

    @Test
    @DisplayName("A value that contains itself is copied with its cycle")
    void cyclicValuesAreCopied() {
        DataFixtures.cyclic();
        List<Object> hit = DataFixtures.cyclic();

        assertThat(hit.get(0)).isEqualTo("head");
        assertThat(hit.get(1)).isSameAs(hit);
        assertThat(DataFixtures.CALLS.count("cyclic")).isEqualTo(1);
    }

    @Test
    @DisplayName("Deep plain data is copied: a chain of 1,000 and of 20,000 linked records is cached, each hit a copy")
    void deepChainsAreCopied() {
        for (int length : new int[] {1_000, 20_000}) {
            DataFixtures.Link computed = DataFixtures.chain(length);
            DataFixtures.Link hit = DataFixtures.chain(length);

            assertThat(hit).isNotSameAs(computed);
            assertThat(values(hit)).isEqualTo(values(computed)).hasSize(length);
            assertThat(DataFixtures.CALLS.count("chain")).isEqualTo(length == 1_000 ? 1 : 2);
        }
    }

    /** The chain's values, walked without recursion (a record's equals recurses as deep as the chain). */
    private static List<Integer> values(DataFixtures.Link head) {
        List<Integer> values = new ArrayList<>();
        for (DataFixtures.Link link = head; link != null; link = link.next()) {
            values.add(link.value());
        }
        return values;
    }

    @Test
    @DisplayName("§7 scenario 28: returning a ReentrantLock fails with UnserializableReturnValueException naming the"
                 + " type and suggesting @CacheResource; nothing is cached")
    void lockCannotBeCachedAsData() {
        UnserializableReturnValueException thrown = catchThrowableOfType(UnserializableReturnValueException.class,
                DataFixtures::lock);

        assertThat(thrown.method()).isEqualTo("dev.memoria.it.data.DataFixtures.lock()");
        assertThat(thrown.typeName()).isEqualTo("java.util.concurrent.locks.ReentrantLock");
        assertThat(thrown.getMessage())
                .startsWith("Cannot cache the value returned by dev.memoria.it.data.DataFixtures.lock(): a"
                            + " java.util.concurrent.locks.ReentrantLock cannot be copied")
                .contains("use @CacheResource instead");

        catchThrowableOfType(UnserializableReturnValueException.class, DataFixtures::lock);
        assertThat(DataFixtures.CALLS.count("lock")).isEqualTo(2);
    }

    @Test
    @DisplayName("A value that holds a lock fails too, naming both its own type and the lock inside it")
    void valueHoldingALockCannotBeCachedAsData() {
        UnserializableReturnValueException thrown = catchThrowableOfType(UnserializableReturnValueException.class,
                DataFixtures::guarded);

        assertThat(thrown.typeName()).isEqualTo(DataFixtures.Guarded.class.getName());
        assertThat(thrown.getMessage()).contains("a " + DataFixtures.Guarded.class.getName()
                                                 + ", which holds a java.util.concurrent.locks.ReentrantLock,");
    }

    @DisplayName("Resources are not data: each of these return values fails with UnserializableReturnValueException")
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "lock,        java.util.concurrent.locks.ReentrantLock",
        "thread,      java.lang.Thread",
        "future,      java.util.concurrent.CompletableFuture",
        "stream,      java.io.ByteArrayInputStream",
        "classLoader, java.net.URLClassLoader"
    })
    void resourcesAreNotData(String kind, String type) {
        UnserializableReturnValueException thrown = catchThrowableOfType(UnserializableReturnValueException.class,
                () -> DataFixtures.resource(kind));

        assertThat(thrown.typeName()).isEqualTo(type);
        assertThat(thrown.getMessage()).contains("@CacheResource");
    }
}
