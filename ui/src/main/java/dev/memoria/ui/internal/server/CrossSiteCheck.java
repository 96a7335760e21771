package dev.memoria.ui.internal.server;

import dev.memoria.ui.internal.report.Messages;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Set;

/**
 * Refuses requests that a page of another site makes the browser send, as its {@code Sec-Fetch-Site} header says
 * ({@code cross-site}, or {@code same-site}: another port or subdomain of the same host, such as another local
 * server's page). An {@code <img>}, a form, a script or a link of such a page would otherwise open a session and
 * run the app, or reach a session's routes. Requests the user makes ({@code none}: typed, bookmarked, reloaded), the
 * app's own page makes ({@code same-origin}) or a client without the header makes (curl, a scraper) pass. The
 * {@link HostCheck} before it refuses foreign {@code Host} and {@code Origin} headers, for browsers without this
 * header.
 */
final class CrossSiteCheck extends Filter {

    /** For {@code GET /}: a refused navigation (a link followed from another site) gets a page with a link. */
    static final CrossSiteCheck PAGE = new CrossSiteCheck(true);
    /** For every other route. */
    static final CrossSiteCheck OTHER = new CrossSiteCheck(false);

    private static final Set<String> ALLOWED = Set.of("same-origin", "none");

    private final boolean linkBack;

    private CrossSiteCheck(boolean linkBack) {
        this.linkBack = linkBack;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site == null || ALLOWED.contains(site)) {
            chain.doFilter(exchange);
            return;
        }
        if (linkBack && "navigate".equals(exchange.getRequestHeaders().getFirst("Sec-Fetch-Mode"))) {
            exchange.getResponseHeaders().set("Content-Security-Policy", PageRoute.POLICY);
            Exchanges.send(exchange, 403, "text/html; charset=utf-8", Messages.crossSiteNavigationPage());
            return;
        }
        Exchanges.send(exchange, 403, Exchanges.TEXT, Messages.crossSiteRequest(site));
    }

    @Override
    public String description() {
        return "refuses requests a page of another site makes the browser send";
    }
}
