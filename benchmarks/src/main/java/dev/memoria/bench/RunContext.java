package dev.memoria.bench;

import dev.memoria.bench.report.DocBlocks;

import java.nio.file.Path;

/**
 * What every part needs to know about this run.
 *
 * @param quick      small sizes and few repetitions: a smoke run in about two minutes, never published
 * @param java       the {@code java} executable of every forked JVM (JMH's and the harness's), so all contenders in a
 *                   table share one JVM
 * @param agentJar   the shaded agent jar, for {@code -javaagent}
 * @param classPath  the class path of the forked JVMs: this jar and its libraries
 * @param wovenHelloClassPath the whole class path of the hello-world app woven by {@code memoria:instrument} at build
 *                   time: its classes and {@code memoria-runtime}, nothing else (no agent, no ASM, no Byte Buddy)
 * @param startupApps the start-up part's apps (hello world, the many-classes app) unwoven, in a folder of their own:
 *                   a start-up JVM's class path holds its app and nothing else, as an application's would, so no agent
 *                   (Memoria's or the empty one) has its classes searched for through this module's libraries
 * @param resultsDir where raw results (CSV, JMH JSON, profiles) are written
 * @param plotsDir   where SVG plots are written
 * @param workDir    scratch space for generated classes, cache directories and files, under {@code target/}
 * @param doc        the result blocks of {@code benchmarks.md}
 */
public record RunContext(boolean quick, Path java, Path agentJar, String classPath, String wovenHelloClassPath,
                         Path startupApps, Path resultsDir, Path plotsDir, Path workDir, DocBlocks doc) {

    /** Chooses between the published configuration and the quick one. */
    public <T> T pick(T full, T quickValue) {
        return quick ? quickValue : full;
    }

    public Path result(String fileName) {
        return resultsDir.resolve(fileName);
    }

    public Path plot(String fileName) {
        return plotsDir.resolve(fileName);
    }

    /** The plot's path as the doc links it. */
    public String plotLink(String fileName) {
        return doc.relativeLink(plot(fileName));
    }
}
