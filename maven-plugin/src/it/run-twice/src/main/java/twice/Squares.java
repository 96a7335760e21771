package twice;

import dev.memoria.CacheData;

public class Squares {

    public static int runs;

    @CacheData
    public static long square(long n) {
        runs++;
        return n * n;
    }
}
