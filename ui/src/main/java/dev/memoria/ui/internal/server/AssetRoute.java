package dev.memoria.ui.internal.server;

import dev.memoria.ui.internal.report.Messages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code GET /static/app.js} and {@code /static/app.css}: the page's script and styles, read once from the jar. */
final class AssetRoute implements HttpHandler {

    private record Asset(String contentType, byte[] bytes) {
    }

    private final Map<String, Asset> assets = Map.of(
            "/static/app.js", new Asset("text/javascript; charset=utf-8", read("app.js")),
            "/static/app.css", new Asset("text/css; charset=utf-8", read("app.css")));

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Asset asset = assets.get(exchange.getRequestURI().getPath());
        if (asset == null) {
            Exchanges.send(exchange, 404, Exchanges.TEXT, "Not found");
            return;
        }
        Exchanges.send(exchange, 200, asset.contentType(), asset.bytes());
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetRoute.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(Messages.assetMissing(name, AssetRoute.class.getName()));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
