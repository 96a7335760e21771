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

    /** The bodies, once; each implementation below caches them under its annotation by overriding. */
    interface Core {

        Calls calls();

        default int answer() {
            calls().record("answer");
            return 42;
        }

        default double identity(double x) {
            calls().record("identity", x);
            return x;
        }

        default int spy(int x) {
            calls().record("spy", x);
            return x;
        }

        default int incrementAnswer(Map<String, Integer> d) {
            calls().record("incrementAnswer", d);
            return d.merge("answer", 1, Integer::sum);
        }

        default String nothingFor(int x) {
            calls().record("nothingFor", x);
            return null;
        }

        default int risky(int x) {
            calls().record("risky", x);
            return x * 10;
        }

        default int load(String path) throws IOException {
            calls().record("load", path);
            if (path.isEmpty()) {
                throw LastThrown.set(new IOException("no path"));
            }
            return path.length();
        }
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
            return Core.super.answer();
        }

        @Override
        @CacheData
        public double identity(double x) {
            return Core.super.identity(x);
        }

        @Override
        @CacheData
        public int spy(int x) {
            return Core.super.spy(x);
        }

        @Override
        @CacheData
        public int incrementAnswer(Map<String, Integer> d) {
            return Core.super.incrementAnswer(d);
        }

        @Override
        @CacheData
        public String nothingFor(int x) {
            return Core.super.nothingFor(x);
        }

        @Override
        @CacheData
        public int risky(int x) {
            return Core.super.risky(x);
        }

        @Override
        @CacheData
        public int load(String path) throws IOException {
            return Core.super.load(path);
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
            return Core.super.answer();
        }

        @Override
        @CacheResource
        public double identity(double x) {
            return Core.super.identity(x);
        }

        @Override
        @CacheResource
        public int spy(int x) {
            return Core.super.spy(x);
        }

        @Override
        @CacheResource
        public int incrementAnswer(Map<String, Integer> d) {
            return Core.super.incrementAnswer(d);
        }

        @Override
        @CacheResource
        public String nothingFor(int x) {
            return Core.super.nothingFor(x);
        }

        @Override
        @CacheResource
        public int risky(int x) {
            return Core.super.risky(x);
        }

        @Override
        @CacheResource
        public int load(String path) throws IOException {
            return Core.super.load(path);
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
