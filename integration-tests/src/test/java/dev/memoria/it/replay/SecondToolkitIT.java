package dev.memoria.it.replay;

import dev.memoria.it.replay.mini.MiniApp;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another toolkit, bound by a {@code ui} line of a rules file: the agent learns its elements, layouts and widgets from
 * the description alone, and replays and keys as it does for memoria-ui. Neither the toolkit nor the app mentions
 * Memoria.
 */
@DisplayName("A second toolkit, described in a rules file, is bound without changing Memoria's code")
class SecondToolkitIT {

    private static final String MINI = "dev.memoria.it.replay.mini.";

    @Test
    @DisplayName("its calls are replayed on hits, and allowWidgets keys by its widget's answer")
    void replayAndWidgetKeysWork(@TempDir Path work) throws IOException {
        Path rules = Files.writeString(work.resolve("memoria.rules"), """
                # the minimal toolkit of the test sources
                ui mini target=%1$sBox \\
                    elements="say(java.lang.String)" layouts="section()" widgets="ask(%1$sQuestion)" \\
                    running=%1$sMiniUi::running active=%1$sMiniUi::page roots="main=%1$sMiniUi::page" \\
                    peek="peek(%1$sQuestion)" widgetId=%1$sMiniUi::idOf recordedTypes=%1$s*

                data %1$sMiniApp.report
                data %1$sMiniApp.greeting allowWidgets=true
                """.formatted(MINI));

        ForkedJvm.Result result = ForkedJvm.java().withAgent("config=" + rules)
                .systemProperty("memoria.cache.dir", work.resolve("cache"))
                .classPathOf(MiniApp.class).main(MiniApp.class).run();

        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdoutLines()).containsExactly(
                "report page 1: [main:top, main.1:report 2024]",
                "report page 2: [main:top, main.1:report 2024]",
                "report runs: 1",
                "greeting page: [main:name? world, main:hello world]",
                "greeting page: [main:name? ada, main:hello ada]",
                "greeting page: [main:name? ada, main:hello ada]",
                "greeting page: [main:name? world, main:hello world]",
                "greeting runs: 2");
    }
}
