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

    interface Shared {

        Calls calls();

        /** 42. */
        int answer();

        /** {@code key * 10}. */
        int tenTimes(int key);

        /** 7, unless the test makes the body throw. */
        int flaky();
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
            calls.record("answer");
            return 42;
        }

        @Override
        @CacheData
        public int tenTimes(int key) {
            calls.record("tenTimes", key);
            return key * 10;
        }

        @Override
        @CacheData
        public int flaky() {
            calls.record("flaky");
            return 7;
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
            calls.record("answer");
            return 42;
        }

        @Override
        @CacheResource
        public int tenTimes(int key) {
            calls.record("tenTimes", key);
            return key * 10;
        }

        @Override
        @CacheResource
        public int flaky() {
            calls.record("flaky");
            return 7;
        }
    }
}
