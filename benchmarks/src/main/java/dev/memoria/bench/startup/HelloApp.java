package dev.memoria.bench.startup;

import dev.memoria.Memoria;
import dev.memoria.bench.fork.ResultLines;

/**
 * The smallest app: {@code cached} prints a greeting through a {@code @CacheData} method (so the agent rewrites and
 * fingerprints one class), {@code plain} prints without touching it. A second argument {@code verify} reports
 * Memoria's misses, in a run that is not timed: proof that the cached call really went through the agent.
 */
public final class HelloApp {

    private HelloApp() {
    }

    public static void main(String[] args) {
        System.out.println(args[0].equals("cached") ? HelloGreeting.greeting("world") : "Hello, world");
        if (args.length > 1 && args[1].equals("verify")) {
            ResultLines.report("misses", Memoria.stats().misses());
        }
    }
}
