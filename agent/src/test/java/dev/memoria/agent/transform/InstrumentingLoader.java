package dev.memoria.agent.transform;

import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.rules.Rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads fresh copies of fixture classes through the {@link Instrumenter}, the way the agent would rewrite them at
 * load time, but in-process and without an agent (JaCoCo's {@code InstrumentingLoader} does the same). Everything
 * else, the runtime included, comes from the parent.
 */
final class InstrumentingLoader extends ClassLoader {

    private final String prefix;
    private final Instrumenter instrumenter;
    private final List<Instrumenter.Result> results = new ArrayList<>();

    /** @param fixture a fixture class; it and its nested classes are loaded through the instrumenter */
    InstrumentingLoader(Class<?> fixture) {
        this(fixture, Rules.none());
    }

    /** Loads the fixture through an instrumenter that applies {@code rules} too. */
    InstrumentingLoader(Class<?> fixture, Rules rules) {
        super(fixture.getClassLoader());
        this.prefix = fixture.getName();
        this.instrumenter = new Instrumenter(rules);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(prefix) && !name.startsWith(prefix + "$")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] original = originalBytes(name);
                Instrumenter.Result result = instrumenter.instrument(original,
                        ClassSource.forClassLoader(getParent(), name.replace('.', '/')), null);
                results.add(result);
                byte[] bytes = result.rewritten() ? result.classFile() : original;
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            return loaded;
        }
    }

    /** The instrumenter's result for every class this loader defined, in load order. */
    List<Instrumenter.Result> results() {
        return results;
    }

    static byte[] originalBytes(String name) {
        try (InputStream in = InstrumentingLoader.class.getClassLoader()
                .getResourceAsStream(name.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
