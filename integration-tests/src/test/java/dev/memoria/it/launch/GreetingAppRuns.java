package dev.memoria.it.launch;

import dev.memoria.CacheData;
import dev.memoria.it.apps.GreetingApp;
import dev.memoria.it.support.ForkedJvm;

import java.util.List;

/** How {@link GreetingApp} is started, and what it prints with and without caching. */
final class GreetingAppRuns {

    /** Its bodies ran once each: the greeting is computed once and the pool is shared. */
    static final List<String> CACHED = List.of(
            "computing the greeting for world",
            "Hello, world!",
            "Hello, world!",
            "opening the pool db",
            "same pool: true");

    /** Its bodies ran on every call. */
    static final List<String> UNCACHED = List.of(
            "computing the greeting for world",
            "Hello, world!",
            "computing the greeting for world",
            "Hello, world!",
            "opening the pool db",
            "opening the pool db",
            "same pool: false");

    private GreetingAppRuns() {
    }

    /** A JVM with the app and Memoria's runtime on its class path, as the application's build would set it up. */
    static ForkedJvm app() {
        return ForkedJvm.java().classPathOf(GreetingApp.class).classPathOf(CacheData.class);
    }

    /** The app's output without its first line, {@code java <feature version>}. */
    static List<String> behaviour(ForkedJvm.Result result) {
        return result.stdoutLines().subList(1, result.stdoutLines().size());
    }

    /** The feature version of the JVM that ran the app, from its first line of output. */
    static int javaVersion(ForkedJvm.Result result) {
        String first = result.stdoutLines().get(0);
        if (!first.startsWith("java ")) {
            throw new AssertionError("the app did not start as expected:\n" + result);
        }
        return Integer.parseInt(first.substring("java ".length()));
    }
}
