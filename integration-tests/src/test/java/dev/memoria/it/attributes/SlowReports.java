package dev.memoria.it.attributes;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;

/**
 * Methods whose misses are slow: a test holds each body open (with {@link Calls#whenBodyRuns}) until the progress
 * line it expects has been printed, so "slow" never means a guessed sleep.
 */
final class SlowReports {

    static final Calls CALLS = new Calls();

    private SlowReports() {
    }

    @CacheData
    static int load(int year) {
        return CALLS.record("load", year);
    }

    @CacheResource
    static int connect(int port) {
        return CALLS.record("connect", port);
    }

    @CacheData
    static int summary() {
        return CALLS.record("summary");
    }

    @CacheResource
    static int pool() {
        return CALLS.record("pool");
    }

    @CacheData(spinnerText = "Crunching the numbers…")
    static int crunch(int n) {
        return CALLS.record("crunch", n);
    }

    @CacheResource(spinnerText = "Opening the pool")
    static int openPool(int n) {
        return CALLS.record("openPool", n);
    }

    @CacheData(showTime = true)
    static int timed(int n) {
        return CALLS.record("timed", n);
    }

    @CacheResource(spinnerText = "Opening the pool", showTime = true)
    static int timedResource(int n) {
        return CALLS.record("timedResource", n);
    }

    @CacheData(showSpinner = false)
    static int quiet(int n) {
        return CALLS.record("quiet", n);
    }

    @CacheResource(showSpinner = false)
    static int quietResource(int n) {
        return CALLS.record("quietResource", n);
    }

    @CacheData
    static int outer(int n) {
        CALLS.record("outer", n);
        return inner(n) + 1;
    }

    @CacheData
    static int inner(int n) {
        return CALLS.record("inner", n);
    }

    /** A slow miss whose line proves that half a second has passed since it started. */
    @CacheData
    static int beacon(long id) {
        return CALLS.record("beacon", id);
    }
}
