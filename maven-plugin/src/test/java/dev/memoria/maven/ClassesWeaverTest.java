package dev.memoria.maven;

import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.transform.Instrumenter;
import dev.memoria.internal.site.Manifest;
import dev.memoria.internal.site.SiteDescriptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ClassesWeaver}: what memoria:instrument does to a classes directory, without Maven around it. */
class ClassesWeaverTest {

    private static final String COUNTER = """
            package app;
            public class Counter {
                public static int runs;
            }
            """;

    private static final String REPORTS = """
            package app;
            import dev.memoria.CacheData;
            public class Reports {
                @CacheData
                public static String report(String region) {
                    Counter.runs++;
                    return region + ":" + Pricing.rate();
                }
            }
            """;

    private static String pricing(int rate) {
        return "package app;\npublic class Pricing {\n    public static int rate() {\n        return " + rate
               + ";\n    }\n}\n";
    }

    @TempDir
    Path root;

    private ClassesWeaver.Outcome weave(SourceTree module, List<Path> dependencies) throws IOException {
        return new ClassesWeaver(new Instrumenter()).weave(module.classes(), originals(module), dependencies,
                List.of());
    }

    private OriginalClasses originals(SourceTree module) {
        return new OriginalClasses(module.classes(), module.classes().resolveSibling("original-classes"));
    }

    private SourceTree app(int rate) {
        return new SourceTree(root.resolve("app")).write("app.Counter", COUNTER).write("app.Reports", REPORTS)
                .write("app.Pricing", pricing(rate)).compile();
    }

    @Nested
    @DisplayName("woven classes")
    class Woven {

        @Test
        @DisplayName("cache with only the runtime on the class path: the second call skips the body")
        void cacheWithoutAgent() throws Exception {
            SourceTree app = app(7);
            ClassesWeaver.Outcome outcome = weave(app, List.of());

            assertThat(outcome.methods()).isEqualTo(1);
            assertThat(outcome.problems()).isEmpty();
            try (URLClassLoader loader = loader(app.classes())) {
                assertThat(call(loader, "north")).isEqualTo("north:7");
                assertThat(call(loader, "north")).isEqualTo("north:7");
                assertThat(call(loader, "south")).isEqualTo("south:7");
                assertThat(loader.loadClass("app.Counter").getField("runs").getInt(null)).isEqualTo(2);
            }
        }

        @Test
        @DisplayName("list their sites in a resource, for the facade to find before a first call")
        void declareSites() throws Exception {
            SourceTree app = app(7);
            weave(app, List.of());

            assertThat(app.classes().resolve("META-INF/memoria/sites/app.Reports.sites"))
                    .content(StandardCharsets.UTF_8).contains("method=report", "owner=app.Reports");
        }
    }

    @Nested
    @DisplayName("running again")
    class Again {

        @Test
        @DisplayName("gives the same bytes: a woven class is recognised and woven from its original")
        void idempotent() throws Exception {
            SourceTree app = app(7);
            weave(app, List.of());
            byte[] first = Files.readAllBytes(app.classes().resolve("app/Reports.class"));

            ClassesWeaver.Outcome second = weave(app, List.of());

            assertThat(second.methods()).isEqualTo(1);
            assertThat(app.classes().resolve("app/Reports.class")).hasBinaryContent(first);
            assertThat(Instrumenter.isWoven(first)).isTrue();
            assertThat(Instrumenter.isWoven(Files.readAllBytes(
                    app.classes().resolveSibling("original-classes/app/Reports.class")))).isFalse();
        }

        @Test
        @DisplayName("the agent's transformer leaves a class woven at build time unchanged")
        void agentSkipsWovenClass() throws Exception {
            SourceTree app = app(7);
            weave(app, List.of());
            byte[] woven = Files.readAllBytes(app.classes().resolve("app/Reports.class"));

            Instrumenter.Result result = new Instrumenter().instrument(woven,
                    ClassSource.forClassPath(List.of(app.classes())), null);

            assertThat(result.rewritten()).isFalse();
            assertThat(result.problems()).isEmpty();
        }

        @Test
        @DisplayName("embeds the manifest: two builds name the callee that changed, with its call path")
        void manifestNamesTheChangedCallee() throws Exception {
            SourceTree app = app(7);
            weave(app, List.of());
            SiteDescriptor before = SiteDescriptor.decode(sites(app));

            app.write("app.Pricing", pricing(8)).compile();
            weave(app, List.of());
            SiteDescriptor after = SiteDescriptor.decode(sites(app));

            assertThat(after.manifest().changesSince(before.manifest())).map(Manifest.Change::toString)
                    .containsExactly("Reports.report(String) → Pricing.rate(): body changed");
        }

        @Test
        @DisplayName("re-weaves an unchanged class whose callee was recompiled: its fingerprint follows the callee")
        void calleeChanged() throws Exception {
            SourceTree app = app(7);
            weave(app, List.of());
            String before = sites(app);

            app.write("app.Pricing", pricing(8)).compile();
            weave(app, List.of());

            assertThat(sites(app)).isNotEqualTo(before);
            try (URLClassLoader loader = loader(app.classes())) {
                assertThat(call(loader, "north")).isEqualTo("north:8");
            }
        }

        @Test
        @DisplayName("follows project code in another module's classes")
        void dependencyModuleChanged() throws Exception {
            SourceTree library = new SourceTree(root.resolve("lib")).write("app.Pricing", pricing(7)).compile();
            SourceTree app = new SourceTree(root.resolve("app")).write("app.Counter", COUNTER)
                    .write("app.Reports", REPORTS).compile(library.classes());
            weave(app, List.of(library.classes()));
            String before = sites(app);

            library.write("app.Pricing", pricing(9)).compile();
            weave(app, List.of(library.classes()));

            assertThat(sites(app)).isNotEqualTo(before);
        }

        @Test
        @DisplayName("restores a class that is no longer cached, and drops its sites")
        void annotationRemoved() throws Exception {
            SourceTree app = app(7);
            weave(app, List.of());

            app.write("app.Reports", REPORTS.replace("@CacheData", "")).compile();
            ClassesWeaver.Outcome outcome = weave(app, List.of());

            assertThat(outcome.methods()).isZero();
            assertThat(Instrumenter.isWoven(Files.readAllBytes(app.classes().resolve("app/Reports.class"))))
                    .isFalse();
            assertThat(app.classes().resolve("META-INF/memoria/sites/app.Reports.sites")).doesNotExist();
        }

        @Test
        @DisplayName("refuses a woven class whose original is gone, and says to clean")
        void originalMissing() throws Exception {
            SourceTree app = app(7);
            weave(app, List.of());
            Files.delete(app.classes().resolveSibling("original-classes/app/Reports.class"));

            assertThatThrownBy(() -> weave(app, List.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Reports.class was woven by an earlier build")
                    .hasMessageContaining("Run `mvn clean`");
        }
    }

    @Test
    @DisplayName("a configuration error is returned with the class, method, attribute and fix; the class is untouched")
    void configurationError() throws Exception {
        SourceTree app = new SourceTree(root.resolve("app")).write("app.Counter", COUNTER)
                .write("app.Pricing", pricing(7))
                .write("app.Reports", REPORTS.replace("@CacheData", "@CacheData(ttl = \"forever\")")).compile();
        byte[] compiled = Files.readAllBytes(app.classes().resolve("app/Reports.class"));

        ClassesWeaver.Outcome outcome = weave(app, List.of());

        assertThat(outcome.problems()).singleElement().extracting(Throwable::getMessage).asString()
                .contains("app.Reports.report(String)", "ttl \"forever\"", "Use a sum of terms");
        assertThat(app.classes().resolve("app/Reports.class")).hasBinaryContent(compiled);
    }

    @Test
    @DisplayName("a class file Memoria cannot read fails the build, naming the file and how to build meanwhile")
    void unreadableClassFile() throws Exception {
        SourceTree app = app(7);
        Path reports = app.classes().resolve("app/Reports.class");
        byte[] compiled = Files.readAllBytes(reports);
        // the constant pool, which names @CacheData, stays whole; the methods after it are cut off
        Files.write(reports, Arrays.copyOf(compiled, compiled.length - 64));

        assertThatThrownBy(() -> weave(app, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Memoria could not weave app/Reports.class: ")
                .hasMessageContaining("please report it with that class file")
                .hasMessageContaining("-Dmemoria.skip=true");
    }

    private static String sites(SourceTree module) throws IOException {
        return Files.readString(module.classes().resolve("META-INF/memoria/sites/app.Reports.sites"));
    }

    /** A loader of the woven classes alone; the runtime comes from the test's class path, as a dependency would. */
    private static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassesWeaverTest.class.getClassLoader());
    }

    private static Object call(ClassLoader loader, String region) throws ReflectiveOperationException {
        return loader.loadClass("app.Reports").getMethod("report", String.class).invoke(null, region);
    }
}
