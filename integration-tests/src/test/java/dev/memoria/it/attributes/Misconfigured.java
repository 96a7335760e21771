package dev.memoria.it.attributes;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Refresh;

/** Every method has an invalid cache configuration: each is reported once and runs uncached. */
class Misconfigured extends AbstractMisconfigured {

    @Override
    @CacheData(ttl = "1 flecond")
    public int flecond(int x) {
        return CALLS.record("flecond", x);
    }

    @Override
    @CacheData(maxEntries = 0)
    public int zeroEntries(int x) {
        return CALLS.record("zeroEntries", x);
    }

    @Override
    @CacheResource(maxEntries = -2)
    public int negativeEntries(int x) {
        return CALLS.record("negativeEntries", x);
    }

    @Override
    @CacheData(maxSize = "12 parsecs")
    public int parsecs(int x) {
        return CALLS.record("parsecs", x);
    }

    @Override
    @CacheResource(validate = "noSuchMethod")
    public int unknownValidate(int x) {
        return CALLS.record("unknownValidate", x);
    }

    @Override
    @CacheResource(onRelease = "noSuchMethod")
    public int unknownOnRelease(int x) {
        return CALLS.record("unknownOnRelease", x);
    }

    @Override
    @CacheResource(validate = "describe")
    public int validateNotBoolean(int x) {
        return CALLS.record("validateNotBoolean", x);
    }

    String describe(Integer value) {
        return "value " + value;
    }

    @Override
    @CacheData
    @CacheResource
    public int bothAnnotations(int x) {
        return CALLS.record("bothAnnotations", x);
    }

    @Override
    public int compute(int x) {
        return CALLS.record("compute", x);
    }

    @Override
    @CacheResource(refresh = Refresh.BACKGROUND)
    public int backgroundWithoutTtl(int x) {
        return CALLS.record("backgroundWithoutTtl", x);
    }

    @Override
    @CacheData(ttl = "1m", refresh = Refresh.BACKGROUND, maxStale = "soon")
    public int badMaxStale(int x) {
        return CALLS.record("badMaxStale", x);
    }

    @Override
    @CacheData(inputs = "envv:REGION")
    public int unknownInputPrefix(int x) {
        return CALLS.record("unknownInputPrefix", x);
    }

    @Override
    @CacheData(inputs = "property:")
    public int emptyInputName(int x) {
        return CALLS.record("emptyInputName", x);
    }

    @Override
    @CacheData(inputs = "file:data/**/../../*.csv")
    public int escapingGlob(int x) {
        return CALLS.record("escapingGlob", x);
    }
}
