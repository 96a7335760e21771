package dev.memoria.internal.store.remote;

import dev.memoria.internal.report.Messages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shared store's address, as the {@code memoria.remote} setting gives it:
 * {@code redis://[user:password@]host:port[/db]}, {@code rediss://...} (TLS), {@code redis-cluster://host:port,...}
 * or {@code rediss-cluster://...}. The password never leaves this object: {@link #toString()} and every message show
 * the address without it.
 *
 * @param tls      whether the connection uses TLS
 * @param cluster  whether the hosts are seeds of a Redis Cluster
 * @param hosts    one standalone server, or the cluster's seed nodes
 * @param user     the ACL user, or {@code null} for the default user
 * @param password the password, or {@code null}
 * @param database the database number (standalone only)
 */
public record RemoteAddress(boolean tls, boolean cluster, List<HostPort> hosts, String user, char[] password,
                            int database) {

    /** One server. */
    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** Redis's port, for an address that names none. */
    static final int DEFAULT_PORT = 6379;

    private static final Pattern CREDENTIALS = Pattern.compile("(://)[^@/]*@");

    /** {@code address} with any {@code user:password@} part masked, for messages about a text that failed to parse. */
    public static String redact(String address) {
        return CREDENTIALS.matcher(address).replaceFirst("$1***@");
    }

    /** @throws IllegalArgumentException naming the setting, the problem and the fix, with the password masked */
    public static RemoteAddress parse(String text) {
        String scheme;
        int colon = text.indexOf("://");
        if (colon < 0) {
            throw invalid(text, "it has no scheme");
        }
        scheme = text.substring(0, colon);
        boolean tls;
        boolean cluster;
        switch (scheme) {
            case "redis" -> { tls = false; cluster = false; }
            case "rediss" -> { tls = true; cluster = false; }
            case "redis-cluster" -> { tls = false; cluster = true; }
            case "rediss-cluster" -> { tls = true; cluster = true; }
            default -> throw invalid(text, "the scheme \"" + scheme + "\" is not one Memoria knows");
        }
        String rest = text.substring(colon + 3);
        String user = null;
        char[] password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int separator = credentials.indexOf(':');
            String name = separator < 0 ? "" : decode(credentials.substring(0, separator));
            String secret = decode(separator < 0 ? credentials : credentials.substring(separator + 1));
            user = name.isEmpty() ? null : name;
            password = secret.isEmpty() ? null : secret.toCharArray();
        }
        int database = 0;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String db = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
            if (!db.isEmpty()) {
                if (cluster) {
                    throw invalid(text, "a Redis Cluster has no numbered databases");
                }
                try {
                    database = Integer.parseInt(db);
                } catch (NumberFormatException e) {
                    database = -1;
                }
                if (database < 0) {
                    throw invalid(text, "the database \"/" + db + "\" is not a number of 0 or more");
                }
            }
        }
        List<HostPort> hosts = new ArrayList<>();
        for (String hostPort : rest.split(",")) {
            hosts.add(hostPort(text, hostPort.trim()));
        }
        if (hosts.size() > 1 && !cluster) {
            throw invalid(text, "it names several servers, which only a cluster address may. Use redis-cluster://"
                                + " (or rediss-cluster:// with TLS)");
        }
        return new RemoteAddress(tls, cluster, List.copyOf(hosts), user, password, database);
    }

    private static HostPort hostPort(String text, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 && !hostPort.isEmpty()) {
            return new HostPort(hostPort, DEFAULT_PORT);
        }
        if (hostPort.isEmpty() || colon == 0 || colon == hostPort.length() - 1) {
            throw invalid(text, "\"" + hostPort + "\" is not host:port");
        }
        String host = hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw invalid(text, "\"" + hostPort.substring(colon + 1) + "\" is not a port from 1 to 65535");
        }
        return new HostPort(host, port);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String text, String problem) {
        return new IllegalArgumentException(Messages.remoteBadAddress(redact(text), problem));
    }

    /** The address as messages show it: the scheme, user and hosts, never the password. */
    @Override
    public String toString() {
        String scheme = (tls ? "rediss" : "redis") + (cluster ? "-cluster" : "");
        StringBuilder text = new StringBuilder(scheme).append("://");
        if (user != null || password != null) {
            text.append(user == null ? "" : user).append(password == null ? "" : ":***").append('@');
        }
        text.append(String.join(",", hosts.stream().map(HostPort::toString).toList()));
        return database == 0 ? text.toString() : text.append('/').append(database).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteAddress that && tls == that.tls && cluster == that.cluster
               && hosts.equals(that.hosts) && java.util.Objects.equals(user, that.user)
               && Arrays.equals(password, that.password) && database == that.database;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(tls, cluster, hosts, user, Arrays.hashCode(password), database);
    }
}
