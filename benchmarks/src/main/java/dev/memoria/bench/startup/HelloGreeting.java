package dev.memoria.bench.startup;

import dev.memoria.CacheData;

/** The hello-world app's one cached method. */
final class HelloGreeting {

    private HelloGreeting() {
    }

    @CacheData(showSpinner = false)
    static String greeting(String name) {
        return "Hello, " + name;
    }
}
