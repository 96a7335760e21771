package dev.memoria.it.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

/**
 * An application whose main class holds nothing to cache, for the tests of what the agent loads as the JVM starts
 * ({@code PremainClassesIT}). Its argument says what it does besides printing {@code ran}: {@code plain} nothing
 * more; {@code cached} calls a {@code @CacheData} method twice; {@code disk} calls a {@code persist = DISK} one;
 * {@code ui} loads memoria-ui's target class, {@code dev.memoria.ui.Container}. Each cached method sits in a class of
 * its own, which only its branch loads.
 */
public final class StartupApp {

    private StartupApp() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        switch (args[0]) {
            case "plain" -> {
                // nothing: the JVM loads no class with a cached method
            }
            case "cached" -> {
                InMemory.square(7);
                System.out.println(InMemory.square(7));
            }
            case "disk" -> {
                System.out.println(OnDisk.label(7));
                System.out.println("chronicle.analytics.disable=" + System.getProperty("chronicle.analytics.disable"));
            }
            case "ui" -> Class.forName("dev.memoria.ui.Container", false, StartupApp.class.getClassLoader());
            default -> throw new IllegalArgumentException("plain, cached, disk or ui, not " + args[0]);
        }
        System.out.println("ran");
    }

    private static final class InMemory {

        @CacheData
        static int square(int x) {
            System.out.println("computing the square of " + x);
            return x * x;
        }
    }

    private static final class OnDisk {

        @CacheData(persist = Persist.DISK)
        static String label(int x) {
            System.out.println("computing the label of " + x);
            return "label " + x;
        }
    }
}
