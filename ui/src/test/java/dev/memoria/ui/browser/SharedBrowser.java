package dev.memoria.ui.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Hands every browser test (as a {@link WebDriver} constructor parameter) the one headless Chromium of the test
 * run: starting one takes a second or two, and a page load is enough to isolate a test (each is a new session).
 * It lives in JUnit's root store, which closes it when the run ends: the browser, chromedriver and every process
 * they started are gone, and the profile deleted, before the JVM exits.
 */
public final class SharedBrowser implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                      .getOrComputeIfAbsent(Running.class, type -> Running.start(), Running.class).browser;
    }

    /** A started Chromium; JUnit closes it (it is {@link AutoCloseable}) when the root store closes. */
    private static final class Running implements AutoCloseable {

        private final Chromium chromium;
        private final Path profile;
        private final WebDriver browser;

        private Running(Chromium chromium, Path profile, WebDriver browser) {
            this.chromium = chromium;
            this.profile = profile;
            this.browser = browser;
        }

        static Running start() {
            try {
                Chromium chromium = Chromium.start();
                Path profile = Files.createTempDirectory("memoria-ui-chromium");
                return new Running(chromium, profile, chromium.newBrowser(profile));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while starting Chromium", e);
            }
        }

        @Override
        public void close() throws Exception {
            try {
                browser.close();
            } finally {
                chromium.close();
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
