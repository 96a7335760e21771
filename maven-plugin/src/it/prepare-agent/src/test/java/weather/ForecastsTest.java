package weather;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForecastsTest {

    @Test
    void testsRunUnderTheAgent() {
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.startsWith("-javaagent:") && argument.contains("memoria-agent")));
        assertEquals(Path.of("target", "memoria-cache").toAbsolutePath().toString(),
                System.getProperty("memoria.cache.dir"), "the agent's cacheDir option");

        assertEquals("Oslo: sunny", Forecasts.forecast("Oslo"));
        assertEquals("Oslo: sunny", Forecasts.forecast("Oslo"));
        assertEquals(1, Forecasts.runs);
    }
}
