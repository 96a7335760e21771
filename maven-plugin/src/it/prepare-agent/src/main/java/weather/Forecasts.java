package weather;

import dev.memoria.CacheData;

public class Forecasts {

    public static int runs;

    @CacheData
    public static String forecast(String city) {
        runs++;
        return city + ": sunny";
    }
}
