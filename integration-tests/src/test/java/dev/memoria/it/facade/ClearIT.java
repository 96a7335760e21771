package dev.memoria.it.facade;

import dev.memoria.CachedFunction;
import dev.memoria.Memoria;
import dev.memoria.it.facade.ClearFixtures.Ledger;
import dev.memoria.it.facade.ClearFixtures.Lookups;
import dev.memoria.it.facade.ClearFixtures.Statics;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@ExtendWith(FreshCaches.class)
@DisplayName("Clearing: Memoria.clearData/clearResources/clearAll and CachedFunction.clear()/clear(args)")
class ClearIT {

    static Stream<Named<Statics>> both() {
        return ClearFixtures.both();
    }

    static Stream<Named<Function<String, Ledger>>> ledgers() {
        return ClearFixtures.ledgers();
    }

    @DisplayName("§7 scenario 29: after the annotation's global clear, foo and bar recompute for 0, 1 and 2; the"
                 + " other annotation's clear leaves them, and clearAll clears them too")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void globalClear(Statics methods) {
        callSix(methods);
        assertThat(methods.calls().total()).isEqualTo(6);

        methods.clearOtherKind().run();
        callSix(methods);
        assertThat(methods.calls().total()).as("after the other annotation's clear").isEqualTo(6);

        methods.clearKind().run();
        callSix(methods);
        assertThat(methods.calls().total()).as("after this annotation's clear").isEqualTo(12);

        Memoria.clearAll();
        callSix(methods);
        assertThat(methods.calls().total()).as("after clearAll").isEqualTo(18);
    }

    @DisplayName("§7 scenario 30: foo's clear() recomputes foo only; bar stays cached")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void functionClearRecomputesOnlyThatFunction(Statics methods) {
        methods.foo().applyAsInt(0);
        methods.bar().applyAsInt(0);

        Memoria.function(methods.owner(), "foo").clear();
        methods.foo().applyAsInt(0);
        methods.bar().applyAsInt(0);

        assertThat(methods.calls().count("foo")).isEqualTo(2);
        assertThat(methods.calls().count("bar")).isEqualTo(1);
    }

    @DisplayName("§7 scenario 31: foo(1) returns 1; clear(2) leaves it cached; clear(1) makes the next foo(1)"
                 + " recompute (2)")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void clearWithArgumentsDropsOneEntry(Statics methods) {
        CachedFunction foo = Memoria.function(methods.owner(), "foo");
        assertThat(methods.foo().applyAsInt(1)).isEqualTo(1);

        foo.clear(2);
        assertThat(methods.foo().applyAsInt(1)).isEqualTo(1);

        foo.clear(1);
        assertThat(methods.foo().applyAsInt(1)).isEqualTo(2);
    }

    @DisplayName("§7 scenario 32: on an instance method, clear(receiver, 2) is a no-op, clear(receiver, 1) drops that"
                 + " receiver's entry only, and clear() drops every receiver's entries")
    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgers")
    void clearOnAnInstanceMethod(Function<String, Ledger> ledger) {
        Ledger a = ledger.apply("a");
        Ledger b = ledger.apply("b");
        CachedFunction foo = Memoria.function(a.getClass(), "foo");
        assertThat(a.foo(1)).isEqualTo(1);
        assertThat(b.foo(1)).isEqualTo(1);

        foo.clear(a, 2);
        assertThat(a.foo(1)).isEqualTo(1);

        foo.clear(a, 1);
        assertThat(a.foo(1)).isEqualTo(2);
        assertThat(b.foo(1)).isEqualTo(1);

        foo.clear();
        assertThat(a.foo(1)).isEqualTo(3);
        assertThat(b.foo(1)).isEqualTo(2);
    }

    @Nested
    @DisplayName("clear(args) rejects arguments that could never match a key")
    class WrongArguments {

        @Test
        @DisplayName("A wrong type, a wrong count or null for a primitive raise IllegalArgumentException")
        void wrongArgumentsOfAStaticMethod() {
            ClearFixtures.DataStatics.foo(1);
            CachedFunction foo = Memoria.function(ClearFixtures.DataStatics.class, "foo");

            assertThatIllegalArgumentException().isThrownBy(() -> foo.clear("one"))
                    .withMessageContaining("Argument 0 of clear is a java.lang.String");
            assertThatIllegalArgumentException().isThrownBy(() -> foo.clear(1, 2))
                    .withMessageContaining("takes 1 argument(s) but clear got 2");
            assertThatIllegalArgumentException().isThrownBy(() -> foo.clear((Object) null))
                    .withMessageContaining("Argument 0 of clear is null");
            assertThat(ClearFixtures.DataStatics.foo(1)).as("still cached").isEqualTo(1);
        }

        @Test
        @DisplayName("An instance method's clear without the receiver raises IllegalArgumentException")
        void missingReceiver() {
            new ClearFixtures.DataLedger("a").foo(1);
            CachedFunction foo = Memoria.function(ClearFixtures.DataLedger.class, "foo");

            assertThatIllegalArgumentException().isThrownBy(() -> foo.clear(1))
                    .withMessageContaining("after the receiver");
        }

        @Test
        @DisplayName("Arguments are checked even before the method's first call")
        void checkedBeforeTheFirstCall() {
            CachedFunction neverCalled = Memoria.function(Lookups.class, "neverCalled");

            assertThatIllegalArgumentException().isThrownBy(() -> neverCalled.clear("one"));
            assertThatIllegalArgumentException().isThrownBy(() -> neverCalled.clear(1, 2));
        }
    }

    @Nested
    @DisplayName("Memoria.function finds a cached method or explains why not")
    class Lookup {

        @Test
        @DisplayName("An overloaded name needs its parameter types; with them the handle is found")
        void overloadedName() {
            assertThatIllegalArgumentException().isThrownBy(() -> Memoria.function(Lookups.class, "overloaded"))
                    .withMessageContaining("is overloaded");

            assertThat(Memoria.function(Lookups.class, "overloaded", String.class).name())
                    .isEqualTo(Lookups.class.getName() + ".overloaded(String)");
        }

        @Test
        @DisplayName("A method without a cache annotation is not a cached method")
        void notCached() {
            assertThatIllegalArgumentException().isThrownBy(() -> Memoria.function(Lookups.class, "notCached"))
                    .withMessageContaining("is not a cached method");
        }

        @Test
        @DisplayName("An unknown name lists the class's cached methods")
        void unknownName() {
            assertThatIllegalArgumentException().isThrownBy(() -> Memoria.function(Lookups.class, "nope"))
                    .withMessageContaining("declares no method nope")
                    .withMessageContaining("neverCalled(int), overloaded(String), overloaded(int)");
        }
    }

    private static void callSix(Statics methods) {
        for (int x = 0; x < 3; x++) {
            methods.foo().applyAsInt(x);
            methods.bar().applyAsInt(x);
        }
    }
}
