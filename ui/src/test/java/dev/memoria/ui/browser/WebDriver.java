package dev.memoria.ui.browser;

import dev.memoria.ui.internal.json.JsonReader;
import dev.memoria.ui.internal.json.JsonWriter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A minimal W3C WebDriver client for chromedriver on java.net.http: one browser session, the commands the browser
 * tests use, and chromedriver's performance log. Elements are the driver's opaque ids.
 */
public final class WebDriver implements AutoCloseable {

    /** The W3C name of an element reference in JSON. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI session;

    private WebDriver(URI session) {
        this.session = session;
    }

    static WebDriver open(int port, Path binary, List<String> arguments) {
        URI driver = URI.create("http://127.0.0.1:" + port + "/");
        Map<String, Object> capabilities = Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome",
                "goog:chromeOptions", Map.of("binary", binary.toString(), "args", arguments),
                "goog:loggingPrefs", Map.of("performance", "ALL"))));
        Map<?, ?> created = (Map<?, ?>) new WebDriver(driver).command("POST", driver.resolve("session"), capabilities);
        return new WebDriver(driver.resolve("session/" + created.get("sessionId") + "/"));
    }

    public void navigate(URI url) {
        command("POST", "url", Map.of("url", url.toString()));
    }

    /** The first element matching a CSS selector. */
    public String find(String css) {
        return elementId(command("POST", "element", Map.of("using", "css selector", "value", css)));
    }

    public List<String> findAll(String css) {
        List<String> ids = new ArrayList<>();
        for (Object element : (List<?>) command("POST", "elements", Map.of("using", "css selector", "value", css))) {
            ids.add(elementId(element));
        }
        return ids;
    }

    public void click(String element) {
        command("POST", "element/" + element + "/click", Map.of());
    }

    /** Types {@code keys} into an element; "\uE007" is Enter. */
    public void type(String element, String keys) {
        command("POST", "element/" + element + "/value", Map.of("text", keys));
    }

    public String text(String element) {
        return (String) command("GET", "element/" + element + "/text", null);
    }

    /** Runs {@code script} (a function body; {@code arguments[i]} are the args) and returns its result as JSON data. */
    public Object script(String script, Object... args) {
        List<Object> wrapped = new ArrayList<>();
        for (Object arg : args) {
            wrapped.add(arg instanceof ElementRef ref ? Map.of(ELEMENT, ref.id()) : arg);
        }
        return command("POST", "execute/sync", Map.of("script", script, "args", wrapped));
    }

    /** An element id to pass to {@link #script}. */
    public record ElementRef(String id) {
    }

    public byte[] screenshot() {
        return Base64.getDecoder().decode((String) command("GET", "screenshot", null));
    }

    /** Opens a new tab and switches to it. */
    public void newTab() {
        Map<?, ?> tab = (Map<?, ?>) command("POST", "window/new", Map.of("type", "tab"));
        switchTo((String) tab.get("handle"));
    }

    public String currentTab() {
        return (String) command("GET", "window", null);
    }

    public void switchTo(String tab) {
        command("POST", "window", Map.of("handle", tab));
    }

    /** Closes the current tab; switch to another before the next command. */
    public void closeTab() {
        command("DELETE", "window", null);
    }

    /** Chromium's DevTools events since the last call (Network.requestWillBeSent and the like), as JSON data. */
    public List<Map<String, Object>> performanceLog() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Object entry : (List<?>) command("POST", "se/log", Map.of("type", "performance"))) {
            events.add(JsonReader.object((String) ((Map<?, ?>) entry).get("message")));
        }
        return events;
    }

    /** Ends the browser session, which closes the browser. */
    @Override
    public void close() {
        String session = this.session.toString();
        command("DELETE", URI.create(session.substring(0, session.length() - 1)), null); // no trailing slash
    }

    private Object command(String method, String path, Object body) {
        return command(method, session.resolve(path), body);
    }

    private Object command(String method, URI uri, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                                                           : HttpRequest.BodyPublishers.ofString(JsonWriter.compact(body));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                                         .header("Content-Type", "application/json")
                                         .method(method, publisher).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("chromedriver did not answer " + method + " " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for chromedriver", e);
        }
        Object value = JsonReader.object(response.body()).get("value");
        if (response.statusCode() != 200) {
            Map<?, ?> error = (Map<?, ?>) value;
            throw new AssertionError("WebDriver " + method + " " + uri + " failed: " + error.get("error") + ": "
                                     + error.get("message"));
        }
        return value;
    }

    /** The id of an element a script returned. */
    public static String elementId(Object reference) {
        return (String) ((Map<?, ?>) reference).get(ELEMENT);
    }
}
