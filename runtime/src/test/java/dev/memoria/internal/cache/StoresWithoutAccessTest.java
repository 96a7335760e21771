package dev.memoria.internal.cache;

import dev.memoria.Persist;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the agent and without JVM flags, the disk cache cannot open: the method keeps caching in memory, and one
 * message names the flags to add. Runs in a JVM of its own, started without the flags this test JVM has.
 */
class StoresWithoutAccessTest {

    /** The child JVM's main: opens a disk cache, prints what it got and what was reported. */
    public static void main(String[] args) {
        CacheSpec spec = CacheSpec.builder(CacheSpec.Kind.DATA, "example.NoFlags.load()").persist(Persist.DISK).build();
        Store<Object> store = Stores.create(new SiteDescriptor("example.NoFlags", "load", "()Ljava/lang/Object;", true,
                "0123456789abcdef0123456789abcdef", List.of(), new boolean[0], false, spec), key -> (Key) key);
        System.out.println(store.getClass().getSimpleName());
        Reporter.reported().forEach(System.out::println);
    }

    @Test
    void withoutFlagsTheDiskCacheFallsBackToMemoryAndNamesTheFlags(@TempDir Path cache)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmemoria.cache.dir=" + cache, "-cp", System.getProperty("java.class.path"),
                StoresWithoutAccessTest.class.getName()).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output.lines()).as(output).contains("MemoryStore");
        assertThat(output).as(output)
                .contains("needs access to JDK internals")
                .contains("-javaagent:memoria-agent.jar")
                .contains("--add-opens=java.base/java.lang=ALL-UNNAMED")
                .contains("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED");
    }
}
