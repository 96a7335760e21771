package dev.memoria.it.facade;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Memoria;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

/** Methods that return how many times their body has run, so a test sees when an entry was recomputed. */
final class ClearFixtures {

    private ClearFixtures() {
    }

    /** The static {@code foo} and {@code bar} of one annotation, and that annotation's type-level clear. */
    record Statics(Class<?> owner, IntUnaryOperator foo, IntUnaryOperator bar, Runnable clearKind,
                   Runnable clearOtherKind, Calls calls) {
    }

    static Stream<Named<Statics>> both() {
        return Stream.of(
                Named.of("@CacheData, Memoria.clearData()", new Statics(DataStatics.class, DataStatics::foo,
                        DataStatics::bar, Memoria::clearData, Memoria::clearResources,
                        DataStatics.CALLS)),
                Named.of("@CacheResource, Memoria.clearResources()", new Statics(ResourceStatics.class,
                        ResourceStatics::foo, ResourceStatics::bar, Memoria::clearResources,
                        Memoria::clearData, ResourceStatics.CALLS)));
    }

    static final class DataStatics {

        static final Calls CALLS = new Calls();

        private DataStatics() {
        }

        @CacheData
        static int foo(int x) {
            return CALLS.record("foo", x);
        }

        @CacheData
        static int bar(int x) {
            return CALLS.record("bar", x);
        }
    }

    static final class ResourceStatics {

        static final Calls CALLS = new Calls();

        private ResourceStatics() {
        }

        @CacheResource
        static int foo(int x) {
            return CALLS.record("foo", x);
        }

        @CacheResource
        static int bar(int x) {
            return CALLS.record("bar", x);
        }
    }

    /** An instance method: the receiver, a record, is part of the key and comes first in {@code clear}. */
    interface Ledger {

        int foo(int y);

        Calls calls();
    }

    static Stream<Named<Function<String, Ledger>>> ledgers() {
        return Stream.of(Named.of("@CacheData", DataLedger::new), Named.of("@CacheResource", ResourceLedger::new));
    }

    record DataLedger(String name) implements Ledger {

        static final Calls CALLS = new Calls();

        @Override
        public Calls calls() {
            return CALLS;
        }

        @Override
        @CacheData
        public int foo(int y) {
            return CALLS.record(name, y);
        }
    }

    record ResourceLedger(String name) implements Ledger {

        static final Calls CALLS = new Calls();

        @Override
        public Calls calls() {
            return CALLS;
        }

        @Override
        @CacheResource
        public int foo(int y) {
            return CALLS.record(name, y);
        }
    }

    /** Overloaded, non-cached and never-called methods, for the errors of {@code Memoria.function} and {@code clear}. */
    static final class Lookups {

        private Lookups() {
        }

        @CacheData
        static int overloaded(int x) {
            return x;
        }

        @CacheData
        static int overloaded(String x) {
            return x.length();
        }

        static int notCached(int x) {
            return x;
        }

        @CacheData
        static int neverCalled(int x) {
            return x;
        }
    }
}
