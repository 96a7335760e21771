package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Catalogs;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Where persisted entries go: the cache directory each setting selects, and the documented layout inside it. */
@DisplayName("Cache directory: chosen by the settings, laid out as documented")
class CacheDirectoryIT {

    @TempDir
    Path temp;

    @Test
    @DisplayName("functions/<Class.method>-<16 hex>/<32 hex fingerprint>/ holds version.properties, entries.cm and"
                 + " entries.lock, no entries.dirty after a clean exit; only a value over 64 KiB gets a blob file")
    void layoutIsAsDocumented() throws IOException {
        Path cache = temp.resolve("cache");

        ForkedJvm.Result run = AppJvm.app(Catalogs.class, cache, "catalog:north", "samples:200000").run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(CacheFiles.list(cache)).containsExactlyInAnyOrder(cache.resolve("fingerprints"),
                cache.resolve("functions"), cache.resolve("secret.key"));
        Path catalog = CacheFiles.methodFolder(cache, "Catalogs.catalog");
        assertThat(catalog.getFileName().toString().substring("Catalogs.catalog-".length()))
                .matches(CacheFiles.METHOD_FOLDER_HASH);
        Path version = CacheFiles.versionFolder(cache, "Catalogs.catalog");
        assertThat(version.getFileName().toString()).matches(CacheFiles.FINGERPRINT);
        assertThat(CacheFiles.list(version)).map(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("version.properties", "manifest.txt", "entries.cm", "entries.lock");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(version.resolve("version.properties"))) {
            properties.load(in);
        }
        assertThat(properties.getProperty("method")).isEqualTo(Catalogs.class.getName() + ".catalog(String)");
        assertThat(properties.getProperty("fingerprint")).isEqualTo(version.getFileName().toString());

        Path samples = CacheFiles.versionFolder(cache, "Catalogs.samples");
        assertThat(CacheFiles.list(samples)).map(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("version.properties", "manifest.txt", "entries.cm", "entries.lock", "blobs");
        assertThat(CacheFiles.list(samples.resolve("blobs"))).singleElement()
                .satisfies(blob -> assertThat(blob.getFileName().toString()).matches(CacheFiles.BLOB_NAME));
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Test
    @DisplayName("Without a setting, the cache directory is .memoria in the working directory")
    void defaultIsDotMemoriaInTheWorkingDirectory() {
        ForkedJvm.Result run = AppJvm.unconfigured(Catalogs.class, "catalog:north").workingDirectory(temp).run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(CacheFiles.list(temp)).containsExactly(temp.resolve(".memoria"));
        CacheFiles.versionFolder(temp.resolve(".memoria"), "Catalogs.catalog");
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Test
    @DisplayName("MEMORIA_CACHE_DIR selects the cache directory")
    void environmentVariableSelectsIt() {
        ForkedJvm.Result run = AppJvm.unconfigured(Catalogs.class, "catalog:north").workingDirectory(temp)
                .environment("MEMORIA_CACHE_DIR", temp.resolve("from-environment")).run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(CacheFiles.list(temp)).containsExactly(temp.resolve("from-environment"));
        CacheFiles.versionFolder(temp.resolve("from-environment"), "Catalogs.catalog");
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Test
    @DisplayName("The agent option cacheDir= wins over MEMORIA_CACHE_DIR")
    void agentOptionWinsOverTheEnvironment() {
        ForkedJvm.Result run = AppJvm.withAgentOptions("cacheDir=" + temp.resolve("from-agent-option"),
                        Catalogs.class, "catalog:north")
                .workingDirectory(temp).environment("MEMORIA_CACHE_DIR", temp.resolve("from-environment")).run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(CacheFiles.list(temp)).containsExactly(temp.resolve("from-agent-option"));
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Test
    @DisplayName("-Dmemoria.cache.dir wins over the agent option and MEMORIA_CACHE_DIR")
    void systemPropertyWinsOverBoth() {
        ForkedJvm.Result run = AppJvm.withAgentOptions("cacheDir=" + temp.resolve("from-agent-option"),
                        Catalogs.class, "catalog:north")
                .systemProperty("memoria.cache.dir", temp.resolve("from-property"))
                .workingDirectory(temp).environment("MEMORIA_CACHE_DIR", temp.resolve("from-environment")).run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(CacheFiles.list(temp)).containsExactly(temp.resolve("from-property"));
        ChildStderr.assertChronicleUsedAnd(run);
    }
}
