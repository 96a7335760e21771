package bad;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;

import java.io.Closeable;

public class Settings {

    @CacheData(ttl = "forever")
    public static String theme(String user) {
        return "dark";
    }

    @CacheData(maxEntries = 0)
    public static int fontSize(String user) {
        return 12;
    }

    @CacheResource(validate = "isOpen")
    public static Closeable connection(String url) {
        return () -> { };
    }

    @CacheData(inputs = "envv:REGION")
    public static String region(String user) {
        return System.getenv("REGION");
    }
}
