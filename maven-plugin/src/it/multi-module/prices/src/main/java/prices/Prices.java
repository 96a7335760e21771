package prices;

import dev.memoria.CacheData;

public class Prices {

    public static int runs;

    @CacheData
    public static double price(String item) {
        runs++;
        return item.length() * 1.5;
    }
}
