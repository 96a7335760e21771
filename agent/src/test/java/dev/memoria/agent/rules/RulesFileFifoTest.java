package dev.memoria.agent.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A named pipe given as the rules file: opening one for reading waits for a writer, forever if none comes, so the
 * agent's start-up hung. The load runs in a JVM of its own, so that a hang fails this test instead of hanging the
 * build; its bound is far above the fraction of a second a refusal takes.
 */
class RulesFileFifoTest {

    private static final long BOUND_SECONDS = 120;

    @TempDir
    Path directory;

    @Test
    @DisplayName("A FIFO is refused at once, with a message naming what it is")
    void fifoIsRefused() throws IOException, InterruptedException {
        Path fifo = directory.resolve("memoria.rules");
        assumeTrue(mkfifo(fifo), "mkfifo is not available on this system");
        Path output = directory.resolve("output.txt");
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoadRules.class.getName(), fifo.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        if (!load.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
            load.destroyForcibly().waitFor();
            fail("Rules.load of a FIFO did not return within " + BOUND_SECONDS + " s");
        }

        assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo("The rules file " + fifo + " is a"
                + " named pipe (FIFO), not a regular file: Memoria does not read it, since reading it could hold up"
                + " the application's start. Name a text file.\n");
        assertThat(load.exitValue()).isZero();
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The forked JVM's main: loads the rules file named and prints why it cannot be used. */
    static final class LoadRules {

        private LoadRules() {
        }

        public static void main(String[] args) {
            try {
                Rules.load(Path.of(args[0]));
                System.out.println("loaded");
            } catch (RulesFileException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
