package shop;

import dev.memoria.Memoria;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class CatalogTest {

    @Test
    void cachesWovenMethodsWithoutAnAgent() {
        assertFalse(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.startsWith("-javaagent")), "this JVM must run without the agent");

        assertEquals(List.of("tea-1", "tea-2", "tea-3"), Catalog.products("tea"));
        assertEquals(List.of("tea-1", "tea-2", "tea-3"), Catalog.products("tea"));
        assertEquals(1, Catalog.productRuns);
        assertEquals(1, Memoria.function(Catalog.class, "products").stats().hits());
        assertEquals(1, Memoria.function(Catalog.class, "products").stats().misses());

        assertSame(Catalog.registry("x"), Catalog.registry("x"));
        assertEquals(1, Catalog.registryRuns);
    }
}
