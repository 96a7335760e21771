package dev.memoria.it.redis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A Redis Cluster of three masters and three replicas on loopback, built as an operator would: six
 * {@code redis-server --cluster-enabled yes} nodes joined by {@code redis-cli --cluster create --cluster-replicas 1}.
 */
public final class RedisCluster implements AutoCloseable {

    private static final int MASTERS = 3;
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

    private final List<RedisServer> nodes;
    private final boolean tls;

    private RedisCluster(List<RedisServer> nodes, boolean tls) {
        this.nodes = nodes;
        this.tls = tls;
    }

    /** Starts six nodes in {@code dir}, creates the cluster and waits until every node reports it healthy. */
    static RedisCluster start(Path dir, Tls tls) {
        List<RedisServer> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * MASTERS; i++) {
                nodes.add(RedisServer.start(dir.resolve("node" + i), new RedisServer.Config(tls, null, true)));
            }
            RedisCluster cluster = new RedisCluster(nodes, tls != null);
            List<String> create = new ArrayList<>(List.of("redis-cli"));
            create.addAll(nodes.get(0).connectionOptions());
            create.addAll(List.of("--cluster", "create"));
            nodes.forEach(node -> create.add(node.address()));
            create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
            RedisServer.run(create, dir);
            cluster.awaitHealthy();
            return cluster;
        } catch (RuntimeException e) {
            nodes.forEach(RedisServer::kill);
            throw e;
        }
    }

    /** Memoria's URL naming every node: {@code redis[s]-cluster://127.0.0.1:p1,127.0.0.1:p2,...}. */
    public String url() {
        return (tls ? "rediss-cluster://" : "redis-cluster://")
                + nodes.stream().map(RedisServer::address).collect(Collectors.joining(","));
    }

    /** Every node, masters and replicas, alive or not. */
    public List<RedisServer> nodes() {
        return List.copyOf(nodes);
    }

    /** The live masters, ordered by the first slot each serves (so {@code masters().get(0)} serves slot 0). */
    public List<RedisServer> masters() {
        List<String[]> view = clusterNodes(anyLiveNode());
        return view.stream()
                .filter(line -> line[2].contains("master") && !line[2].contains("fail") && line.length > 8)
                .sorted((a, b) -> Integer.compare(firstSlot(a), firstSlot(b)))
                .map(line -> nodeAt(line[1]))
                .toList();
    }

    /**
     * {@code kill -9} of the master serving the {@code index}-th slot range, then waits until its replica has taken
     * over and every live node reports the cluster ok. Returns the killed node, for {@link #restart}.
     */
    public RedisServer killMaster(int index) {
        return killMaster(masters().get(index));
    }

    /** The live master holding a key that matches {@code pattern} (a {@code SCAN MATCH} glob). */
    public RedisServer masterHolding(String pattern) {
        return masters().stream().filter(master -> !master.cli("--scan", "--pattern", pattern).isBlank())
                .findFirst().orElseThrow(() -> new IllegalStateException("No master holds a key matching " + pattern));
    }

    /** {@code kill -9} of {@code master}, then waits as {@link #killMaster(int)} does. */
    public RedisServer killMaster(RedisServer master) {
        String id = nodeId(master);
        master.kill();
        await("a replica of the killed master " + master.address() + " to take over", () -> {
            for (RedisServer node : liveNodes()) {
                List<String[]> view = clusterNodes(node);
                boolean seenFailed = view.stream().anyMatch(l -> l[0].equals(id) && l[2].contains("fail"));
                boolean replaced = view.stream().filter(l -> l[2].contains("master") && !l[2].contains("fail"))
                        .count() == MASTERS;
                if (!seenFailed || !replaced || !clusterOk(node)) {
                    return false;
                }
            }
            return true;
        });
        return master;
    }

    /** Starts a killed node again; it rejoins as a replica. Returns when the cluster is healthy again. */
    public void restart(RedisServer node) {
        node.restart();
        awaitHealthy();
    }

    /** Restarts any node a test left dead, so a shared cluster is whole for the next test. */
    public void heal() {
        for (RedisServer node : nodes) {
            if (!node.isAlive()) {
                node.restart();
            }
        }
        awaitHealthy();
    }

    @Override
    public void close() {
        nodes.forEach(RedisServer::kill);
    }

    /**
     * Every node alive sees the cluster ok with all slots served, exactly three live masters, no node failed, and
     * every replica's link to its master up (so a failover finds the data there).
     */
    private void awaitHealthy() {
        await("the cluster to become healthy", () -> {
            for (RedisServer node : nodes) {
                if (!node.isAlive() || !clusterOk(node)) {
                    return false;
                }
                List<String[]> view = clusterNodes(node);
                if (view.size() != nodes.size() || view.stream().anyMatch(l -> l[2].contains("fail")
                        || !l[7].equals("connected"))) {
                    return false;
                }
                String replication = node.cli("info", "replication");
                if (replication.contains("role:slave") && !replication.contains("master_link_status:up")) {
                    return false;
                }
            }
            return true;
        });
    }

    private void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + SETTLE_TIMEOUT + " waiting for " + what
                        + "; cluster nodes:\n" + anyLiveNode().cli("cluster", "nodes"));
            }
            RedisServer.sleep(100);
        }
    }

    private static boolean clusterOk(RedisServer node) {
        String info = node.cli("cluster", "info");
        return info.contains("cluster_state:ok") && info.contains("cluster_slots_ok:16384");
    }

    /** {@code CLUSTER NODES} as seen by {@code node}, one array of fields per node. */
    private static List<String[]> clusterNodes(RedisServer node) {
        return node.cli("cluster", "nodes").lines().filter(l -> !l.isBlank()).map(l -> l.trim().split(" ")).toList();
    }

    private String nodeId(RedisServer node) {
        return clusterNodes(node).stream().filter(l -> l[2].contains("myself")).findFirst()
                .orElseThrow(() -> new IllegalStateException("node " + node.address() + " does not name itself"))[0];
    }

    private RedisServer nodeAt(String announced) {
        // "127.0.0.1:6379@16379" (address@bus-port)
        String address = announced.substring(0, announced.indexOf('@'));
        return nodes.stream().filter(n -> n.address().equals(address)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no node at " + announced));
    }

    private RedisServer anyLiveNode() {
        return liveNodes().stream().findFirst().orElseThrow(() -> new IllegalStateException("no node alive"));
    }

    private List<RedisServer> liveNodes() {
        return nodes.stream().filter(RedisServer::isAlive).toList();
    }

    private static int firstSlot(String[] line) {
        String range = line[8];
        int dash = range.indexOf('-');
        return Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
    }
}
