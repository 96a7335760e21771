package dev.memoria.it.disk;

import dev.memoria.CacheData;
import dev.memoria.it.support.ForkedJvm;

import java.nio.file.Path;
import java.util.List;

/**
 * Starts the apps of {@code dev.memoria.it.disk.apps} as a user would: a JVM of their own with {@code -javaagent},
 * the app and Memoria's runtime on the class path, and a cache directory of the test's. No {@code --add-opens} or
 * other access flag: the agent grants what Chronicle Map needs.
 */
public final class AppJvm {

    /**
     * Most apps live for a second: C1 alone starts them in about half the time on a two-core machine, and nothing
     * they check depends on the JIT. Apps that crunch hundreds of megabytes keep the default compilers.
     */
    private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    private AppJvm() {
    }

    /** A short-lived app with a small heap, using {@code cacheDirectory}. */
    public static ForkedJvm app(Class<?> app, Path cacheDirectory, String... calls) {
        return unconfigured(app, calls).systemProperty("memoria.cache.dir", cacheDirectory);
    }

    /** A short-lived app with a small heap and no cache directory setting. */
    static ForkedJvm unconfigured(Class<?> app, String... calls) {
        return bare(app, calls).option(QUICK_START).option("-Xmx128m");
    }

    /** An app that holds {@code heap} of values, e.g. {@code "1g"}, with both JIT compilers. */
    static ForkedJvm heavyApp(Class<?> app, Path cacheDirectory, String heap, String... calls) {
        return bare(app, calls).option("-Xmx" + heap).systemProperty("memoria.cache.dir", cacheDirectory);
    }

    /** A short-lived app with a small heap, under {@code -javaagent:memoria-agent.jar=<options>}. */
    static ForkedJvm withAgentOptions(String agentOptions, Class<?> app, String... calls) {
        return ForkedJvm.java().withAgent(agentOptions).option(QUICK_START).option("-Xmx128m").classPathOf(app)
                .classPathOf(CacheData.class).main(app, calls);
    }

    /** The app under the agent, with no cache directory setting and default options. */
    static ForkedJvm bare(Class<?> app, String... calls) {
        return ForkedJvm.java().withAgent().classPathOf(app).classPathOf(CacheData.class).main(app, calls);
    }

    /** The lines a run's bodies printed: {@code ran <call>}, in order. */
    public static List<String> bodyRuns(ForkedJvm.Result result) {
        return result.stdoutLines().stream().filter(line -> line.startsWith("ran ")).map(line -> line.substring(4))
                .toList();
    }

    /** The value a run printed for {@code call}: the text after {@code "<call> = "} on the last such line. */
    static String value(ForkedJvm.Result result, String call) {
        return result.lastLineAfter(call + " = ");
    }

    /** Every value a run printed for {@code call}, in order. */
    static List<String> values(ForkedJvm.Result result, String call) {
        String prefix = call + " = ";
        return result.stdoutLines().stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length())).toList();
    }
}
