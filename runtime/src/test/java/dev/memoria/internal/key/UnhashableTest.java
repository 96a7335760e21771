package dev.memoria.internal.key;

import dev.memoria.UnhashableParameterException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.memoria.internal.key.Keys.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Scenarios 13 and 27: values without a hashing rule fail with a message that says where they are and what to do. */
class UnhashableTest {

    record Holder(Object value) {
    }

    static final class Plain {
    }

    @Test
    void aLockParameterNamesMethodParameterTypeAndBothFixes() {
        KeyMaker maker = new KeyMaker("example.Ledger.post(java.util.concurrent.locks.ReentrantLock, int)",
                List.of("lock", "amount"), new boolean[] {true, true}, false, HasherTable.EMPTY);

        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> maker.keyOf(null, new Object[] {new ReentrantLock(), 5}));

        assertThat(e.method()).isEqualTo("example.Ledger.post(java.util.concurrent.locks.ReentrantLock, int)");
        assertThat(e.parameterIndex()).isZero();
        assertThat(e.parameterName()).isEqualTo("lock");
        assertThat(e.typeName()).isEqualTo("java.util.concurrent.locks.ReentrantLock");
        assertThat(e).hasMessageStartingWith(
                        "Cannot build the cache key of example.Ledger.post(java.util.concurrent.locks.ReentrantLock, int):\n"
                        + "parameter 0 'lock' holds a value of type java.util.concurrent.locks.ReentrantLock, "
                        + "and Memoria has no rule for hashing it.\n")
                .hasMessageContaining("@Unhashed ReentrantLock lock")
                .hasMessageContaining("name it _lock")
                .hasMessageContaining("hashers = ReentrantLockHasher.class")
                .hasMessageContaining("implements Hasher<java.util.concurrent.locks.ReentrantLock>")
                .hasNoCause();
    }

    @Test
    void plainObjectsAreUnhashable() {
        assertUnhashable(new Object(), "java.lang.Object", "Memoria has no rule for hashing it");
        assertUnhashable(new Plain(), Plain.class.getName(), "Memoria has no rule for hashing it");
    }

    @Test
    void lambdasAndMethodReferencesAreNamedByTheirInterface() {
        Supplier<String> lambda = () -> "x";
        Supplier<String> reference = String::new;
        String noValue = "it is a lambda or method reference, which has no value to compare and no identity that "
                         + "outlives the run";

        assertUnhashable(lambda, "java.util.function.Supplier", noValue);
        assertUnhashable(reference, "java.util.function.Supplier", noValue);
    }

    @Test
    void proxiesAreNamedByTheirFirstInterface() {
        Object proxy = Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Runnable.class, Cloneable.class}, (self, method, arguments) -> null);

        assertUnhashable(proxy, Runnable.class.getName(), "it is a proxy (java.lang.reflect.Proxy)");
    }

    @Test
    void threadsAreUnhashable() {
        assertUnhashable(Thread.currentThread(), Thread.class.getName(), "a thread has no value to compare");
    }

    @Test
    void streamsAndIteratorsWouldBeUsedUpByHashing() {
        assertUnhashable(Stream.of(1), null, "reading it to hash it would use it up");
        assertUnhashable(List.of(1).iterator(), null, "reading it to hash it would use it up");
    }

    @Test
    void anUnhashableValueInsideAContainerIsUnhashable() {
        Map<String, Object> withIterator = new HashMap<>();
        withIterator.put("items", List.of(1).iterator());

        assertThatThrownBy(() -> keyOf(withIterator)).isInstanceOf(UnhashableParameterException.class);
        assertThatThrownBy(() -> keyOf(List.of(1, new Object()))).isInstanceOf(UnhashableParameterException.class);
    }

    @Test
    void thePathLocatesTheValueInsideTheArgument() {
        Object plain = new Object();

        assertThat(pathOf(List.of(1, plain))).isEqualTo("[1]");
        assertThat(pathOf(new Object[] {plain})).isEqualTo("[0]");
        assertThat(pathOf(new Holder(plain))).isEqualTo(".value");
        assertThat(pathOf(Optional.of(plain))).isEqualTo(".value");
        assertThat(pathOf(Map.entry(plain, 1))).isEqualTo(".key");
        assertThat(pathOf(Map.of("alice", plain))).isEqualTo("[\"alice\"]");
        assertThat(pathOf(Map.of(42, plain))).isEqualTo("[42]");
        assertThat(pathOf(Map.of(plain, 1))).isEqualTo(".keys{?}");
        assertThat(pathOf(Set.of(plain))).isEqualTo("{?}");
        assertThat(pathOf(List.of(Map.of("k", new Holder(List.of(plain)))))).isEqualTo("[0][\"k\"].value[0]");
        assertThat(pathOf(plain)).isEmpty();
    }

    @Test
    void longMapKeysAreAbbreviatedInThePath() {
        assertThat(pathOf(Map.of("a".repeat(100), new Object()))).isEqualTo("[\"" + "a".repeat(24) + "...\"]");
    }

    @Test
    void thePathAppearsInTheMessage() {
        assertThatThrownBy(() -> keyOf(List.of(new Holder(new Plain()))))
                .hasMessageContaining("parameter 0 'arg0' holds a value of type " + Plain.class.getName()
                                      + " (at [0].value inside the argument), and Memoria has no rule for hashing it.");
    }

    @Test
    void anUnhashableReceiverIsReportedAsTheReceiver() {
        KeyMaker maker = new KeyMaker("example.Service.load(int)", List.of("id"), new boolean[] {true}, true,
                HasherTable.EMPTY);

        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> maker.keyOf(new Plain(), new Object[] {1}));

        assertThat(e.parameterIndex()).isEqualTo(UnhashableParameterException.RECEIVER);
        assertThat(e.parameterName()).isEqualTo("this");
        assertThat(e).hasMessageContaining("the receiver 'this' holds a value of type " + Plain.class.getName());
    }

    @Test
    void aFailedKeyLeavesTheThreadReadyForTheNext() {
        assertThatThrownBy(() -> keyOf(Set.of(List.of(Map.of("k", new Object())))))
                .isInstanceOf(UnhashableParameterException.class);

        assertThat(keyOf(List.of(1, "a"))).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x33).i32(2).u8(0x15).i32(1).u8(0x19).text("a").toKey());
    }

    private static void assertUnhashable(Object value, String typeName, String problem) {
        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> keyOf(value));
        assertThat(e).as("%s", value.getClass()).isNotNull().hasMessageContaining(problem);
        if (typeName != null) {
            assertThat(e.typeName()).isEqualTo(typeName);
        }
    }

    private static String pathOf(Object argument) {
        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> keyOf(argument));
        String message = e.getMessage();
        int at = message.indexOf(" (at ");
        return at < 0 ? "" : message.substring(at + " (at ".length(), message.indexOf(" inside the argument)"));
    }
}
