package dev.memoria.it.resource;

import dev.memoria.CacheResource;
import dev.memoria.Unhashed;
import dev.memoria.it.support.Calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** {@code @CacheResource} methods: shared objects, {@code validate} and {@code onRelease}. */
final class ResourceFixtures {

    static final Calls CALLS = new Calls();

    private ResourceFixtures() {
    }

    /** A live object with an identity, like a connection. */
    static final class Connection {

        final String name;
        final int serial;
        volatile boolean closed;

        Connection(String name, int serial) {
            this.name = name;
            this.serial = serial;
        }

        @Override
        public String toString() {
            return name + "#" + serial;
        }
    }

    @CacheResource
    static List<Integer> zeroOne() {
        CALLS.record("zeroOne");
        return new ArrayList<>(List.of(0, 1));
    }

    @CacheResource
    static ReentrantLock lock(String name) {
        CALLS.record("lock", name);
        return new ReentrantLock();
    }

    // §7 scenario 40: validate always true

    @CacheResource(validate = "alwaysValid")
    static int trusted() {
        return CALLS.record("trusted");
    }

    static boolean alwaysValid(Integer value) {
        CALLS.record("alwaysValid", value);
        return true;
    }

    // §7 scenario 41: validate always false, and the failed entry is released

    @CacheResource(validate = "neverValid", onRelease = "releaseUntrusted")
    static int untrusted() {
        return CALLS.record("untrusted");
    }

    static boolean neverValid(Integer value) {
        CALLS.record("neverValid", value);
        return false;
    }

    static void releaseUntrusted(Integer value) {
        CALLS.record("releaseUntrusted", value);
    }

    // validate with a primitive parameter, as a user would write it for an int-returning method

    @CacheResource(validate = "positive")
    static int level() {
        return CALLS.record("level");
    }

    static boolean positive(int value) {
        CALLS.record("positive", value);
        return value > 0;
    }

    // onRelease on clear, expiry and eviction

    @CacheResource(onRelease = "close")
    static Connection open(String name) {
        return new Connection(name, CALLS.record("open", name));
    }

    @CacheResource(ttl = "1h", onRelease = "close")
    static Connection session(String name) {
        return new Connection(name, CALLS.record("session", name));
    }

    @CacheResource(maxEntries = 1, onRelease = "close")
    static Connection pooled(String name) {
        return new Connection(name, CALLS.record("pooled", name));
    }

    static void close(Connection connection) {
        connection.closed = true;
        CALLS.record("close", connection.toString());
    }

    /** Instance callbacks: validate runs on the caller's receiver, onRelease on the receiver that created the entry. */
    static final class Pool {

        private final String name;

        Pool(String name) {
            this.name = name;
        }

        @CacheResource(validate = "healthy", onRelease = "retire")
        Connection lease(@Unhashed Pool this, String url) {
            return new Connection(url, CALLS.record("lease", name, url));
        }

        boolean healthy(Connection connection) {
            CALLS.record("healthy", name, connection.toString());
            return !connection.closed;
        }

        void retire(Connection connection) {
            CALLS.record("retire", name, connection.toString());
        }
    }
}
