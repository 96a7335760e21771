package dev.memoria.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A rules file of many patterns, none of which names a generated class: what a large application's file might hold,
 * so that the start-up part measures what matching every loaded class against it costs. Most patterns start with a
 * package, as rules usually do; one in ten starts with {@code **}, which no prefix index can narrow.
 */
final class StartupRules {

    private StartupRules() {
    }

    static Path write(Path file, int patterns) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# " + patterns + " patterns that name no class of the app"));
        for (int i = 0; i < patterns; i++) {
            lines.add(i % 10 == 9 ? "data **.*Service" + i + ".load* ttl=10m"
                    : "data com.acme.module" + i + ".**.*Repository.find*(String, int) maxEntries=1000");
        }
        Files.createDirectories(file.getParent());
        return Files.write(file, lines);
    }
}
