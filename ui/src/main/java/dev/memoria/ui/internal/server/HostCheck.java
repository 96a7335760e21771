package dev.memoria.ui.internal.server;

import dev.memoria.ui.internal.report.Messages;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests addressed to a host name other than the server's own address or a loopback name, and requests
 * whose {@code Origin} (sent by browsers with every {@code POST} and cross-origin request) is not the address they
 * were sent to. This keeps a web page the user visits from reaching the app through DNS rebinding (its own name
 * resolving to 127.0.0.1) or cross-origin requests, including from another port of the same host. A server bound to
 * every interface accepts any host name, since its owner chose to expose it, but still only its own origin.
 */
final class HostCheck extends Filter {

    private final Set<String> hosts;
    private final boolean anyHost;

    HostCheck(InetAddress bound) {
        this.anyHost = bound.isAnyLocalAddress();
        String address = bound.getHostAddress().toLowerCase(Locale.ROOT);
        Set<String> hosts = new LinkedHashSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
        hosts.add(address.contains(":") ? "[" + address + "]" : address);
        this.hosts = Collections.unmodifiableSet(hosts);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (!allowed(host)) {
            Exchanges.send(exchange, 403, Exchanges.TEXT, Messages.wrongHost(String.join(", ", hosts), host));
            return;
        }
        if (origin != null && (host == null || !host.equalsIgnoreCase(authority(origin)))) {
            Exchanges.send(exchange, 403, Exchanges.TEXT, Messages.foreignOrigin(origin, host));
            return;
        }
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "accepts requests addressed to the server's own address or a loopback name";
    }

    private boolean allowed(String authority) {
        if (anyHost) {
            return true;
        }
        if (authority == null) {
            return false;
        }
        String host = authority.toLowerCase(Locale.ROOT);
        int port = host.lastIndexOf(':');
        if (port > host.lastIndexOf(']')) {
            host = host.substring(0, port);
        }
        return hosts.contains(host);
    }

    private static String authority(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
