package dev.memoria.agent.cli;

import dev.memoria.internal.site.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.CacheFixture.OLD;
import static dev.memoria.agent.cli.Cli.at;
import static dev.memoria.agent.cli.Cli.listAt;
import static dev.memoria.agent.cli.Cli.objectAt;
import static org.assertj.core.api.Assertions.assertThat;

class WhyCommandTest {

    private static final String LOAD = "example/Reports.load(I)Ljava/lang/Object;";
    private static final Manifest BEFORE = new Manifest(List.of(
            new Manifest.Member(LOAD, "00000000000000aa", -1),
            new Manifest.Member("example/Pricing.net(D)D", "00000000000000bb", 0),
            new Manifest.Member("example/Pricing.discount(D)D", "00000000000000cc", 1)), 0, "");
    private static final Manifest AFTER = new Manifest(List.of(
            new Manifest.Member(LOAD, "00000000000000aa", -1),
            new Manifest.Member("example/Pricing.net(D)D", "00000000000000bb", 0),
            new Manifest.Member("example/Pricing.discount(D)D", "00000000000000dd", 1)), 0, "");

    @TempDir
    Path cache;

    @Test
    void namesTheMemberThatChangedWithItsCallPath() {
        new CacheFixture(cache).storeReports(OLD, BEFORE, "one").storeReports(NEW, AFTER, "two");

        Cli.Run why = Cli.run("why", cache, "Reports.load");

        assertThat(why.exitCode()).as("%s", why).isZero();
        assertThat(why.out().lines().toList())
                .startsWith("example.Reports.load(int): 2 code versions, oldest first")
                .anySatisfy(line -> assertThat(line).matches("  aaaaaaaa  created .*, 1 entry"))
                .anySatisfy(line -> assertThat(line).matches("  bbbbbbbb  created .*, 1 entry"))
                .contains("      Reports.load(int) → Pricing.net(double) → Pricing.discount(double): body changed");
    }

    @Test
    void jsonListsVersionsEntriesAndChanges() {
        new CacheFixture(cache).storeReports(OLD, BEFORE, "one").storeReports(NEW, AFTER, "two");

        Map<String, Object> json = Cli.run("why", cache, "Reports.load", "--json").json();

        assertThat(json).containsEntry("method", "example.Reports.load(int)");
        assertThat(listAt(json, "versions")).hasSize(2);
        assertThat(objectAt(json, "versions", 0)).containsEntry("fingerprint", OLD).containsEntry("entries", 1L)
                .containsEntry("manifest", true).containsEntry("changes", null);
        assertThat(objectAt(json, "versions", 1, "changes", 0))
                .containsEntry("member", "Pricing.discount(double)")
                .containsEntry("change", "body changed");
        assertThat(at(json, "versions", 1, "changes", 0, "path"))
                .isEqualTo(List.of("Reports.load(int)", "Pricing.net(double)", "Pricing.discount(double)"));
    }

    @Test
    void aTamperedManifestIsIgnoredNotTrusted() throws IOException {
        new CacheFixture(cache).storeReports(OLD, BEFORE, "one").storeReports(NEW, AFTER, "two");
        Path manifest = manifestOf(NEW);
        Files.writeString(manifest, Files.readString(manifest).replace("00000000000000dd", "00000000000000cc"));

        Cli.Run why = Cli.run("why", cache, "Reports.load");

        assertThat(why.exitCode()).as("%s", why).isZero();
        assertThat(why.out()).contains("what changed is unknown").doesNotContain("body changed");
    }

    private Path manifestOf(String fingerprint) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(path -> path.endsWith(Path.of(fingerprint, "manifest.txt"))).findFirst().orElseThrow();
        }
    }
}
