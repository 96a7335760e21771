package dev.memoria.it.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memoria.it.redis.SharedJvm.Answer;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cache directory tool's {@code --remote}: {@code list}, {@code stats} and {@code clear} on the shared store. */
class RemoteCliIT {

    @RegisterExtension
    static final Redis redis = new Redis();

    @Test
    @DisplayName("list, stats and clear --remote show and clear the shared entries, clear reaches a running JVM's"
            + " memory, and no output holds the password")
    void listStatsClear() {
        RedisServer server = redis.withAcl();
        String shown = "redis://memoria:***@127.0.0.1:" + server.port();
        try (SharedJvm app = SharedJvm.start(server.url())) {
            app.call("report 1");
            app.call("report 2");
            app.call("bounded 1");

            ForkedJvm.Result list = tool("list", "--remote", server.url());
            assertThat(list.exitCode()).as("%s", list).isZero();
            assertThat(list.stdout()).contains("Shared store " + shown, "Shared.report(int)", "Shared.bounded(int)");
            assertThat(list.stdoutLines()).filteredOn(line -> line.trim().matches("\\p{XDigit}{8} +2 .*"))
                    .as("the report version's row: 2 entries").hasSize(1);

            ForkedJvm.Result stats = tool("stats", "--json", "--remote", server.url());
            assertThat(stats.stdout()).as("%s", stats)
                    .contains("\"remote\": \"" + shown + "\"", "\"methods\": 2,", "\"entries\": 3,");

            ForkedJvm.Result clear = tool("clear", "Shared.report", "--remote", server.url());
            assertThat(clear.exitCode()).as("%s", clear).isZero();
            assertThat(clear.stdout()).contains("Shared.report(int): 2 entries in 1 code version");
            // gone from the store and from the running JVM's memory tier; the other method kept its entry
            assertThat(app.call("report 1")).isEqualTo(new Answer("report 1", true));
            assertThat(app.call("bounded 1")).isEqualTo(new Answer("bounded 1", false));

            for (ForkedJvm.Result run : new ForkedJvm.Result[] {list, stats, clear}) {
                assertThat(run.stdout() + run.stderr()).doesNotContain(Redis.ACL_PASSWORD);
            }
        }

        // without a URL, --remote takes the application's setting, which keeps the password off the command line
        ForkedJvm.Result fromSetting = ForkedJvm.java().environment("MEMORIA_REMOTE", server.url())
                .jar(TestEnvironment.agentJar(), "stats", "--remote").run();
        assertThat(fromSetting.stdout()).as("%s", fromSetting).contains("Shared store " + shown, "2 entries");

        String wrong = "Not-the-Pa55word-7f3e";
        ForkedJvm.Result refused = tool("list", "--remote", server.urlWithPassword(wrong));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).as("%s", refused).contains(shown).containsIgnoringCase("password");
        assertThat(refused.stdout() + refused.stderr()).doesNotContain(wrong);
    }

    private static ForkedJvm.Result tool(String... args) {
        return ForkedJvm.java().jar(TestEnvironment.agentJar(), args).run();
    }
}
