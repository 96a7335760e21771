package twice;

import dev.memoria.CacheStats;
import dev.memoria.Memoria;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SquaresTest {

    @Test
    void eachCallIsCachedOnce() {
        assertEquals(81, Squares.square(9));
        assertEquals(81, Squares.square(9));
        assertEquals(1, Squares.runs);
        CacheStats stats = Memoria.function(Squares.class, "square").stats();
        assertEquals(1, stats.misses());
        assertEquals(1, stats.hits());
    }
}
