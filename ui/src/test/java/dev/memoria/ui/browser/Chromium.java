package dev.memoria.ui.browser;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium and its chromedriver, found on the PATH. A missing one fails the browser tests with the
 * command that installs both: they are part of the build, not optional.
 */
final class Chromium implements AutoCloseable {

    static final String INSTALL = "The browser tests need Chromium and chromedriver on the PATH. Install them with:\n"
                                  + "    apt-get install -y chromium chromium-driver";
    private static final Pattern STARTED = Pattern.compile("started successfully on port (\\d+)");

    private final Process driver;
    private final int port;
    private final Path binary;

    private Chromium(Process driver, int port, Path binary) {
        this.driver = driver;
        this.port = port;
        this.binary = binary;
    }

    /** Starts chromedriver on a free port. */
    static Chromium start() throws IOException, InterruptedException {
        Path browser = onPath("chromium").or(() -> onPath("chromium-browser"))
                .orElseThrow(() -> new AssertionError("No chromium on the PATH. " + INSTALL));
        Path chromedriver = onPath("chromedriver").orElseThrow(() -> new AssertionError(
                "No chromedriver on the PATH. " + INSTALL));
        Process driver = new ProcessBuilder(chromedriver.toString(), "--port=0", "--log-level=SEVERE")
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(driver));
        try {
            return new Chromium(driver, port.get(30, TimeUnit.SECONDS), browser);
        } catch (Exception e) {
            driver.destroyForcibly();
            throw new AssertionError("chromedriver did not start within 30 seconds: " + e, e);
        }
    }

    /** The port chromedriver announces; then keeps draining its output so it never blocks on a full pipe. */
    private static int readPort(Process driver) {
        BufferedReader out = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "chromedriver-output");
                    drain.setDaemon(true);
                    drain.start();
                    return Integer.parseInt(started.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading chromedriver's output", e);
        }
        throw new IllegalStateException("chromedriver exited before announcing its port");
    }

    private static Optional<Path> onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A new headless browser with a fresh profile in {@code profile}. */
    WebDriver newBrowser(Path profile) {
        return WebDriver.open(port, binary, List.of(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1500", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions"));
    }

    /** Ends chromedriver and every process it started (the browser and its helpers), and waits for them. */
    @Override
    public void close() {
        List<ProcessHandle> processes = new ArrayList<>(driver.descendants().toList());
        processes.add(driver.toHandle());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                process.destroyForcibly();
            }
        }
    }
}
