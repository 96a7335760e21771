package dev.memoria.internal.attach;

import dev.memoria.internal.report.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loads the agent into this JVM from a short-lived helper JVM running {@code dev.memoria.agent.Attacher} (in the agent
 * jar). A JVM may not attach to itself unless started with {@code -Djdk.attach.allowAttachSelf=true}, so Byte Buddy's
 * {@code ByteBuddyAgent.install()} does the same.
 */
final class AttacherProcess {

    private static final String ATTACHER = "dev.memoria.agent.Attacher";
    private static final long TIMEOUT_SECONDS = 60;

    private AttacherProcess() {
    }

    /** @throws IllegalStateException when the helper cannot run or the attach fails, saying what to do instead */
    static void loadAgent(Path jar) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", jar.toString(), ATTACHER,
                Long.toString(ProcessHandle.current().pid()), jar.toString());
        String output;
        int exit;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(Messages.attachTimedOut(TIMEOUT_SECONDS, jar.toString()));
            }
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            exit = process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException(Messages.attacherNotStarted(java.toString(), e.toString(), jar.toString()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Messages.attachInterrupted(), e);
        }
        if (exit != 0) {
            throw new IllegalStateException(Messages.attachFailed(output, jar.toString()));
        }
    }
}
