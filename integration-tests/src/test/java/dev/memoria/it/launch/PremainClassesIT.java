package dev.memoria.it.launch;

import dev.memoria.CacheData;
import dev.memoria.it.apps.StartupApp;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.ui.Container;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code -javaagent:memoria-agent.jar} costs a JVM whose classes hold nothing to cache: each class the agent
 * loads as the JVM starts adds about half a millisecond, so {@code premain} loads only what the transformers' first
 * check needs, and everything else is built the first time a class needs it. Read from the JVM's class-load log
 * ({@code -Xlog:class+load}).
 */
@DisplayName("premain: a JVM with nothing to cache loads none of what caching needs, until a class needs it")
class PremainClassesIT {

    /** The agent runs: its entry point and the two transformers whose first checks every class goes through. */
    private static final List<String> INSTALLED = List.of("dev.memoria.agent.MemoriaAgent",
            "dev.memoria.agent.transform.CachingTransformer", "dev.memoria.agent.ui.BindingTransformer");

    /** What caching a class needs: the instrumenter and its caches of fingerprints and woven classes. */
    private static final List<String> INSTRUMENTING = List.of("dev.memoria.agent.transform.Instrumenter",
            "dev.memoria.agent.fingerprint.FingerprintCache", "dev.memoria.agent.transform.WovenCache");

    /** Built on first need, none of them by a JVM whose classes hold nothing to cache. */
    private static final List<String> DEFERRED = List.of(
            "dev.memoria.agent.transform.Instrumenter",
            "dev.memoria.agent.fingerprint.FingerprintCache",
            "dev.memoria.agent.transform.WovenCache",
            "dev.memoria.agent.ui.UiToolkit",
            "dev.memoria.agent.rules.ClassIndex",
            "dev.memoria.internal.call.Engine",
            "dev.memoria.internal.call.ModuleAccess",
            "dev.memoria.internal.store.chronicle.ChronicleEnvironment",
            CacheData.class.getName());

    @TempDir
    Path temp;

    @Test
    @DisplayName("Nothing to cache: the agent installs its transformers and loads no instrumenter, cache, toolkit"
                 + " description or Chronicle class")
    void nothingToCacheLoadsNothingDeferred() throws IOException {
        Run run = run("plain");

        assertThat(run.result().stdoutLines()).as(run.toString()).containsExactly("ran");
        assertThat(run.result().stderr()).as(run.toString()).isEmpty();
        assertThat(run.loaded()).as(run.toString()).containsAll(INSTALLED)
                .doesNotContainAnyElementsOf(DEFERRED)
                .noneMatch(PremainClassesIT::isChronicles);
    }

    @Test
    @DisplayName("A cached method builds the instrumenter and its caches; in memory, it still loads no Chronicle"
                 + " class")
    void aCachedMethodBuildsTheInstrumenter() throws IOException {
        Run run = run("cached");

        assertThat(run.result().stdoutLines()).as(run.toString())
                .containsExactly("computing the square of 7", "49", "ran");
        assertThat(run.loaded()).as(run.toString()).containsAll(INSTRUMENTING)
                .contains("dev.memoria.internal.call.ModuleAccess")
                .noneMatch(PremainClassesIT::isChronicles);
    }

    @Test
    @DisplayName("A disk cache loads Chronicle Map, with its usage reporting switched off first")
    void aDiskCacheLoadsChronicleWithAnalyticsOff() throws IOException {
        Run run = run("disk");

        assertThat(run.result().stdoutLines()).as(run.toString()).containsExactly("computing the label of 7",
                "label 7", "chronicle.analytics.disable=true", "ran");
        assertThat(run.loaded()).as(run.toString())
                .contains("dev.memoria.internal.store.chronicle.ChronicleEnvironment")
                .anyMatch(name -> isChronicles(name) && name.endsWith(".chronicle.map.ChronicleMap"));
    }

    @Test
    @DisplayName("memoria-ui's description is built when its target class loads")
    void theToolkitIsDescribedWhenItsTargetLoads() throws IOException {
        Run run = run("ui");

        assertThat(run.result().stdoutLines()).as(run.toString()).containsExactly("ran");
        assertThat(run.result().stderr()).as(run.toString()).isEmpty();
        assertThat(run.loaded()).as(run.toString())
                .contains("dev.memoria.agent.ui.UiToolkit", Container.class.getName())
                .doesNotContainAnyElementsOf(INSTRUMENTING);
    }

    /** Whether the class is one of Chronicle's (relocated in the agent jar, {@code dev.memoria.shaded.openhft}). */
    private static boolean isChronicles(String className) {
        return className.contains(".openhft.");
    }

    /** Runs {@link StartupApp} under the agent, logging the classes the JVM loads. */
    private Run run(String what) throws IOException {
        Path log = temp.resolve("classes-" + what + ".txt");
        ForkedJvm.Result result = ForkedJvm.java().withAgent()
                .option("-Xlog:class+load=info:file=" + log + ":none")
                .systemProperty("memoria.cache.dir", temp.resolve("cache"))
                .classPathOf(StartupApp.class).classPathOf(CacheData.class).classPathOf(Container.class)
                .main(StartupApp.class, what).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        // each line is "<class name> source: <where from>"
        List<String> loaded = Files.readAllLines(log).stream().map(line -> line.split(" ", 2)[0]).toList();
        return new Run(result, loaded);
    }

    private record Run(ForkedJvm.Result result, List<String> loaded) {

        @Override
        public String toString() {
            return result + "\nclasses loaded: " + loaded.size();
        }
    }
}
