package dev.memoria.it.disk;

import dev.memoria.CacheData;
import dev.memoria.it.disk.apps.Ledger;
import dev.memoria.it.redis.SharedJvm;
import dev.memoria.it.redis.SharedJvm.Answer;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clear of persisted entries in one JVM, or by the cache directory tool, reaches the memory tier of every other JVM
 * using the same cache directory: their next call recomputes instead of serving what was cleared from memory.
 */
@DisplayName("Clearing persist = DISK entries reaches other JVMs' memory tiers")
class CrossJvmClearIT {

    @TempDir
    Path cache;

    @Test
    @DisplayName("clear(), clear(args) and clearData() in one JVM, and the tool's clear, make another JVM recompute"
                 + " what it held in memory; what was not cleared is still read from disk")
    void clearsReachOtherJvms() {
        try (SharedJvm clearing = start(); SharedJvm other = start()) {
            clearing.call("entry 1");
            clearing.call("entry 2");
            clearing.call("other 1");
            for (String call : new String[] {"entry 1", "entry 2", "other 1", "entry 1"}) {
                assertThat(other.call(call)).as("%s, from disk then memory", call).isEqualTo(hit(call));
            }

            assertThat(clearing.call("clear entry 1").value()).isEqualTo("cleared");
            assertThat(other.call("entry 1")).as("after clear(1)").isEqualTo(ran("entry 1"));
            assertThat(other.call("entry 2")).as("not cleared").isEqualTo(hit("entry 2"));

            assertThat(clearing.call("clear entry").value()).isEqualTo("cleared");
            assertThat(other.call("entry 2")).as("after clear()").isEqualTo(ran("entry 2"));
            assertThat(other.call("other 1")).as("another method").isEqualTo(hit("other 1"));

            assertThat(clearing.call("clearData").value()).isEqualTo("cleared");
            assertThat(other.call("other 1")).as("after clearData()").isEqualTo(ran("other 1"));

            other.call("entry 3");
            assertThat(other.call("entry 3")).isEqualTo(hit("entry 3"));
            ForkedJvm.Result tool = ForkedJvm.java().jar(TestEnvironment.agentJar(), "clear", "Ledger.entry",
                    "--dir", cache.toString()).run();
            assertThat(tool.exitCode()).as("%s", tool).isZero();
            assertThat(other.call("entry 3")).as("after the tool's clear").isEqualTo(ran("entry 3"));
            assertThat(clearing.call("entry 3")).as("the tool's clear, in the other JVM").isEqualTo(hit("entry 3"));
        }
    }

    private SharedJvm start() {
        return SharedJvm.start(ForkedJvm.java().withAgent().option("-XX:TieredStopAtLevel=1").option("-Xmx256m")
                .classPathOf(Ledger.class).classPathOf(CacheData.class)
                .systemProperty("memoria.cache.dir", cache).main(Ledger.class));
    }

    private static Answer ran(String call) {
        return new Answer(call, true);
    }

    private static Answer hit(String call) {
        return new Answer(call, false);
    }
}
