package dev.memoria.it.attributes;

import dev.memoria.CacheData;

/** An abstract method has no body to cache. */
abstract class AbstractMisconfigured implements MisconfiguredMethods {

    @Override
    @CacheData
    public abstract int compute(int x);
}
