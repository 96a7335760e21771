package dev.memoria.agent.transform;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Unhashed;
import dev.memoria.internal.site.SiteDescriptor;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumenterTest {

    /** Counts body runs; each test loads its own copy, so counts never leak between tests. */
    public static final class Fixture {
        public static int runs;

        @CacheData
        public static int square(int x) {
            runs++;
            return x * x;
        }

        @CacheData
        public static void touch(String name, @Unhashed Object context, String _ignored) {
            runs++;
        }

        @CacheResource
        public StringBuilder builder(@Unhashed Fixture this, String seed) {
            runs++;
            return new StringBuilder(seed);
        }

        @CacheData(ttl = "1 flecond")
        public static int misconfigured(int x) {
            runs++;
            return x;
        }

        public static int plain(int x) {
            runs++;
            return x;
        }
    }

    public static final class NothingCached {
        public static int twice(int x) {
            return 2 * x;
        }
    }

    private static Class<?> load(Class<?> fixture, InstrumentingLoader loader) throws ClassNotFoundException {
        return loader.loadClass(fixture.getName());
    }

    private static int runs(Class<?> fixture) throws ReflectiveOperationException {
        return fixture.getField("runs").getInt(null);
    }

    private static Object call(Class<?> type, Object receiver, String name, Class<?>[] types, Object... args)
            throws ReflectiveOperationException {
        Method method = type.getMethod(name, types);
        return method.invoke(receiver, args);
    }

    /* --------------- rewriting --------------- */

    @Test
    void repeatCallsSkipTheBody() throws Exception {
        Class<?> fixture = load(Fixture.class, new InstrumentingLoader(Fixture.class));
        Class<?>[] intParam = {int.class};
        assertThat(call(fixture, null, "square", intParam, 7)).isEqualTo(49);
        assertThat(call(fixture, null, "square", intParam, 7)).isEqualTo(49);
        assertThat(runs(fixture)).isEqualTo(1);
        call(fixture, null, "square", intParam, 8);
        assertThat(runs(fixture)).isEqualTo(2);
    }

    @Test
    void voidMethodsAndUnhashedParameters() throws Exception {
        Class<?> fixture = load(Fixture.class, new InstrumentingLoader(Fixture.class));
        Class<?>[] types = {String.class, Object.class, String.class};
        call(fixture, null, "touch", types, "a", new Object(), "x");
        call(fixture, null, "touch", types, "a", new Object(), "y");
        assertThat(runs(fixture)).isEqualTo(1);
        call(fixture, null, "touch", types, "b", null, "x");
        assertThat(runs(fixture)).isEqualTo(2);
    }

    @Test
    void unhashedReceiverSharesOneResourceAcrossInstances() throws Exception {
        Class<?> fixture = load(Fixture.class, new InstrumentingLoader(Fixture.class));
        Object first = fixture.getConstructor().newInstance();
        Object second = fixture.getConstructor().newInstance();
        Class<?>[] types = {String.class};
        Object shared = call(fixture, first, "builder", types, "seed");
        assertThat(call(fixture, second, "builder", types, "seed")).isSameAs(shared);
        assertThat(runs(fixture)).isEqualTo(1);
    }

    @Test
    void uncachedMethodsAreLeftAlone() throws Exception {
        Class<?> fixture = load(Fixture.class, new InstrumentingLoader(Fixture.class));
        call(fixture, null, "plain", new Class<?>[] {int.class}, 1);
        call(fixture, null, "plain", new Class<?>[] {int.class}, 1);
        assertThat(runs(fixture)).isEqualTo(2);
    }

    @Test
    void rewrittenClassesPassVerification() {
        Instrumenter.Result result = instrument(Fixture.class);
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(result.classFile()), Fixture.class.getClassLoader(), false,
                new PrintWriter(problems));
        assertThat(problems.toString()).isEmpty();
    }

    @Test
    void rewritingAddsNoMembers() {
        ClassNode before = node(InstrumentingLoader.originalBytes(Fixture.class.getName()));
        ClassNode after = node(instrument(Fixture.class).classFile());
        assertThat(after.fields).extracting(f -> f.name + f.desc)
                .containsExactlyElementsOf(before.fields.stream().map(f -> f.name + f.desc).toList());
        assertThat(after.methods).extracting(m -> m.name + m.desc)
                .containsExactlyElementsOf(before.methods.stream().map(m -> m.name + m.desc).toList());
    }

    @Test
    void classesWithoutCachedMethodsAreNotRewritten() {
        assertThat(instrument(NothingCached.class).rewritten()).isFalse();
        assertThat(new Instrumenter().mayInstrument(NothingCached.class.getName().replace('.', '/'),
                InstrumentingLoader.originalBytes(NothingCached.class.getName()))).isFalse();
    }

    /* --------------- site descriptors --------------- */

    @Test
    void descriptorsCarryNamesAndKeyRules() {
        SiteDescriptor touch = site(instrument(Fixture.class).sites(), "touch");
        assertThat(touch.parameterNames()).containsExactly("name", "context", "_ignored");
        assertThat(touch.hashedParameters()).containsExactly(true, false, false);
        assertThat(touch.isStatic()).isTrue();
        SiteDescriptor builder = site(instrument(Fixture.class).sites(), "builder");
        assertThat(builder.hashesReceiver()).isFalse();
        assertThat(builder.fingerprint()).matches("[0-9a-f]{32}");
    }

    /* --------------- configuration errors --------------- */

    @Test
    void invalidConfigurationIsReturnedAndTheMethodRunsUncached() throws Exception {
        InstrumentingLoader loader = new InstrumentingLoader(Fixture.class);
        Class<?> fixture = load(Fixture.class, loader);
        assertThat(loader.results().get(0).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.getMessage())
                        .startsWith("Invalid cache configuration on " + Fixture.class.getName() + ".misconfigured(int)")
                        .contains("\"1 flecond\""));
        call(fixture, null, "misconfigured", new Class<?>[] {int.class}, 1);
        call(fixture, null, "misconfigured", new Class<?>[] {int.class}, 1);
        assertThat(runs(fixture)).isEqualTo(2);
    }

    private static Instrumenter.Result instrument(Class<?> fixture) {
        return new Instrumenter().instrument(InstrumentingLoader.originalBytes(fixture.getName()),
                dev.memoria.agent.fingerprint.ClassSource.forClassLoader(fixture.getClassLoader(),
                        fixture.getName().replace('.', '/')), null);
    }

    private static SiteDescriptor site(List<SiteDescriptor> sites, String method) {
        return sites.stream().filter(site -> site.method().equals(method)).findFirst().orElseThrow();
    }

    private static ClassNode node(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        return node;
    }
}
