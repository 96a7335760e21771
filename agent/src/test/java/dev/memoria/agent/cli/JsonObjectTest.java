package dev.memoria.agent.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonObjectTest {

    @Test
    void writesIndentedJsonInFieldOrder() {
        JsonObject json = new JsonObject()
                .put("name", "load")
                .put("entries", 3L)
                .put("newest", true)
                .put("oldest", null)
                .put("nested", new JsonObject().put("count", 1))
                .put("list", List.of(1L, new JsonObject()))
                .put("empty", List.of());

        assertThat(json.toString()).isEqualTo("""
                {
                  "name": "load",
                  "entries": 3,
                  "newest": true,
                  "oldest": null,
                  "nested": {
                    "count": 1
                  },
                  "list": [
                    1,
                    {}
                  ],
                  "empty": []
                }""");
    }

    @Test
    void escapesWhatJsonRequiresAndParsesBack() {
        String tricky = "quote \" backslash \\ newline \n tab \t bell \u0007 ünïcode";

        JsonObject json = new JsonObject().put(tricky, tricky);

        assertThat(json.toString()).contains("\\\"", "\\\\", "\\n", "\\t", "\\u0007", "ünïcode");
        assertThat(JsonParser.object(json.toString())).isEqualTo(Map.of(tricky, tricky));
    }

    @Test
    void writesInstantsAsIsoUtcAndPathsAsText() {
        JsonObject json = new JsonObject().put("at", Instant.parse("2026-11-01T10:00:00Z"))
                .put("dir", Path.of("/tmp/cache"));

        assertThat(JsonParser.object(json.toString()))
                .containsEntry("at", "2026-11-01T10:00:00Z").containsEntry("dir", "/tmp/cache");
    }

    @Test
    void refusesValuesWithoutAJsonForm() {
        assertThatThrownBy(() -> new JsonObject().put("x", new Object()).toString())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No JSON form for java.lang.Object");
    }
}
