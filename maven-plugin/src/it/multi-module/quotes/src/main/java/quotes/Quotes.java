package quotes;

import dev.memoria.CacheData;
import prices.Prices;

public class Quotes {

    public static int runs;

    @CacheData
    public static String quote(String item, int quantity) {
        runs++;
        return quantity + " x " + item + " = " + quantity * Prices.price(item);
    }
}
