package dev.memoria.internal.call;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.value.Stamped;

/**
 * What {@link Site#enter} returns when the cache answers: the rewritten method skips its body (the advice tests
 * {@code instanceof Hit}) and returns {@link #value}. An entry that hands every caller the same object is its own
 * hit ({@link Resource}), so such a hit allocates nothing; the memory tier holds it directly ({@link Stamped}).
 */
public class Hit extends Stamped {

    final Object value;
    /**
     * For an entry that is its own hit: the type of the method that stored it ({@code Object} for a
     * {@code @CacheData} value), when it has nothing to replay; else {@code null}. A site whose hits need no check
     * compares it with its own by reference ({@link CachingSite}): the hit path never looks at the value's class.
     */
    final Class<?> plainAs;

    /** A hit made for one call. */
    Hit(Object value) {
        this(value, null, Recording.NONE);
    }

    /** An entry that is its own hit, stored by a method whose values are of {@code storedAs}. */
    Hit(Object value, Class<?> storedAs, Recording recording) {
        this.value = value;
        this.plainAs = recording.isEmpty() ? storedAs : null;
    }
}
