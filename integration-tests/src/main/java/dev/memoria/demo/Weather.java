package dev.memoria.demo;

import dev.memoria.CacheData;

/** A slow lookup, as an app would call a remote service. */
public final class Weather {

    static int lookups;

    private Weather() {
    }

    /** Takes about a second; Memoria prints the console spinner line while it runs. */
    @CacheData(ttl = "10m")
    static Forecast forecast(String city) throws InterruptedException {
        lookups++;
        Thread.sleep(1_000);
        double celsius = Math.floorMod(city.hashCode(), 250) / 10.0;
        return new Forecast(city, celsius, celsius > 12 ? "mild" : "cold");
    }

    /** What the lookup returns. */
    public record Forecast(String city, double celsius, String summary) {
    }
}
