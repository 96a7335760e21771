package dev.memoria.agent.fingerprint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures what fingerprinting costs in a directory root of {@value #CLASSES} generated classes; prints the numbers
 * and asserts none. Run it with
 * <pre>
 * mvn -B -q -pl agent -am test -Dmemoria.measure=true \
 *     -Dtest=FingerprintCostMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Two methods are fingerprinted. {@code Entry.typical} calls an interface that 5 classes implement, each through
 * a chain of about 11 static methods with lambdas: the walk needs the index of all classes to find the overrides and
 * reaches 22 classes. {@code Entry.everything} calls a template method whose abstract step every class
 * overrides, so its closure is the whole root.
 */
@EnabledIfSystemProperty(named = "memoria.measure", matches = "true")
class FingerprintCostMeasurement {

    private static final int CLASSES = 2_000;
    private static final int PACKAGES = 20;
    private static final int TASK_EVERY = 400;
    private static final int WARM_RUNS = 50;
    private static final String ENTRY = "gen/Entry";
    private static final String TYPICAL = "typical(Lgen/Task;I)I";
    private static final String EVERYTHING = "everything(Lgen/Base;)I";

    @Test
    void fingerprintOneMethod(@TempDir Path output) throws IOException {
        long compileStart = System.nanoTime();
        CompiledFixture generated = FixtureProject.of(generatedSources()).compile(output);
        System.out.printf("compiled %d classes in %.1f s%n", CLASSES, (System.nanoTime() - compileStart) / 1e9);
        byte[] entry = generated.classFile(ENTRY);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {generated.root().toUri().toURL()}, null)) {
            Supplier<ClassSource> agentSource = () -> ClassSource.forClassLoader(loader, ENTRY);
            Supplier<ClassSource> buildSource = () -> ClassSource.forClassPath(List.of(generated.root()));
            // The very first call of the JVM: it scans the root for the index and runs ASM and this package cold.
            System.out.printf("first call (class-loader source, %s, cold JVM, index scan included): %.1f ms%n",
                    TYPICAL, millis(() -> fingerprint(agentSource, entry, TYPICAL)));
            report("class-loader source", TYPICAL, agentSource, entry);
            report("class-path source", TYPICAL, buildSource, entry);
            report("class-loader source", EVERYTHING, agentSource, entry);
        }
        ClassPathRoot root = ClassPathRoot.of(generated.root());
        System.out.printf("index of %d classes: stamp (directory walk) %.1f ms, scan (read every header) %.1f ms%n",
                CLASSES, millis(root::version), millis(root::scan));
    }

    /** Warm calls: the index comes from the shared cache after its stamp is checked; everything else is fresh. */
    private static void report(String sourceName, String method, Supplier<ClassSource> sources, byte[] entry) {
        List<Double> warm = new ArrayList<>();
        for (int run = 0; run < WARM_RUNS; run++) {
            warm.add(millis(() -> fingerprint(sources, entry, method)));
        }
        Collections.sort(warm);
        System.out.printf("warm call (%s, %s, new source and fingerprinter): median %.1f ms, min %.1f ms, %d runs%n",
                sourceName, method, warm.get(WARM_RUNS / 2), warm.get(0), WARM_RUNS);
    }

    private static void fingerprint(Supplier<ClassSource> sources, byte[] entry, String method) {
        new Fingerprinter(sources.get()).fingerprints(entry, List.of(method));
    }

    private static double millis(Measured action) {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    @FunctionalInterface
    private interface Measured {
        void run() throws IOException;
    }

    private static Map<String, String> generatedSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("gen/Task.java", "package gen; public interface Task { int run(int x); }");
        sources.put("gen/Base.java", """
                package gen;
                public abstract class Base {
                    public abstract String describe();
                    public int weight() { return describe().length(); }
                }
                """);
        sources.put("gen/Entry.java", """
                package gen;
                public class Entry {
                    public static int typical(Task task, int x) { return task.run(x); }
                    public static int everything(Base base) { return base.weight(); }
                }
                """);
        for (int index = 0; index < CLASSES; index++) {
            sources.put(qualifiedName(index).replace('.', '/') + ".java", generatedClass(index));
        }
        return sources;
    }

    /** Class i extends Base, implements Task every 400 classes, and calls class i/2: chains of about 11 calls. */
    private static String generatedClass(int index) {
        String implementsTask = index % TASK_EVERY == 0 ? " implements gen.Task" : "";
        String step = index == 0 ? "t" : qualifiedName(index / 2) + ".step(t % 97)";
        return """
                package %s;
                public class %s extends gen.Base%s {
                    private final int seed = %d;
                    public int run(int x) { return step(x) + seed; }
                    public static int step(int x) {
                        int t = 0;
                        for (int i = 0; i < x; i++) { t += i * %d; }
                        java.util.function.IntUnaryOperator f = v -> v + %d;
                        return f.applyAsInt(%s);
                    }
                    @Override public String describe() { return "%s:" + seed; }
                }
                """.formatted(packageName(index), simpleName(index), implementsTask, index, index, index, step,
                simpleName(index));
    }

    private static String qualifiedName(int index) {
        return packageName(index) + "." + simpleName(index);
    }

    private static String packageName(int index) {
        return "gen.p%02d".formatted(index % PACKAGES);
    }

    private static String simpleName(int index) {
        return "K%04d".formatted(index);
    }
}
