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
 * An application that leans on Apache Commons Lang the way real code does, compiled against the library alone: it
 * hands Lang values Memoria cannot hash (reflection objects, threads), reaches a cached method from a class
 * initializer, calls Lang's in-place array methods, and feeds a cached method a stream of distinct keys. It prints
 * what it sees, one {@code name: value} line at a time, for the scenarios named on its command line.
 */
final class LibraryApp {

    static final String MAIN = "app.Main";

    /** Rules as a newcomer writes them: whole classes of Lang by wildcard, one method by name. */
    static final String RULES = """
            # Lang's array utilities, as a whole, and one method named exactly
            data    org.apache.commons.lang3.ArrayUtils.*
            data    org.apache.commons.lang3.ArrayUtils.add(Object[], Object)
            # the app's own method, for the memory budget
            data    app.Names.longName(int)
            """;

    private static final Map<String, String> SOURCES = Map.of(
            "app.Main", """
                    package app;

                    import java.lang.reflect.Field;
                    import java.lang.reflect.InvocationHandler;
                    import java.lang.reflect.Proxy;
                    import java.util.Arrays;
                    import org.apache.commons.lang3.ArrayUtils;
                    import org.apache.commons.lang3.Validate;

                    public final class Main {

                        static int count;

                        public static void main(String[] args) throws Exception {
                            for (String scenario : args) {
                                switch (scenario) {
                                    case "unhashable" -> unhashable();
                                    case "initializer" -> initializer();
                                    case "in-place" -> inPlace();
                                    case "budget" -> budget();
                                    default -> throw new IllegalArgumentException(scenario);
                                }
                            }
                        }

                        /** Lang's Validate adds the index to the message arguments with ArrayUtils.add. */
                        static void unhashable() throws Exception {
                            Field field = Main.class.getDeclaredField("count");
                            for (int i = 0; i < 3; i++) {
                                try {
                                    Validate.noNullElements(new Object[] {"a", null}, "%s: null at %d", field);
                                } catch (IllegalArgumentException expected) {
                                    System.out.println("validate: " + expected.getMessage());
                                }
                                System.out.println("contains field: "
                                        + ArrayUtils.contains(new Object[] {field}, field));
                            }
                            System.out.println("contains text: " + ArrayUtils.contains(new Object[] {"a"}, "a"));
                            // two proxy classes (as Lang's EventListenerSupport makes), both first of all Runnables
                            InvocationHandler nothing = (proxy, method, arguments) -> null;
                            Class<?>[][] proxied = {{Runnable.class}, {Runnable.class, Cloneable.class}};
                            for (Class<?>[] types : proxied) {
                                Object proxy = Proxy.newProxyInstance(Main.class.getClassLoader(), types, nothing);
                                System.out.println("length with proxy: " + ArrayUtils.getLength(new Object[] {proxy}));
                            }
                        }

                        static void initializer() {
                            System.out.println("registry: " + Registry.ENTRIES.length);
                            System.out.println("registry again: " + Registry.ENTRIES[1]);
                        }

                        static void inPlace() {
                            int[] values = {1, 2, 3};
                            ArrayUtils.reverse(values);
                            ArrayUtils.reverse(values);
                            System.out.println("reversed twice: " + Arrays.toString(values));
                            Integer[] first = new Integer[3];
                            Integer[] second = new Integer[3];
                            ArrayUtils.setAll(first, i -> i * 10);
                            ArrayUtils.setAll(second, i -> i * 10);
                            System.out.println("set all, second: " + Arrays.toString(second));
                        }

                        static void budget() throws Exception {
                            long length = 0;
                            for (int i = 0; i < 6_000; i++) {
                                length += Names.longName(i).length();
                            }
                            Object stats = Class.forName("dev.memoria.Memoria").getMethod("stats").invoke(null);
                            long evictions = (long) stats.getClass().getMethod("evictions").invoke(stats);
                            System.out.println("budget done: " + length);
                            System.out.println("evicted: " + (evictions > 0));
                        }
                    }
                    """,
            "app.Registry", """
                    package app;

                    import org.apache.commons.lang3.ArrayUtils;

                    /** Like Lang's own StringEscapeUtils: its initializer calls a cached method. */
                    final class Registry {
                        static final Object[] ENTRIES = ArrayUtils.add(new Object[] {Thread.currentThread()}, "main");
                    }
                    """,
            "app.Names", """
                    package app;

                    public final class Names {
                        /** A distinct name of 128 KiB per number: 750 MiB for the whole stream. */
                        public static String longName(int number) {
                            return (number + "-").repeat(1 << 17).substring(0, 1 << 17);
                        }
                    }
                    """);

    private LibraryApp() {
    }

    /** Compiles the app against commons-lang3 alone and packs it into {@code library-app.jar} under {@code directory}. */
    static Path build(Path directory) {
        try {
            Path classes = Files.createDirectories(directory.resolve("library-app-classes"));
            Javac.compile(classes, SOURCES, List.of(TestEnvironment.commonsLang3Jar()));
            return Jars.pack(classes, directory.resolve("library-app.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java -cp library-app.jar:commons-lang3.jar app.Main <scenarios>} under the agent and the rules. */
    static ForkedJvm run(Path appJar, Path rules, String... scenarios) {
        return ForkedJvm.java().option("-XX:TieredStopAtLevel=1").option("-Xmx256m").classPath(appJar)
                .classPath(TestEnvironment.commonsLang3Jar()).main(MAIN, scenarios).withAgent("config=" + rules);
    }
}
