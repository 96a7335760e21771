package dev.memoria.it.keys;

import dev.memoria.UnhashableParameterException;
import dev.memoria.it.keys.UnhashedFixtures.Connection;
import dev.memoria.it.keys.UnhashedFixtures.Locks;
import dev.memoria.it.keys.UnhashedFixtures.Report;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(FreshCaches.class)
@DisplayName("@Unhashed and _names: parameters left out of the key")
class UnhashedIT {

    static Stream<Named<Report>> both() {
        return UnhashedFixtures.both();
    }

    @DisplayName("§7 scenario 5: changing only an _underscore or @Unhashed argument hits; changing a hashed"
                 + " argument, a map entry or a varargs element misses")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void onlyHashedParametersDecideTheKey(Report report) {
        Map<String, Object> options = Map.of("kwarg3", 1);
        report.render(1, 1, "kwarg1", "note", options, 1);
        assertThat(report.calls().count("render")).isEqualTo(1);

        report.render(1, 2, "kwarg1", "note", options, 1);
        report.render(1, 1, "kwarg1", "another note", options, 1);
        report.render(1, 3, "kwarg1", null, Map.of("kwarg3", 1), 1);
        assertThat(report.calls().count("render")).as("only unhashed arguments changed").isEqualTo(1);

        report.render(2, 1, "kwarg1", "note", options, 1);
        assertThat(report.calls().count("render")).as("arg1 changed").isEqualTo(2);
        report.render(1, 1, "kwarg1", "note", options, 1, 2);
        assertThat(report.calls().count("render")).as("an extra varargs element").isEqualTo(3);
        report.render(1, 1, "other", "note", options, 1);
        assertThat(report.calls().count("render")).as("mode changed").isEqualTo(4);
        report.render(1, 1, "kwarg1", "note", Map.of("kwarg3", 2), 1);
        assertThat(report.calls().count("render")).as("a map entry changed").isEqualTo(5);
    }

    @Test
    @DisplayName("§7 scenario 27 (fixed): a lock argument marked @Unhashed or named _lock is left out of the key")
    void lockArgumentLeftOutOfTheKey() {
        assertThat(Locks.withUnhashedLock(new ReentrantLock(), 1)).isEqualTo(1);
        assertThat(Locks.withUnhashedLock(new ReentrantLock(), 1)).isEqualTo(1);
        assertThat(Locks.withUnderscoreLock(new ReentrantLock(), 1)).isEqualTo(1);
        assertThat(Locks.withUnderscoreLock(new ReentrantLock(), 1)).isEqualTo(1);

        assertThat(Locks.CALLS.count("withUnhashedLock")).isEqualTo(1);
        assertThat(Locks.CALLS.count("withUnderscoreLock")).isEqualTo(1);
    }

    @Test
    @DisplayName("§7 scenario 27: a lock argument that is hashed fails with UnhashableParameterException naming the"
                 + " parameter, its type and both fixes; the body does not run")
    void lockArgumentCannotBeHashed() {
        UnhashableParameterException thrown = catchThrowableOfType(UnhashableParameterException.class,
                () -> Locks.withLock(new ReentrantLock(), 1));

        assertThat(thrown.method()).isEqualTo("dev.memoria.it.keys.UnhashedFixtures$Locks.withLock(ReentrantLock, int)");
        assertThat(thrown.parameterIndex()).isZero();
        assertThat(thrown.parameterName()).isEqualTo("lock");
        assertThat(thrown.typeName()).isEqualTo("java.util.concurrent.locks.ReentrantLock");
        assertThat(thrown.getMessage())
                .startsWith("Cannot build the cache key of dev.memoria.it.keys.UnhashedFixtures$Locks"
                            + ".withLock(ReentrantLock, int):\nparameter 0 'lock' holds a value of type"
                            + " java.util.concurrent.locks.ReentrantLock")
                .contains("@Unhashed ReentrantLock lock")
                .contains("name it _lock")
                .contains("implements Hasher<java.util.concurrent.locks.ReentrantLock>");
        assertThat(Locks.CALLS.count("withLock")).isZero();
    }

    @Test
    @DisplayName("An instance method of a plain class fails with UnhashableParameterException for the receiver,"
                 + " suggesting @Unhashed on the receiver parameter")
    void plainReceiverCannotBeHashed() {
        UnhashableParameterException thrown = catchThrowableOfType(UnhashableParameterException.class,
                () -> new Connection("db://one").query("select 1"));

        assertThat(thrown.parameterIndex()).isEqualTo(UnhashableParameterException.RECEIVER);
        assertThat(thrown.parameterName()).isEqualTo("this");
        assertThat(thrown.typeName()).isEqualTo(Connection.class.getName());
        assertThat(thrown.getMessage()).contains("the receiver 'this'")
                .contains("@Unhashed UnhashedFixtures.Connection this");
        assertThat(Connection.CALLS.count("query")).isZero();
    }

    @Test
    @DisplayName("A receiver declared @Unhashed is left out of the key: two objects share one entry")
    void unhashedReceiverIsLeftOut() {
        assertThat(new Connection("db://one").cachedQuery("select 1")).isEqualTo("select 1 @ db://one");
        assertThat(new Connection("db://two").cachedQuery("select 1")).isEqualTo("select 1 @ db://one");
        assertThat(new Connection("db://two").cachedQuery("select 2")).isEqualTo("select 2 @ db://two");

        assertThat(Connection.CALLS.arguments("cachedQuery"))
                .containsExactly(List.of("db://one", "select 1"), List.of("db://two", "select 2"));
    }
}
