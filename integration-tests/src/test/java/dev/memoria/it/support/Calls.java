package dev.memoria.it.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * What the bodies of a fixture's cached methods did: each body records its run, with its arguments. A test asserts
 * on these records, which is exactly what a user observes: whether the body ran. {@link FreshCaches} resets every
 * instance before each test.
 */
public final class Calls {

    private static final List<Calls> ALL = new CopyOnWriteArrayList<>();

    private final Map<String, List<List<Object>>> runs = new ConcurrentHashMap<>();
    private final Map<String, IntConsumer> actions = new ConcurrentHashMap<>();

    public Calls() {
        ALL.add(this);
    }

    /**
     * Records one run of {@code method}'s body, then performs the action set with {@link #whenBodyRuns}, if any.
     *
     * @return how many times the body has run now, this run included
     */
    public int record(String method, Object... arguments) {
        List<List<Object>> list = runs.computeIfAbsent(method, name -> new ArrayList<>());
        int run;
        synchronized (list) {
            list.add(Arrays.asList(arguments.clone()));
            run = list.size();
        }
        actions.getOrDefault(method, ignored -> { }).accept(run);
        return run;
    }

    /**
     * Makes each run of {@code method}'s body perform {@code action}, given the run's number (1 for the first), for
     * the rest of the test: to hold a body open while other threads call, to throw, to wait for a line on stderr.
     */
    public void whenBodyRuns(String method, IntConsumer action) {
        actions.put(method, action);
    }

    /** How many times {@code method}'s body has run. */
    public int count(String method) {
        List<List<Object>> list = runs.getOrDefault(method, List.of());
        synchronized (list) {
            return list.size();
        }
    }

    /** The arguments of each run of {@code method}'s body, oldest first. */
    public List<List<Object>> arguments(String method) {
        List<List<Object>> list = runs.getOrDefault(method, List.of());
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** The total number of body runs, over all methods. */
    public int total() {
        return runs.keySet().stream().mapToInt(this::count).sum();
    }

    public void reset() {
        runs.clear();
        actions.clear();
    }

    static void resetAll() {
        ALL.forEach(Calls::reset);
    }
}
