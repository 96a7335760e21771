package shop;

import java.util.List;

public class Main {

    public static void main(String[] args) {
        List<String> first = Catalog.products("tea");
        first.add("changed by the caller");
        List<String> second = Catalog.products("tea");
        Catalog.products("coffee");
        System.out.println("products " + second + " ran " + Catalog.productRuns + " times");
        System.out.println("registry same object: " + (Catalog.registry("main") == Catalog.registry("main"))
                + ", ran " + Catalog.registryRuns + " time");
    }
}
