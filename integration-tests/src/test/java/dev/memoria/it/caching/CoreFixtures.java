package dev.memoria.it.caching;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The same small methods under {@code @CacheData} and under {@code @CacheResource}, for the scenarios Streamlit's
 * suite marks "Both". Each implementation is an enum singleton, so its receiver hashes to one constant key and the
 * instance methods cache like static ones.
 */
final class CoreFixtures {

    private CoreFixtures() {
    }

    /** One implementation per annotation, named for the test report. */
    static Stream<Named<Core>> both() {
        return Stream.of(Named.of("@CacheData", DataCore.INSTANCE), Named.of("@CacheResource", ResourceCore.INSTANCE));
    }

    interface Core {

        Calls calls();

        int answer();

        double identity(double x);

        int spy(int x);

        int incrementAnswer(Map<String, Integer> d);

        String nothingFor(int x);

        int risky(int x);

        int load(String path) throws IOException;
    }

    enum DataCore implements Core {
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
        public double identity(double x) {
            calls.record("identity", x);
            return x;
        }

        @Override
        @CacheData
        public int spy(int x) {
            calls.record("spy", x);
            return x;
        }

        @Override
        @CacheData
        public int incrementAnswer(Map<String, Integer> d) {
            calls.record("incrementAnswer", d);
            return d.merge("answer", 1, Integer::sum);
        }

        @Override
        @CacheData
        public String nothingFor(int x) {
            calls.record("nothingFor", x);
            return null;
        }

        @Override
        @CacheData
        public int risky(int x) {
            calls.record("risky", x);
            return x * 10;
        }

        @Override
        @CacheData
        public int load(String path) throws IOException {
            calls.record("load", path);
            if (path.isEmpty()) {
                throw LastThrown.set(new IOException("no path"));
            }
            return path.length();
        }
    }

    enum ResourceCore implements Core {
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
        public double identity(double x) {
            calls.record("identity", x);
            return x;
        }

        @Override
        @CacheResource
        public int spy(int x) {
            calls.record("spy", x);
            return x;
        }

        @Override
        @CacheResource
        public int incrementAnswer(Map<String, Integer> d) {
            calls.record("incrementAnswer", d);
            return d.merge("answer", 1, Integer::sum);
        }

        @Override
        @CacheResource
        public String nothingFor(int x) {
            calls.record("nothingFor", x);
            return null;
        }

        @Override
        @CacheResource
        public int risky(int x) {
            calls.record("risky", x);
            return x * 10;
        }

        @Override
        @CacheResource
        public int load(String path) throws IOException {
            calls.record("load", path);
            if (path.isEmpty()) {
                throw LastThrown.set(new IOException("no path"));
            }
            return path.length();
        }
    }

    /** The exception a body threw last, to check that the caller receives that very object. */
    static final class LastThrown {

        private static volatile Throwable last;

        private LastThrown() {
        }

        static <T extends Throwable> T set(T thrown) {
            last = thrown;
            return thrown;
        }

        static Throwable get() {
            return last;
        }
    }
}
