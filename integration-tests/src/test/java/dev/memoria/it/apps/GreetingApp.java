package dev.memoria.it.apps;

import dev.memoria.CacheData;
import dev.memoria.Memoria;

/**
 * A small application run in its own JVM by the launch tests. Each cached body prints a line when it runs, so its
 * stdout shows what was cached. With {@code --install} it calls {@link Memoria#install()} first; this class is then
 * already loaded and must be rewritten in place, while {@link Pools} is loaded afterwards; when install() fails, the
 * app prints its message and runs on uncached.
 */
public final class GreetingApp {

    private GreetingApp() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--install")) {
            try {
                Memoria.install(); // the pattern Memoria.install()'s Javadoc recommends
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
            }
        }
        System.out.println("java " + Runtime.version().feature());
        System.out.println(greeting("world"));
        System.out.println(greeting("world"));
        System.out.println("same pool: " + (Pools.pool("db") == Pools.pool("db")));
    }

    @CacheData
    static String greeting(String name) {
        System.out.println("computing the greeting for " + name);
        return "Hello, " + name + "!";
    }
}
