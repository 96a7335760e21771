package dev.memoria.bench.hit;

import org.springframework.cache.annotation.Cacheable;

/** Spring's contender: a bean whose method Spring's proxy caches. Not final, so Spring can subclass it. */
public class SpringPairs {

    @Cacheable("pairs")
    public Pair pair(int key) {
        return Pair.of(key);
    }
}
