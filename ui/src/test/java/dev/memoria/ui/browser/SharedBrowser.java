package dev.memoria.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One headless Chromium for all browser tests of the JVM: starting one takes a second or two, a tab is enough to
 * isolate a test (each page load is a new session). It is shut down, and its profile deleted, when the JVM exits.
 */
final class SharedBrowser {

    private static WebDriver browser;

    private SharedBrowser() {
    }

    static synchronized WebDriver get() {
        if (browser == null) {
            try {
                Chromium chromium = Chromium.start();
                Path profile = Files.createTempDirectory("memoria-ui-chromium");
                WebDriver started = chromium.newBrowser(profile);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(started, chromium, profile)));
                browser = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while starting Chromium", e);
            }
        }
        return browser;
    }

    private static void shutDown(WebDriver browser, Chromium chromium, Path profile) {
        try {
            browser.close();
            chromium.close();
        } catch (RuntimeException | Error | InterruptedException e) {
            System.err.println("Stopping Chromium failed: " + e);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete the Chromium profile " + profile + ": " + e);
        }
    }
}
