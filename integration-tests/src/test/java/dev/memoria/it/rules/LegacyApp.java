package dev.memoria.it.rules;

import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.Jars;
import dev.memoria.it.support.Javac;
import dev.memoria.it.support.TestEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An application built before Memoria existed: its sources never mention Memoria, it is compiled here against
 * Apache Commons Lang only and shipped as {@code app.jar}. It counts the work it does and prints what it sees, one
 * {@code name: value} line at a time, for the scenarios named on its command line.
 */
final class LegacyApp {

    static final String MAIN = "app.Main";

    /** Caching for the app without touching it: the rules file the tests hand to the agent. */
    static final String RULES = """
            # Caching for an application built before Memoria existed: not one of its lines changes.
            # kind     method pattern                                                   attributes
            data       app.Reports.load(String, int)                                    ttl=10m maxEntries=100
            resource   app.Pools.connect                                                validate=isOpen onRelease=close
            data       app.Audit.record                                                 unhashed=context
            data       app.Prices.price                                                 persist=DISK
            data       app.Quotes.quote                                                 ttl=2s

            # a library from Maven Central, cached through the app's calls
            resource   org.apache.commons.lang3.StringUtils.split(String)
            # random on purpose: its first string is kept, so the hidden inputs it reads are accepted
            data       org.apache.commons.lang3.RandomStringUtils.randomAlphabetic(int)  persist=DISK hiddenInputs=IGNORE
            """;

    private static final Map<String, String> SOURCES = Map.of(
            "app.Main", """
                    package app;

                    import org.apache.commons.lang3.RandomStringUtils;
                    import org.apache.commons.lang3.StringUtils;

                    public final class Main {

                        public static void main(String[] args) throws InterruptedException {
                            for (String scenario : args) {
                                switch (scenario) {
                                    case "reports" -> reports();
                                    case "pools" -> pools();
                                    case "audit" -> audit();
                                    case "library" -> library();
                                    case "prices" -> prices();
                                    case "random" -> random();
                                    case "quotes" -> quotes();
                                    default -> throw new IllegalArgumentException(scenario);
                                }
                            }
                        }

                        static void reports() {
                            System.out.println("north 2024: " + Reports.load("north", 2024));
                            System.out.println("north 2024: " + Reports.load("north", 2024));
                            System.out.println("south 2024: " + Reports.load("south", 2024));
                            System.out.println("report loads: " + Reports.loads);
                        }

                        static void pools() {
                            Pool main = Pools.connect("db://main");
                            System.out.println("same pool: " + (Pools.connect("db://main") == main));
                            System.out.println("other pool: " + (Pools.connect("db://other") == main));
                            System.out.println("pools opened: " + Pools.opened);
                        }

                        static void audit() {
                            Audit.record("login", new Object());
                            Audit.record("login", new Object());
                            System.out.println("audit records: " + Audit.records);
                        }

                        static void library() {
                            String[] words = StringUtils.split("to be or not");
                            System.out.println("split, same array: " + (StringUtils.split("to be or not") == words));
                            System.out.println("split: " + String.join("|", words));
                        }

                        static void prices() {
                            System.out.println("price(10): " + Prices.price(10));
                            System.out.println("price runs: " + Prices.runs);
                        }

                        static void random() {
                            System.out.println("random: " + RandomStringUtils.randomAlphabetic(24));
                            System.out.println("random again: " + RandomStringUtils.randomAlphabetic(24));
                        }

                        static void quotes() throws InterruptedException {
                            Quotes.quote("ACME");
                            Quotes.quote("ACME");
                            Thread.sleep(3_000); // a quote older than two seconds is stale
                            Quotes.quote("ACME");
                            System.out.println("quote runs: " + Quotes.runs);
                        }
                    }
                    """,
            "app.Reports", """
                    package app;

                    public final class Reports {
                        public static int loads;

                        public static String load(String region, int year) {
                            loads++;
                            return region.toUpperCase() + " " + year;
                        }
                    }
                    """,
            "app.Pool", """
                    package app;

                    public final class Pool {
                        final String url;
                        boolean open = true;

                        Pool(String url) {
                            this.url = url;
                        }
                    }
                    """,
            "app.Pools", """
                    package app;

                    public final class Pools {
                        public static int opened;

                        public static Pool connect(String url) {
                            opened++;
                            return new Pool(url);
                        }

                        static boolean isOpen(Pool pool) {
                            return pool.open;
                        }

                        static void close(Pool pool) {
                            pool.open = false;
                        }
                    }
                    """,
            "app.Audit", """
                    package app;

                    public final class Audit {
                        public static int records;

                        public static String record(String event, Object context) {
                            records++;
                            return "recorded " + event;
                        }
                    }
                    """,
            "app.Prices", """
                    package app;

                    public final class Prices {
                        public static int runs;

                        public static int price(int quantity) {
                            runs++;
                            return quantity * 2;
                        }
                    }
                    """,
            "app.Quotes", """
                    package app;

                    public final class Quotes {
                        public static int runs;

                        public static String quote(String symbol) {
                            runs++;
                            return symbol + " at " + symbol.length() * 100;
                        }
                    }
                    """);

    private LegacyApp() {
    }

    /** Compiles the app against commons-lang3 alone and packs it into {@code app.jar} under {@code directory}. */
    static Path build(Path directory) {
        try {
            Path classes = Files.createDirectories(directory.resolve("app-classes"));
            Javac.compile(classes, SOURCES, List.of(TestEnvironment.commonsLang3Jar()));
            return Jars.pack(classes, directory.resolve("app.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a rules file. */
    static Path rulesFile(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java -cp app.jar:commons-lang3.jar app.Main <scenarios>}, without the agent yet. */
    static ForkedJvm run(Path appJar, String... scenarios) {
        return ForkedJvm.java().option("-XX:TieredStopAtLevel=1").option("-Xmx128m").classPath(appJar)
                .classPath(TestEnvironment.commonsLang3Jar()).main(MAIN, scenarios);
    }

    /** The value the app printed for {@code name}: the text after {@code "<name>: "} on the last such line. */
    static String value(ForkedJvm.Result result, String name) {
        return result.lastLineAfter(name + ": ");
    }
}
