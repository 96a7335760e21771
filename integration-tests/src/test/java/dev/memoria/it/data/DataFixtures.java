package dev.memoria.it.data;

import dev.memoria.CacheData;
import dev.memoria.it.support.Calls;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/** {@code @CacheData} methods returning data, and some returning resources that cannot be copied. */
final class DataFixtures {

    static final Calls CALLS = new Calls();

    /** The object the last body run returned, to tell the original from copies. */
    static volatile Object lastReturned;

    private DataFixtures() {
    }

    @CacheData
    static List<Integer> zeroOne() {
        CALLS.record("zeroOne");
        List<Integer> list = new ArrayList<>(List.of(0, 1));
        lastReturned = list;
        return list;
    }

    record Team(String name, List<String> members, List<String> sameMembers) {
    }

    /** A value whose two components are one list: a copy must keep them one list. */
    @CacheData
    static Team team(String name) {
        CALLS.record("team", name);
        List<String> members = new ArrayList<>(List.of("ada", "grace"));
        Team team = new Team(name, members, members);
        lastReturned = team;
        return team;
    }

    /** A list that contains itself. */
    @CacheData
    static List<Object> cyclic() {
        CALLS.record("cyclic");
        List<Object> list = new ArrayList<>();
        list.add("head");
        list.add(list);
        return list;
    }

    record Link(int value, Link next) {
    }

    /** A linked chain of records: plain data, nested {@code length} deep (issue 13, item 6). */
    @CacheData
    static Link chain(int length) {
        CALLS.record("chain", length);
        Link head = null;
        for (int i = length; i > 0; i--) {
            head = new Link(i, head);
        }
        return head;
    }

    @CacheData
    static Object resource(String kind) {
        CALLS.record("resource", kind);
        return switch (kind) {
            case "lock" -> new ReentrantLock();
            case "thread" -> new Thread(() -> { });
            case "future" -> new CompletableFuture<String>();
            case "stream" -> new ByteArrayInputStream(new byte[] {1, 2, 3});
            case "classLoader" -> new URLClassLoader(new URL[0]);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** §7 scenario 28: Python's {@code threading.Lock} is Java's {@code ReentrantLock}. */
    @CacheData
    static ReentrantLock lock() {
        CALLS.record("lock");
        return new ReentrantLock();
    }

    record Guarded(String name, ReentrantLock lock) {
    }

    @CacheData
    static Guarded guarded() {
        CALLS.record("guarded");
        return new Guarded("account", new ReentrantLock());
    }
}
