package dev.memoria.bench.startup;

import dev.memoria.Memoria;
import dev.memoria.bench.fork.ResultLines;

/**
 * The big app: loads and initializes every generated class through {@code gen.All.touch}, then, with {@code cached},
 * calls {@code gen.Cached.cached}, a {@code @CacheData} method that reaches only a few of them. A second argument
 * {@code verify} reports Memoria's misses, as {@link HelloApp} does.
 */
public final class ManyClassesApp {

    private ManyClassesApp() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        int sum = (int) Class.forName("gen.All").getMethod("touch", int.class).invoke(null, 1);
        if (args[0].equals("cached")) {
            sum += (int) Class.forName("gen.Cached").getMethod("cached", int.class).invoke(null, 1);
        }
        System.out.println("sum " + sum);
        if (args.length > 1 && args[1].equals("verify")) {
            ResultLines.report("misses", Memoria.stats().misses());
        }
    }
}
