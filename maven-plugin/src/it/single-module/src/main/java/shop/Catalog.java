package shop;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;

import java.util.ArrayList;
import java.util.List;

public class Catalog {

    public static int productRuns;
    public static int registryRuns;

    @CacheData
    public static List<String> products(String category) {
        productRuns++;
        List<String> products = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            products.add(category + "-" + i);
        }
        return products;
    }

    @CacheResource
    public static StringBuilder registry(String name) {
        registryRuns++;
        return new StringBuilder(name);
    }
}
