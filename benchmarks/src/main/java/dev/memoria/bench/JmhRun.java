package dev.memoria.bench;

import dev.memoria.bench.profile.Recording;
import dev.memoria.bench.report.Stats;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one JMH benchmark class in forked JVMs that all carry the agent and the same flags, so Memoria and the
 * contenders it is compared with are measured under identical conditions.
 */
public final class JmhRun {

    private final RunContext context;
    private final Class<?> benchmark;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String[]> parameters = new TreeMap<>();
    private boolean allocation;

    public JmhRun(RunContext context, Class<?> benchmark) {
        this.context = context;
        this.benchmark = benchmark;
    }

    public JmhRun jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /**
     * Also measures the bytes each call allocates (JMH's GC profiler); {@link #run} then returns them per method as
     * {@code method@alloc}, in bytes per call.
     */
    public JmhRun measureAllocation() {
        allocation = true;
        return this;
    }

    public JmhRun parameter(String name, String... values) {
        parameters.put(name, values);
        return this;
    }

    /**
     * Runs every benchmark method and returns, per method (and parameter values, as {@code method:value}), the
     * statistics over all measurement iterations of all forks, in the benchmark's own unit.
     */
    public Map<String, Stats> run(String resultFile) throws RunnerException {
        ChainedOptionsBuilder builder = options(".*", jvmOptions).forks(context.pick(2, 1))
                .resultFormat(ResultFormatType.JSON)
                .result(context.result(resultFile).toString());
        parameters.forEach(builder::param);
        if (allocation) {
            builder.addProfiler(org.openjdk.jmh.profile.GCProfiler.class);
        }
        return statistics(new Runner(builder.build()).run());
    }

    /**
     * Runs one benchmark method once more, in one fork recording a JFR profile, for a goal it missed.
     *
     * @param parameterValues {@code name, value} pairs fixing the parameters, e.g. the size that missed
     */
    public void profile(String method, Path recording, String... parameterValues) throws RunnerException {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(Recording.option(recording));
        ChainedOptionsBuilder builder = options(method, options).forks(1);
        for (int i = 0; i < parameterValues.length; i += 2) {
            builder.param(parameterValues[i], parameterValues[i + 1]);
        }
        new Runner(builder.build()).run();
    }

    private ChainedOptionsBuilder options(String methodPattern, List<String> jvm) {
        List<String> options = new ArrayList<>(jvm);
        options.add("-javaagent:" + context.agentJar());
        return new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\." + methodPattern + "$")
                .jvm(context.java().toString())
                .jvmArgsAppend(options.toArray(String[]::new))
                .warmupIterations(context.pick(3, 1))
                .warmupTime(TimeValue.milliseconds(context.pick(1000, 300)))
                .measurementIterations(context.pick(5, 2))
                .measurementTime(TimeValue.milliseconds(context.pick(1000, 300)))
                .shouldFailOnError(true);
    }

    private static Map<String, Stats> statistics(Collection<RunResult> results) {
        Map<String, Stats> byMethod = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.') + 1);
            for (String parameter : result.getParams().getParamsKeys()) {
                label += ":" + result.getParams().getParam(parameter);
            }
            var statistics = result.getPrimaryResult().getStatistics();
            byMethod.put(label, new Stats(statistics.getMin(), statistics.getPercentile(50), statistics.getMax(),
                                          (int) statistics.getN()));
            // by name: JMH's map holds its raw Result type, which a var over its entries would spell out
            for (String secondary : result.getSecondaryResults().keySet()) {
                if (!secondary.endsWith("gc.alloc.rate.norm")) {
                    continue; // JMH has named it with and without a leading '·'
                }
                var perCall = result.getSecondaryResults().get(secondary).getStatistics();
                byMethod.put(label + "@alloc", new Stats(perCall.getMin(), perCall.getPercentile(50),
                                                         perCall.getMax(), (int) perCall.getN()));
            }
        }
        return byMethod;
    }
}
