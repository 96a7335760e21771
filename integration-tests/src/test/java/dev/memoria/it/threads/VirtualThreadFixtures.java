package dev.memoria.it.threads;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Cached methods whose bodies park briefly, so that thousands of virtual threads pile up on one computation. */
final class VirtualThreadFixtures {

    static final Calls CALLS = new Calls();

    private VirtualThreadFixtures() {
    }

    @CacheData(showSpinner = false)
    static List<Integer> data(int key) {
        CALLS.record("data", key);
        park();
        return new ArrayList<>(List.of(key, key * key));
    }

    @CacheResource(showSpinner = false, validate = "usable")
    static StringBuilder resource(int key) {
        CALLS.record("resource", key);
        park();
        return new StringBuilder("resource " + key);
    }

    private static boolean usable(StringBuilder resource) {
        return resource.length() > 0;
    }

    @CacheData(showSpinner = false)
    static CompletableFuture<Integer> async(int key) {
        CALLS.record("async", key);
        return CompletableFuture.supplyAsync(() -> {
            park();
            return key * 2;
        });
    }

    private static void park() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
