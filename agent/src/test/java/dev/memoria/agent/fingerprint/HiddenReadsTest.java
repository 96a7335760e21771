package dev.memoria.agent.fingerprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The hidden reads the fingerprint walk finds: what a cached method reads that its key cannot see, and where. */
class HiddenReadsTest {

    private static final FixtureProject FIXTURE = FixtureProject.of(Map.of(
            "hx/Sales.java", """
                    package hx;
                    import java.nio.file.*;
                    public class Sales {
                        static int calls;
                        static final java.util.concurrent.atomic.AtomicInteger RUNS =
                                new java.util.concurrent.atomic.AtomicInteger();
                        static final java.util.List<String> LOG = new java.util.ArrayList<>();
                        static final String[] NAMES = {"a"};
                        static String mode = "fast";
                        public static double total(int year) {
                            calls++;
                            RUNS.incrementAndGet();
                            LOG.add("total");
                            return Pricing.discount(year);
                        }
                        public static int pure(int x) {
                            calls++;
                            return Math.abs(x) * 2 + Helper.twice(x);
                        }
                        public static String everything() throws Exception {
                            return System.getProperty("app.mode") + System.nanoTime() + Math.random()
                                   + new java.util.Random().nextInt() + java.util.UUID.randomUUID()
                                   + java.time.Instant.now() + Files.readString(Path.of("data/sales.csv"))
                                   + new java.io.FileInputStream("in.bin").read()
                                   + Sales.class.getResourceAsStream("/x.txt") + mode + NAMES[0]
                                   + new java.util.Random(42).nextInt() + RUNS.get();
                        }
                        public static String forged() {
                            return System.getenv("A\\nB");
                        }
                        public static String lambda() {
                            java.util.function.Supplier<String> home = () -> System.getenv("HOME");
                            return home.get();
                        }
                    }
                    """,
            "hx/Pricing.java", """
                    package hx;
                    class Pricing {
                        static double discount(int year) {
                            return year * Rates.rate();
                        }
                    }
                    """,
            "hx/Rates.java", """
                    package hx;
                    class Rates {
                        static double rate() {
                            return Double.parseDouble(System.getenv("RATE"));
                        }
                    }
                    """,
            "hx/Helper.java", """
                    package hx;
                    class Helper {
                        static int twice(int x) {
                            return x + x;
                        }
                    }
                    """));

    private static CompiledFixture compiled;

    @BeforeAll
    static void compile(@TempDir Path output) {
        compiled = FIXTURE.compile(output);
    }

    private static List<HiddenRead> readsOf(String method) {
        Fingerprinter fingerprinter = new Fingerprinter(compiled.source());
        fingerprinter.fingerprints(compiled.classFile("hx/Sales"), List.of(method));
        return fingerprinter.hiddenReads("hx/Sales", method);
    }

    @Test
    @DisplayName("an environment read two calls deep is found, with its name and its call path")
    void foundThroughAHelperTwoCallsDeep() {
        assertThat(readsOf("total(I)D"))
                .extracting(HiddenRead::kind, HiddenRead::source, HiddenRead::name, HiddenRead::declaration)
                .containsExactly(tuple(HiddenRead.Kind.ENVIRONMENT, "System.getenv", "RATE", "env:RATE"));
        assertThat(readsOf("total(I)D").get(0).path()).extracting(HiddenRead.Method::owner, HiddenRead.Method::name)
                .containsExactly(tuple("hx/Sales", "total"), tuple("hx/Pricing", "discount"),
                        tuple("hx/Rates", "rate"));
    }

    @Test
    @DisplayName("a method that reads nothing hidden, through its helpers too, has no hidden read; a counter is not one")
    void noneForAPureMethod() {
        assertThat(readsOf("pure(I)I")).isEmpty();
    }

    @Test
    @DisplayName("every kind: property, clock, randomness, files, resources, mutable statics; not a seeded Random, a final array")
    void everyKind() {
        assertThat(readsOf("everything()Ljava/lang/String;"))
                .extracting(HiddenRead::kind, HiddenRead::source, HiddenRead::name)
                .containsExactly(
                        tuple(HiddenRead.Kind.PROPERTY, "System.getProperty", "app.mode"),
                        tuple(HiddenRead.Kind.CLOCK, "System.nanoTime", ""),
                        tuple(HiddenRead.Kind.RANDOM, "Math.random", ""),
                        tuple(HiddenRead.Kind.RANDOM, "new Random()", ""),
                        tuple(HiddenRead.Kind.RANDOM, "UUID.randomUUID", ""),
                        tuple(HiddenRead.Kind.CLOCK, "Instant.now", ""),
                        tuple(HiddenRead.Kind.FILE, "Files.readString", ""),
                        tuple(HiddenRead.Kind.FILE, "new FileInputStream()", "in.bin"),
                        tuple(HiddenRead.Kind.RESOURCE, "Class.getResourceAsStream", "/x.txt"),
                        tuple(HiddenRead.Kind.STATIC_FIELD, "", "hx.Sales.mode"),
                        tuple(HiddenRead.Kind.STATIC_FIELD, "", "hx.Sales.RUNS"));
    }

    @Test
    @DisplayName("a read inside a lambda body counts for the method that creates the lambda")
    void insideALambda() {
        assertThat(readsOf("lambda()Ljava/lang/String;")).extracting(HiddenRead::declaration)
                .containsExactly("env:HOME");
    }

    @Test
    @DisplayName("a name with a line break is printed on one line")
    void controlCharactersInNames() {
        assertThat(readsOf("forged()Ljava/lang/String;")).extracting(HiddenRead::name).containsExactly("A?B");
    }
}
