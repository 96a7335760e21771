package dev.memoria.it.redis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code redis-server} process on a free loopback port, with its own directory (config, log, {@code nodes.conf}).
 *
 * <p>The server runs under a {@code sh} watchdog that lives exactly as long as the server and whose standard input is a
 * pipe from this JVM: closing the pipe, or this JVM dying in any way, makes the watchdog {@code kill -9} the server.
 * So {@link #kill()} is a real {@code kill -9}, and no server outlives the test JVM even when the JVM itself is
 * killed.
 */
public final class RedisServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final String READY_LINE = "Ready to accept connections";
    private static final int PORT_ATTEMPTS = 5;

    private final Path dir;
    private final Config config;
    private int port;
    private int busPort;
    private Process watchdog;

    private RedisServer(Path dir, Config config) {
        this.dir = dir;
        this.config = config;
    }

    /** What kind of server: plain, TLS, with an ACL user, a cluster node. */
    record Config(Tls tls, Acl acl, boolean clusterNode) {
    }

    /** An ACL user; the default user is switched off, so every connection must authenticate as this one. */
    public record Acl(String user, String password) {
    }

    /** Starts a server on free ports in {@code dir} (created if needed), retrying when another process takes them. */
    static RedisServer start(Path dir, Config config) {
        RedisServer server = new RedisServer(dir, config);
        PortTakenException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            server.port = freePort();
            server.busPort = config.clusterNode() ? freePort() : 0;
            try {
                server.launch();
                return server;
            } catch (PortTakenException e) {
                last = e;
            }
        }
        throw new IllegalStateException("redis-server found no free port in " + PORT_ATTEMPTS + " attempts", last);
    }

    /** The port clients connect to (the TLS port for a TLS server). */
    public int port() {
        return port;
    }

    /** {@code host:port}, as {@code redis-cli --cluster} and the cluster URL take it. */
    public String address() {
        return HOST + ":" + port;
    }

    /** Memoria's URL for this server: {@code redis[s]://[user:password@]127.0.0.1:port}. */
    public String url() {
        return config.acl() == null ? url(null, null) : url(config.acl().user(), config.acl().password());
    }

    /** Memoria's URL for database {@code db} of this server. */
    public String url(int db) {
        return url() + "/" + db;
    }

    /** This server's URL with the ACL user and another password, to test a wrong password. */
    public String urlWithPassword(String password) {
        if (config.acl() == null) {
            throw new IllegalStateException("This server has no ACL user; start it with Redis.withAcl()");
        }
        return url(config.acl().user(), password);
    }

    /** This server's URL with no credentials at all. */
    public String urlWithoutCredentials() {
        return url(null, null);
    }

    private String url(String user, String password) {
        String credentials = user == null ? "" : user + ":" + password + "@";
        return (config.tls() == null ? "redis://" : "rediss://") + credentials + address();
    }

    /** The ACL user every connection must authenticate as, or null. */
    public Acl acl() {
        return config.acl();
    }

    /** Whether the process is running. */
    public boolean isAlive() {
        return watchdog != null && watchdog.isAlive();
    }

    /** {@code kill -9}: the server dies at once, losing what it held in memory; returns when it is gone. */
    public void kill() {
        if (watchdog == null) {
            return;
        }
        // SIGKILL to the server (and the pipe reader) straight from here, and a line on the pipe as well: some JDKs'
        // process launch lets a child JVM inherit the pipe, which would hold back its end
        watchdog.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        try (OutputStream command = watchdog.getOutputStream()) {
            command.write('\n');
            command.flush();
        } catch (IOException e) {
            // the watchdog is already gone; the wait below still confirms the server is
        }
        try {
            if (!watchdog.waitFor(10, TimeUnit.SECONDS)) {
                watchdog.destroyForcibly(); // the server is killed already; only its watchdog lingers
                watchdog.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitClosed("kill -9 of redis-server on port " + port);
        watchdog = null;
    }

    /**
     * {@code kill -STOP}: the server stops answering but keeps its connections open, as a hung or swapped-out server
     * does; {@link #resume()} continues it.
     */
    public void suspend() {
        signal("-STOP");
    }

    /** {@code kill -CONT} after {@link #suspend()}. */
    public void resume() {
        signal("-CONT");
    }

    private void signal(String signal) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        // the server's executable may be a link (Debian's redis-server is redis-check-rdb): not the watchdog's shells
        watchdog.toHandle().descendants()
                .filter(process -> Path.of(process.info().command().orElse("sh")).getFileName().toString()
                        .startsWith("redis"))
                .forEach(process -> command.add(String.valueOf(process.pid())));
        if (command.size() != 3) {
            throw new IllegalStateException("Expected one redis-server process under the watchdog: " + command);
        }
        run(command, dir);
    }

    /** Waits until nothing accepts connections on the server's port: the server is gone, whoever reaps it. */
    private void awaitClosed(String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(HOST, port), 200);
            } catch (IOException refused) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(what + " did not end within 30 s");
    }

    /** Starts the server again on the same ports and directory (a cluster node rejoins from its nodes.conf). */
    public void restart() {
        if (isAlive()) {
            throw new IllegalStateException("redis-server on port " + port + " is running; kill() it first");
        }
        try {
            launch();
        } catch (PortTakenException e) {
            throw new IllegalStateException("Another process took port " + port + " while redis-server was down", e);
        }
    }

    /** Runs {@code redis-cli} against this server (TLS and credentials added) and returns its output. */
    public String cli(String... args) {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-h", HOST, "-p", String.valueOf(port)));
        command.addAll(connectionOptions());
        command.addAll(List.of(args));
        return run(command, dir);
    }

    /** The {@code redis-cli} options that reach this server: TLS and credentials. */
    List<String> connectionOptions() {
        List<String> options = new ArrayList<>();
        if (config.tls() != null) {
            options.addAll(List.of("--tls", "--cacert", config.tls().caCertificate().toString()));
        }
        if (config.acl() != null) {
            options.addAll(List.of("--user", config.acl().user(), "--pass", config.acl().password(),
                    "--no-auth-warning"));
        }
        return options;
    }

    /** The last lines of the server's log, for failure messages. */
    public String logTail() {
        Path log = dir.resolve("redis.log");
        try {
            if (!Files.exists(log)) {
                return "(no log)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void launch() throws PortTakenException {
        Path conf = dir.resolve("redis.conf");
        Path log = dir.resolve("redis.log");
        try {
            Files.createDirectories(dir);
            Files.writeString(conf, configText(), StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            Files.deleteIfExists(dir.resolve("stdout"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // $1: the config, $2: where the server's own stdout/stderr go (fatal config errors are printed, not logged).
        // The sh waits for the server, so it reaps it at once (a zombie would still look alive) and ends with it; a
        // reader on this JVM's pipe kills it when the pipe closes. Asynchronous lists read /dev/null, hence fd 3.
        String script = "exec 3<&0; redis-server \"$1\" >>\"$2\" 2>&1 </dev/null & server=$!; "
                + "{ read ignored <&3; kill -9 $server 2>/dev/null; } & reader=$!; "
                + "wait $server; kill $reader 2>/dev/null; wait $reader 2>/dev/null; exit 0";
        try {
            watchdog = new ProcessBuilder("sh", "-c", script, "sh", conf.toString(), dir.resolve("stdout").toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start redis-server: is it installed? On Debian or Ubuntu:"
                    + " apt-get install -y redis-server redis-tools", e);
        }
        awaitReady(log);
    }

    private void awaitReady(Path log) throws PortTakenException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String text = readQuietly(log);
            if (text.contains(READY_LINE)) {
                return;
            }
            if (!isAlive()) {
                kill();
                String all = text + stdoutText();
                if (all.contains("Address already in use")) {
                    throw new PortTakenException(all);
                }
                throw new IllegalStateException("redis-server on port " + port + " exited while starting:\n" + all);
            }
            sleep(20);
        }
        kill();
        throw new IllegalStateException("redis-server on port " + port + " was not ready within " + START_TIMEOUT
                + ":\n" + logTail());
    }

    private String configText() {
        StringBuilder text = new StringBuilder();
        text.append("bind ").append(HOST).append('\n');
        text.append("dir \"").append(dir).append("\"\n");
        text.append("logfile \"").append(dir.resolve("redis.log")).append("\"\n");
        text.append("daemonize no\n");
        // nothing written to disk: a killed server comes back empty, as a cache's store may
        text.append("save \"\"\nappendonly no\n");
        Tls tls = config.tls();
        if (tls == null) {
            text.append("port ").append(port).append('\n');
        } else {
            text.append("port 0\ntls-port ").append(port).append('\n');
            text.append("tls-cert-file \"").append(tls.serverCertificate()).append("\"\n");
            text.append("tls-key-file \"").append(tls.serverKey()).append("\"\n");
            text.append("tls-ca-cert-file \"").append(tls.caCertificate()).append("\"\n");
            text.append("tls-auth-clients no\n");
        }
        if (config.acl() != null) {
            text.append("user default off\n");
            text.append("user ").append(config.acl().user()).append(" on >").append(config.acl().password())
                    .append(" ~* &* +@all\n");
        }
        if (config.clusterNode()) {
            text.append("cluster-enabled yes\n");
            text.append("cluster-config-file nodes.conf\n");
            text.append("cluster-port ").append(busPort).append('\n');
            // long enough that a busy two-core machine does not fail nodes over by itself, short enough for tests
            text.append("cluster-node-timeout 2000\n");
            // a replica always takes over from a dead master, however long ago it last heard from it
            text.append("cluster-replica-validity-factor 0\n");
            // a replica's first sync starts at once instead of after the default 5 s of waiting for more replicas
            text.append("repl-diskless-sync-delay 0\n");
            if (tls != null) {
                text.append("tls-cluster yes\ntls-replication yes\n");
            }
        }
        return text.toString();
    }

    private String stdoutText() {
        return readQuietly(dir.resolve("stdout"));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to completion (30 s at most) and returns its standard output; fails on a non-zero exit. */
    static String run(List<String> command, Path dir) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not end within 30 s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                        + "... exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0) + ": is it installed? On Debian or"
                    + " Ubuntu: apt-get install -y redis-server redis-tools openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class PortTakenException extends Exception {
        private static final long serialVersionUID = 1L;

        PortTakenException(String log) {
            super(log);
        }
    }
}
