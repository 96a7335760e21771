package dev.memoria.internal.cache;

import dev.memoria.internal.time.Clock;
import dev.memoria.internal.report.Reporter;
import dev.memoria.Persist;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.memoria.internal.policy.Attributes.PERSIST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the agent and without JVM flags, the disk cache cannot open: the method keeps caching in memory, and one
 * message names the flags to add, however many such caches open. Runs in a JVM of its own, started without the flags
 * this test JVM has.
 */
class StoresWithoutAccessTest {

    /** The child JVM's main: opens two disk caches, prints what each got; the reporter prints on stderr. */
    public static void main(String[] args) {
        for (String method : List.of("load", "reload")) {
            CacheSpec spec = CacheSpec.builder(CacheSpec.Kind.DATA, "example.NoFlags." + method + "()")
                    .set(PERSIST, Persist.DISK).build();
            SiteDescriptor site = new SiteDescriptor("example.NoFlags", method, "()Ljava/lang/Object;", true,
                    "0123456789abcdef0123456789abcdef", List.of(), new boolean[0], false, spec);
            Store<Object> store = Stores.fromSettings(new Clock(), Reporter.jvm()).create(site, key -> (Key) key);
            System.out.println(store.getClass().getSimpleName());
        }
    }

    @Test
    void withoutFlagsTheDiskCacheFallsBackToMemoryAndNamesTheFlags(@TempDir Path cache)
            throws IOException, InterruptedException {
        Path stderr = cache.resolve("stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmemoria.cache.dir=" + cache, "-cp", System.getProperty("java.class.path"),
                StoresWithoutAccessTest.class.getName()).redirectError(stderr.toFile()).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String errors = Files.readString(stderr);

        assertThat(output.lines()).as(output + errors).containsExactly("MemoryStore", "MemoryStore");
        List<String> messages = errors.lines().filter(line -> line.contains("needs access to JDK internals")).toList();
        assertThat(messages).as(errors).hasSize(1);
        assertThat(messages.get(0)).as(errors)
                .startsWith("[memoria] ")
                .contains("-javaagent:memoria-agent.jar")
                .contains("--add-opens=java.base/java.lang=ALL-UNNAMED")
                .contains("--add-opens=java.base/java.lang.reflect=ALL-UNNAMED")
                .contains("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED")
                .contains("--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED");
    }
}
