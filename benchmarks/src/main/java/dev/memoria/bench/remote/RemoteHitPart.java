package dev.memoria.bench.remote;

import dev.memoria.bench.Part;
import dev.memoria.bench.RunContext;
import dev.memoria.bench.fork.ForkedJava;
import dev.memoria.bench.report.BarChart;
import dev.memoria.bench.report.Csv;
import dev.memoria.bench.report.Goal;
import dev.memoria.bench.report.MarkdownTable;
import dev.memoria.bench.report.Stats;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @CacheData(persist = REMOTE)} hit from a local {@code redis-server} against a raw Lettuce {@code GET} of the
 * same bytes from the same server, side by side in one fresh JVM: a small value, 1 MiB and 100 MiB. One JVM writes
 * every value; a fresh one reads each once both ways, alternating, so its memory tier never holds what it reads.
 */
public final class RemoteHitPart implements Part {

    private static final String SECRET = "benchmark-secret-0123456789abcdef";

    /** size, how many values (one timed read each), how many of them only warm up. */
    private record Case(String name, int size, int count, int warmup, double goal) {
        String arg() {
            return size + ":" + count + ":" + warmup;
        }
    }

    @Override
    public void run(RunContext context) throws Exception {
        List<Case> cases = List.of(
                new Case("small value (64 B), small arguments", 64, context.pick(3000, 600), context.pick(1000, 200),
                        1.5),
                new Case("1 MiB", 1 << 20, context.pick(80, 20), context.pick(20, 5), 1.3),
                new Case("100 MiB", 100 << 20, context.pick(6, 2), 1, 1.3));
        Files.createDirectories(context.workDir());
        try (RedisProcess redis = RedisProcess.start(context.workDir().resolve("redis-server.log"))) {
            String[] write = args("write", redis.url(), cases);
            String[] read = args("read", redis.url(), cases);
            fork(context, redis).run(RemoteValueApp.class, write);
            ForkedJava.Finished finished = fork(context, redis).run(RemoteValueApp.class, read);
            context.doc().put("remote", report(context, cases, finished));
        }
    }

    private static ForkedJava fork(RunContext context, RedisProcess redis) {
        return ForkedJava.of(context).withAgent().option("-Xms4g").option("-Xmx4g")
                .option("-Dmemoria.remote=" + redis.url()).option("-Dmemoria.remote.secret=" + SECRET);
    }

    private static String[] args(String mode, String url, List<Case> cases) {
        List<String> args = new ArrayList<>(List.of(mode, url));
        cases.forEach(c -> args.add(c.arg()));
        return args.toArray(String[]::new);
    }

    private static String report(RunContext context, List<Case> cases, ForkedJava.Finished run) throws Exception {
        MarkdownTable table = new MarkdownTable("value", "Memoria remote hit, ms", "raw Lettuce GET, ms",
                "ratio (medians)", "HMAC-SHA-256 of the bytes alone, one core, ms",
                "the goal's margin over the GET, ms");
        Csv csv = new Csv("value", "reader", "milliseconds");
        BarChart chart = new BarChart("A remote hit vs a raw GET of the same bytes (lower is better)", "ms", true);
        StringBuilder goals = new StringBuilder();
        for (Case c : cases) {
            Stats memoria = Stats.of(run.results("memoria-" + c.size())).map(seconds -> seconds * 1e3);
            Stats get = Stats.of(run.results("get-" + c.size())).map(seconds -> seconds * 1e3);
            run.results("memoria-" + c.size()).forEach(s -> csv.add(c.name(), "memoria", s * 1e3));
            run.results("get-" + c.size()).forEach(s -> csv.add(c.name(), "get", s * 1e3));
            double ratio = memoria.median() / get.median();
            Stats hmac = Stats.of(run.results("hmac-" + c.size())).map(seconds -> seconds * 1e3);
            table.row(c.name(), memoria.cell(), get.cell(), Stats.number(ratio) + "×", hmac.cell(),
                    Stats.number((c.goal() - 1) * get.median()));
            chart.bar(c.name(), "Memoria remote hit", memoria).bar(c.name(), "raw GET", get);
            goals.append(new Goal("remote hit of a " + c.name() + " ≤ " + c.goal() + "× a raw GET", ratio <= c.goal(),
                    Stats.number(ratio) + "× (medians)").line()).append('\n');
        }
        csv.write(context.result("remote.csv"));
        chart.write(context.plot("remote-hit.svg"));
        return "One fresh JVM reads every value once through Memoria (its memory tier misses, the shared store hits:"
               + " GET, HMAC check, decode, copy) and once with a raw `GET`, alternating, from a local `redis-server`;"
               + " median (min–max) over the values after a warm-up. After each pair the same JVM times an"
               + " HMAC-SHA-256 over the bytes the `GET` returned, on one core: what authenticating every byte costs"
               + " by itself (the remote tier must, before it hands a value out), beside the time the goal allows a"
               + " hit beyond the `GET`.\n\n" + table + "\n![remote hit]("
               + context.plotLink("remote-hit.svg") + ")\n\n" + goals;
    }
}
