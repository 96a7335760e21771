package dev.memoria.bench.remote;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The part's own {@code redis-server} on a free loopback port, nothing saved to disk; stopped by {@link #close()}, or
 * by this JVM's exit.
 */
final class RedisProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private RedisProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static RedisProcess start(Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(port),
                "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RedisProcess redis = new RedisProcess(process, port);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        RedisClient client = RedisClient.create(redis.url());
        try {
            while (true) {
                try (StatefulRedisConnection<String, String> connection = client.connect()) {
                    connection.sync().ping();
                    return redis;
                } catch (RuntimeException notYet) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        redis.close();
                        throw new IllegalStateException("redis-server did not start on port " + port + "; see " + log
                                + ". Is it installed (apt-get install redis-server)?", notYet);
                    }
                    Thread.sleep(50);
                }
            }
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
