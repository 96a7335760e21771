package dev.memoria.it.keys;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Unhashed;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/** Parameters left out of the key: {@code @Unhashed} and names with a leading underscore (compiled with -parameters). */
final class UnhashedFixtures {

    private UnhashedFixtures() {
    }

    static Stream<Named<Report>> both() {
        return Stream.of(Named.of("@CacheData", DataReport.INSTANCE), Named.of("@CacheResource", ResourceReport.INSTANCE));
    }

    /**
     * Streamlit's {@code foo(arg1, _arg2, *args, kwarg1, _kwarg2=None, **kwargs)} in Java: {@code arg1} and
     * {@code mode} are hashed, {@code _arg2} (underscore) and {@code comment} ({@code @Unhashed}) are not, and the
     * keyword catch-alls become a hashed map and a hashed varargs array.
     */
    interface Report {

        Calls calls();

        String render(int arg1, int _arg2, String mode, String comment, Map<String, Object> options, int... more);
    }

    enum DataReport implements Report {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheData
        public String render(int arg1, int _arg2, String mode, @Unhashed String comment, Map<String, Object> options,
                             int... more) {
            calls.record("render");
            return mode + arg1;
        }
    }

    enum ResourceReport implements Report {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheResource
        public String render(int arg1, int _arg2, String mode, @Unhashed String comment, Map<String, Object> options,
                             int... more) {
            calls.record("render");
            return mode + arg1;
        }
    }

    /** A lock is not data: it cannot be part of a key (scenario 27), unless it is left out. */
    static final class Locks {

        static final Calls CALLS = new Calls();

        private Locks() {
        }

        @CacheData
        static int withLock(ReentrantLock lock, int x) {
            CALLS.record("withLock", x);
            return x;
        }

        @CacheData
        static int withUnhashedLock(@Unhashed ReentrantLock lock, int x) {
            CALLS.record("withUnhashedLock", x);
            return x;
        }

        @CacheData
        static int withUnderscoreLock(ReentrantLock _lock, int x) {
            CALLS.record("withUnderscoreLock", x);
            return x;
        }
    }

    /** A plain class: its instances have no value Memoria can hash. */
    static final class Connection {

        static final Calls CALLS = new Calls();

        private final String url;

        Connection(String url) {
            this.url = url;
        }

        /** The receiver is hashed like an argument, and this one cannot be. */
        @CacheData
        String query(String sql) {
            CALLS.record("query", url, sql);
            return sql + " @ " + url;
        }

        /** The receiver is left out of the key: every connection shares the entries. */
        @CacheData
        String cachedQuery(@Unhashed Connection this, String sql) {
            CALLS.record("cachedQuery", url, sql);
            return sql + " @ " + url;
        }
    }
}
