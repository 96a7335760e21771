package dev.memoria.it.caching;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Methods many threads call at once, under each annotation. Tests hold the bodies open with {@link Calls#whenBodyRuns}. */
final class ConcurrencyFixtures {

    private ConcurrencyFixtures() {
    }

    static Stream<Named<Shared>> both() {
        return Stream.of(Named.of("@CacheData", DataShared.INSTANCE),
                Named.of("@CacheResource", ResourceShared.INSTANCE));
    }

    /** The bodies, once; each implementation below caches them under its annotation by overriding. */
    interface Shared {

        Calls calls();

        /** 42. */
        default int answer() {
            calls().record("answer");
            return 42;
        }

        /** {@code key * 10}. */
        default int tenTimes(int key) {
            calls().record("tenTimes", key);
            return key * 10;
        }

        /** 7, unless the test makes the body throw. */
        default int flaky() {
            calls().record("flaky");
            return 7;
        }
    }

    enum DataShared implements Shared {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheData
        public int answer() {
            return Shared.super.answer();
        }

        @Override
        @CacheData
        public int tenTimes(int key) {
            return Shared.super.tenTimes(key);
        }

        @Override
        @CacheData
        public int flaky() {
            return Shared.super.flaky();
        }
    }

    enum ResourceShared implements Shared {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheResource
        public int answer() {
            return Shared.super.answer();
        }

        @Override
        @CacheResource
        public int tenTimes(int key) {
            return Shared.super.tenTimes(key);
        }

        @Override
        @CacheResource
        public int flaky() {
            return Shared.super.flaky();
        }
    }
}
