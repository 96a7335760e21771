package dev.memoria.agent.transform;

import dev.memoria.CacheConfigurationException;
import dev.memoria.CacheData;
import dev.memoria.Unhashed;
import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.rules.Rules;
import dev.memoria.internal.site.SiteDescriptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link Instrumenter} with a rules file: methods a rule names are cached as if annotated, rules override
 * annotations attribute by attribute, and mistakes only visible once a class is read are reported like annotation
 * errors, naming the rule.
 */
class RulesInstrumenterTest {

    private static final String PLAIN = Plain.class.getName();
    private static final String ANNOTATED = Annotated.class.getName();

    /**
     * No Memoria annotation anywhere: rules alone cache its methods. Each test loads its own copy, but caches are
     * global, so tests that call the same method use different arguments.
     */
    public static final class Plain {
        public static int runs;

        public static int square(int x) {
            runs++;
            return x * x;
        }

        public static StringBuilder builder(String seed) {
            runs++;
            return new StringBuilder(seed);
        }

        public static String tagged(String tag, Object context) {
            runs++;
            return tag;
        }

        public int doubled(int x) {
            runs++;
            return 2 * x;
        }

        public static boolean isOpen(StringBuilder value) {
            return true;
        }
    }

    /** An annotated method, for rules that override its annotation. */
    public static final class Annotated {
        public static int runs;

        @CacheData(ttl = "1h", maxEntries = 5)
        public static int load(int x, @Unhashed Object context, Object log) {
            runs++;
            return x;
        }
    }

    /** An abstract method beside a concrete one. */
    public abstract static class Shape {
        public abstract int area();

        public int twiceTheArea() {
            return 2 * area();
        }
    }

    /** A constructor, a lambda and a bridge method ({@code compareTo(Object)}) beside ordinary methods. */
    public static final class Ordered implements Comparable<Ordered> {
        private final int rank;

        public Ordered(int rank) {
            this.rank = rank;
        }

        @Override
        public int compareTo(Ordered other) {
            return Integer.compare(rank, other.rank);
        }

        public static IntUnaryOperator scale(int factor) {
            return x -> x * factor;
        }
    }

    private static Rules rules(String... lines) {
        return Rules.parse("memoria.rules", String.join("\n", lines));
    }

    private static Instrumenter.Result instrument(Class<?> fixture, Rules rules) {
        return new Instrumenter(rules).instrument(InstrumentingLoader.originalBytes(fixture.getName()),
                ClassSource.forClassLoader(fixture.getClassLoader(), fixture.getName().replace('.', '/')), null);
    }

    private static SiteDescriptor site(Class<?> fixture, String method, String... rules) {
        Instrumenter.Result result = instrument(fixture, rules(rules));
        assertThat(result.problems()).isEmpty();
        return result.sites().stream().filter(site -> site.method().equals(method)).findFirst().orElseThrow();
    }

    private static List<String> problems(Class<?> fixture, String... rules) {
        return instrument(fixture, rules(rules)).problems().stream().map(CacheConfigurationException::getMessage)
                .toList();
    }

    private static String problem(Class<?> fixture, String... rules) {
        List<String> problems = problems(fixture, rules);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    /** A fresh copy of the fixture, rewritten under the rules. */
    private static Class<?> load(Class<?> fixture, String... rules) throws ClassNotFoundException {
        return new InstrumentingLoader(fixture, rules(rules)).loadClass(fixture.getName());
    }

    private static Object call(Class<?> type, Object receiver, String name, Class<?>[] types, Object... args)
            throws ReflectiveOperationException {
        return type.getMethod(name, types).invoke(receiver, args);
    }

    private static int runs(Class<?> fixture) throws ReflectiveOperationException {
        return fixture.getField("runs").getInt(null);
    }

    @Nested
    @DisplayName("Caching by rule")
    class CachingByRule {

        @Test
        @DisplayName("a data rule caches a method without annotations: repeat calls skip the body, new arguments"
                     + " run it")
        void dataRule() throws Exception {
            Class<?> plain = load(Plain.class, "data " + PLAIN + ".square(int)");
            Class<?>[] intParameter = {int.class};

            assertThat(call(plain, null, "square", intParameter, 7)).isEqualTo(49);
            assertThat(call(plain, null, "square", intParameter, 7)).isEqualTo(49);
            assertThat(runs(plain)).isEqualTo(1);
            call(plain, null, "square", intParameter, 8);
            assertThat(runs(plain)).isEqualTo(2);
        }

        @Test
        @DisplayName("a resource rule hands out the same instance for the same arguments")
        void resourceRule() throws Exception {
            Class<?> plain = load(Plain.class, "resource " + PLAIN + ".builder validate=isOpen");
            Class<?>[] stringParameter = {String.class};

            Object first = call(plain, null, "builder", stringParameter, "a");

            assertThat(call(plain, null, "builder", stringParameter, "a")).isSameAs(first);
            assertThat(call(plain, null, "builder", stringParameter, "b")).isNotSameAs(first);
            assertThat(runs(plain)).isEqualTo(2);
        }

        @Test
        @DisplayName("methods no rule names run uncached, and a class no rule names is not rewritten")
        void unmatchedMethodsAndClasses() throws Exception {
            Class<?> plain = load(Plain.class, "data " + PLAIN + ".square");
            call(plain, null, "tagged", new Class<?>[] {String.class, Object.class}, "a", "b");
            call(plain, null, "tagged", new Class<?>[] {String.class, Object.class}, "a", "b");

            assertThat(runs(plain)).isEqualTo(2);
            assertThat(instrument(Plain.class, rules("data com.acme.Reports.load")).rewritten()).isFalse();
        }

        @Test
        @DisplayName("unhashed leaves arguments out of the key by name, by index, or the receiver with this")
        void unhashedArguments() throws Exception {
            Class<?>[] taggedParameters = {String.class, Object.class};
            for (String unhashed : List.of("context", "1")) {
                Class<?> plain = load(Plain.class, "data " + PLAIN + ".tagged unhashed=" + unhashed);
                call(plain, null, "tagged", taggedParameters, "by " + unhashed, new Object());
                call(plain, null, "tagged", taggedParameters, "by " + unhashed, new Object());
                assertThat(runs(plain)).as("unhashed=%s", unhashed).isEqualTo(1);
            }
            Class<?> plain = load(Plain.class, "data " + PLAIN + ".doubled unhashed=this");
            call(plain, plain.getConstructor().newInstance(), "doubled", new Class<?>[] {int.class}, 3);
            call(plain, plain.getConstructor().newInstance(), "doubled", new Class<?>[] {int.class}, 3);
            assertThat(runs(plain)).isEqualTo(1);
        }

        @Test
        @DisplayName("the rule's attributes are the method's configuration")
        void attributesReachTheSite() {
            SiteDescriptor square = site(Plain.class, "square", "data " + PLAIN + ".square ttl=10m maxEntries=3");

            assertTtlAndMaxEntries(square, Duration.ofMinutes(10), 3);
        }

        @Test
        @DisplayName("refresh, maxStale and showTime reach the site")
        void refreshAndShowTimeReachTheSite() {
            SiteDescriptor builder = site(Plain.class, "builder", "resource " + PLAIN + ".builder ttl=1m"
                    + " refresh=background maxStale=5m showTime=true");

            assertThat(builder.spec().refresh()).isEqualTo(dev.memoria.Refresh.BACKGROUND);
            assertThat(builder.spec().maxStale()).isEqualTo(Duration.ofMinutes(5));
            assertThat(builder.spec().showTime()).isTrue();
        }

        @Test
        @DisplayName("inputs (a comma inside braces stays in its glob) and hiddenInputs reach the site")
        void inputsReachTheSite() {
            SiteDescriptor square = site(Plain.class, "square", "data " + PLAIN + ".square"
                    + " inputs=\"env:REGION, file:data/{2024,2025}/*.csv\" hiddenInputs=ignore");

            assertThat(square.spec().inputs()).containsExactly("env:REGION", "file:data/{2024,2025}/*.csv");
            assertThat(square.spec().hiddenInputs()).isEqualTo(dev.memoria.HiddenInputs.IGNORE);
        }

        @Test
        @DisplayName("mayInstrument: true for a class a rule names or one with annotations, false otherwise")
        void mayInstrument() {
            Instrumenter instrumenter = new Instrumenter(rules("data " + PLAIN + ".square"));

            assertThat(instrumenter.mayInstrument(internalName(Plain.class), original(Plain.class))).isTrue();
            assertThat(instrumenter.mayInstrument(internalName(Annotated.class), original(Annotated.class)))
                    .isTrue();
            assertThat(instrumenter.mayInstrument(internalName(Shape.class), original(Shape.class))).isFalse();
            assertThat(new Instrumenter().mayInstrument(internalName(Plain.class), original(Plain.class)))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("Rules and annotations together")
    class Precedence {

        @Test
        @DisplayName("a rule overrides the attributes it sets and keeps the annotation's others")
        void ruleOverridesTheAnnotation() {
            SiteDescriptor load = site(Annotated.class, "load", "data " + ANNOTATED + ".load ttl=10m");

            assertTtlAndMaxEntries(load, Duration.ofMinutes(10), 5);
        }

        @Test
        @DisplayName("a later rule overrides an earlier one the same way")
        void laterRulesWin() {
            SiteDescriptor load = site(Annotated.class, "load", "data " + ANNOTATED + ".* ttl=10m maxEntries=7",
                    "data " + ANNOTATED + ".load ttl=20m");

            assertTtlAndMaxEntries(load, Duration.ofMinutes(20), 7);
        }

        @Test
        @DisplayName("unhashed adds to @Unhashed")
        void unhashedAddsToTheAnnotation() {
            SiteDescriptor load = site(Annotated.class, "load", "data " + ANNOTATED + ".load unhashed=log");

            assertThat(load.hashedParameters()).containsExactly(true, false, false);
        }

        @Test
        @DisplayName("a rule of another kind than the annotation is a configuration error; the method runs"
                     + " uncached")
        void kindChangeIsAnError() throws Exception {
            assertThat(problem(Annotated.class, "resource " + ANNOTATED + ".load")).isEqualTo("Invalid cache"
                    + " configuration on " + ANNOTATED + ".load(int, Object, Object) (rule memoria.rules:1): it is"
                    + " annotated @CacheData, but the rule at memoria.rules:1 caches it as resource. A rule can"
                    + " change a method's attributes, not its kind: make the rule a data rule, or change the"
                    + " annotation.");
            Class<?> annotated = load(Annotated.class, "resource " + ANNOTATED + ".load");
            Class<?>[] types = {int.class, Object.class, Object.class};
            call(annotated, null, "load", types, 1, null, null);
            call(annotated, null, "load", types, 1, null, null);
            assertThat(runs(annotated)).isEqualTo(2);
        }

        @Test
        @DisplayName("two rules of different kinds for one method are a configuration error")
        void rulesOfDifferentKinds() {
            assertThat(problem(Plain.class, "data " + PLAIN + ".square", "resource " + PLAIN + ".s*"))
                    .isEqualTo("Invalid cache configuration on " + PLAIN + ".square(int) (rules memoria.rules:1,"
                               + " memoria.rules:2): the rule at memoria.rules:1 caches it as data, but the rule at"
                               + " memoria.rules:2 caches it as resource. A rule can change a method's attributes,"
                               + " not its kind: narrow one of the two patterns, or give both rules the same kind.");
        }
    }

    @Nested
    @DisplayName("Errors found when a class is read")
    class ClassErrors {

        @Test
        @DisplayName("unhashed naming no parameter lists the parameters")
        void unhashedNameUnknown() {
            assertThat(problem(Plain.class, "data " + PLAIN + ".tagged unhashed=ctx")).isEqualTo("Invalid cache"
                    + " configuration on " + PLAIN + ".tagged(String, Object) (rule memoria.rules:1): unhashed"
                    + " names the parameter 'ctx', but the method's parameters are (tag, context). Name one of"
                    + " them, or give its index from 0 (a class file has parameter names only when compiled with"
                    + " -parameters or -g).");
        }

        @Test
        @DisplayName("unhashed with an index out of range gives the range")
        void unhashedIndexOutOfRange() {
            assertThat(problem(Plain.class, "data " + PLAIN + ".tagged unhashed=2")).endsWith(": unhashed names"
                    + " the parameter at index 2, but the method has 2 (index 0 to 1). Give an index in that"
                    + " range.");
            assertThat(problems(Plain.class, "data " + PLAIN + ".tagged unhashed=1")).isEmpty();
        }

        @Test
        @DisplayName("unhashed=this on a static method")
        void unhashedReceiverOfStaticMethod() {
            assertThat(problem(Plain.class, "data " + PLAIN + ".square unhashed=this")).endsWith(": unhashed names"
                    + " this, but the method is static, so there is no receiver to leave out. Remove this from"
                    + " unhashed.");
        }

        @Test
        @DisplayName("a validate naming no method is reported as for the annotation, naming the rule")
        void validateNamingNoMethod() {
            assertThat(problem(Plain.class, "resource " + PLAIN + ".builder validate=isClosed")).isEqualTo("Invalid"
                    + " cache configuration on " + PLAIN + ".builder(String) (rule memoria.rules:1): validate ="
                    + " \"isClosed\" names no method boolean isClosed(java.lang.StringBuilder value) in this class."
                    + " Declare one, or fix the name.");
        }
    }

    @Nested
    @DisplayName("Methods rules never cache")
    class NeverCached {

        @Test
        @DisplayName("abstract methods are skipped silently, the concrete ones beside them cached")
        void abstractMethods() {
            Instrumenter.Result result = instrument(Shape.class, rules("data " + Shape.class.getName() + ".*"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.sites()).extracting(SiteDescriptor::method).containsExactly("twiceTheArea");
        }

        @Test
        @DisplayName("constructors, lambda bodies and bridge methods never match")
        void constructorsLambdasAndBridges() {
            Instrumenter.Result result = instrument(Ordered.class, rules("data " + Ordered.class.getName() + ".*"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.sites()).extracting(site -> site.method() + site.descriptor())
                    .containsExactlyInAnyOrder("compareTo(L" + internalName(Ordered.class) + ";)I",
                            "scale(I)Ljava/util/function/IntUnaryOperator;");
        }
    }

    private static void assertTtlAndMaxEntries(SiteDescriptor site, Duration ttl, long maxEntries) {
        assertThat(site.spec().ttl()).contains(ttl);
        assertThat(site.spec().maxEntries()).hasValue(maxEntries);
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static byte[] original(Class<?> type) {
        return InstrumentingLoader.originalBytes(type.getName());
    }
}
