package dev.memoria.internal.call;

import dev.memoria.UnhashableParameterException;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.invoke.MethodHandles;
import java.util.List;

import static dev.memoria.internal.policy.Attributes.SHOW_SPINNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedSiteTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    private static final CacheSpec DATA = CacheSpec.builder(CacheSpec.Kind.DATA, "x").set(SHOW_SPINNER, false).build();

    /** Bound before {@link Initializer} runs, whose static initializer calls it. */
    private static Site annotatedForInitializer;

    /** The cached method the sites describe; its body is not run here. */
    static String contains(Object[] array, Object value) {
        return "";
    }

    private static SiteDescriptor contains(String fingerprint) {
        return new SiteDescriptor(GuardedSiteTest.class.getName(), "contains",
                "([Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/String;", true, fingerprint,
                List.of("array", "value"), new boolean[2], false, DATA);
    }

    /** The engine the sites bind to, whose warnings this test reads. */
    private final TestEngine engine = new TestEngine();

    private Site bind(SiteDescriptor descriptor) throws ReflectiveOperationException {
        return engine.engine().bind(MethodHandles.lookup(), descriptor);
    }

    private static final class Local {
    }

    @Test
    void anUnhashableArgumentOfARuleCachedMethodRunsTheCallUncachedWithOneWarningPerType() throws Exception {
        Site site = bind(contains("rule-only").withRules(List.of("memoria.rules:3"), false));

        assertThat(site.enter(null, new Object[] {new Object[] {new Object()}, "a"})).isNull();
        assertThat(site.enter(null, new Object[] {new Object[] {new Object()}, "b"})).isNull();
        assertThat(site.enter(null, new Object[] {new String[] {"x"}, "a"})).isNotNull();

        List<String> warnings = engine.reporter().reported().stream()
                .filter(message -> message.contains("contains(Object[], Object) (rule memoria.rules:3)")).toList();
        assertThat(warnings).singleElement().asString()
                .contains("ran a call uncached: its parameter 0 'array' held a java.lang.Object (at [0] inside the"
                          + " argument)")
                .contains("change the rule at memoria.rules:3")
                .contains("unhashed=array")
                .contains("hashers=")
                .contains("dev.memoria.Hasher<java.lang.Object>")
                .doesNotContain("@Unhashed")
                .doesNotContain("annotation");
        assertThat(stderr.take()).as("printed once, on one line").singleElement().asString()
                .isEqualTo("[memoria] " + warnings.get(0));
    }

    @Test
    void anAnnotatedMethodKeepsTheErrorWithTheParametersDeclaredTypeAndAValidHasherName() throws Exception {
        Site site = bind(contains("annotated"));

        assertThatThrownBy(() -> site.enter(null, new Object[] {new Object[] {new Local()}, "a"}))
                .isInstanceOf(UnhashableParameterException.class)
                .hasMessageContaining("@Unhashed Object[] array")
                .hasMessageContaining("hashers = LocalHasher.class")
                .hasMessageContaining("implements Hasher<" + Local.class.getName().replace('$', '.') + ">");
        class Unnameable {
        }
        assertThatThrownBy(() -> site.enter(null, new Object[] {new Object[] {new Unnameable()}, "a"}))
                .hasMessageContaining("hashers = UnnameableHasher.class")
                .hasMessageContaining("implements Hasher<T>")
                .hasMessageContaining("where T is a named supertype of " + Unnameable.class.getName());
    }

    @Test
    void aClassInitializerThatReachesAnAnnotatedMethodWithAnUnhashableArgumentStillInitializes() throws Exception {
        annotatedForInitializer = bind(contains("initializer"));

        assertThat(Initializer.CALL).isNull();
        assertThat(engine.reporter().reported()).anySatisfy(message -> assertThat(message)
                .startsWith("Cannot build the cache key of " + GuardedSiteTest.class.getName() + ".contains(")
                .contains("came from a class initializer")
                .contains("ran uncached instead"));
        assertThat(stderr.take()).as("every line of the report, prefixed").isNotEmpty()
                .allMatch(line -> line.startsWith("[memoria]"))
                .first().asString()
                .startsWith("[memoria] Cannot build the cache key of " + GuardedSiteTest.class.getName());
    }

    private static final class Initializer {
        static final Object CALL = annotatedForInitializer.enter(null, new Object[] {new Object[] {new Object()}, ""});
    }
}
