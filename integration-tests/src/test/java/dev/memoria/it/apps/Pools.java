package dev.memoria.it.apps;

import dev.memoria.CacheResource;

/** A resource of {@link GreetingApp}, in a class first loaded after {@code Memoria.install()}. */
final class Pools {

    private Pools() {
    }

    @CacheResource
    static Object pool(String name) {
        System.out.println("opening the pool " + name);
        return new Object();
    }
}
