package dev.memoria.agent.packaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jars keep their dependencies to themselves: every class lives under {@code dev/memoria/}, so an
 * application with its own Byte Buddy, ASM, Caffeine or Fory never meets Memoria's (OpenTelemetry's ShadingTest).
 */
class ShadedJarIT {

    private static List<String> entries(String property) throws IOException {
        try (JarFile jar = new JarFile(System.getProperty(property))) {
            return Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
        }
    }

    private static Attributes manifest(String property) throws IOException {
        try (JarFile jar = new JarFile(System.getProperty(property))) {
            return jar.getManifest().getMainAttributes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memoria.agent.jar", "memoria.runtime.jar"})
    void everyEntryIsUnderDevMemoriaOrMetaInf(String jar) throws IOException {
        assertThat(entries(jar)).allMatch(name -> name.startsWith("dev/") || name.startsWith("META-INF/"),
                "is under dev/memoria/ or META-INF/");
        assertThat(entries(jar)).filteredOn(name -> name.startsWith("dev/"))
                .allMatch(name -> name.equals("dev/") || name.startsWith("dev/memoria/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memoria.agent.jar", "memoria.runtime.jar"})
    void multiReleaseEntriesAreRelocatedToo(String jar) throws IOException {
        List<String> versioned = entries(jar).stream()
                .filter(name -> name.startsWith("META-INF/versions/") && name.endsWith(".class")).toList();
        assertThat(versioned).isNotEmpty()
                .allMatch(name -> name.matches("META-INF/versions/\\d+/dev/memoria/shaded/.*"));
        assertThat(versioned).contains("META-INF/versions/25/dev/memoria/shaded/fory/platform/internal/_Lookup.class");
        assertThat(manifest(jar).getValue("Multi-Release")).isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memoria.agent.jar", "memoria.runtime.jar"})
    void noModuleDescriptorsSurvive(String jar) throws IOException {
        assertThat(entries(jar)).noneMatch(name -> name.endsWith("module-info.class"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memoria.agent.jar"})
    void theAgentJarIsAnAgentAndCarriesTheRuntime(String jar) throws IOException {
        Attributes manifest = manifest(jar);
        assertThat(manifest.getValue("Premain-Class")).isEqualTo("dev.memoria.agent.MemoriaAgent");
        assertThat(manifest.getValue("Agent-Class")).isEqualTo("dev.memoria.agent.MemoriaAgent");
        assertThat(manifest.getValue("Can-Retransform-Classes")).isEqualTo("true");
        assertThat(entries(jar)).contains("dev/memoria/Memoria.class", "dev/memoria/internal/call/Site.class",
                "dev/memoria/shaded/asm/ClassReader.class",
                "dev/memoria/shaded/caffeine/cache/Caffeine.class");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memoria.agent.jar"})
    void theAgentJarIsTheCommandLineToolAndGrantsItsAccess(String jar) throws IOException {
        Attributes manifest = manifest(jar);
        assertThat(manifest.getValue("Main-Class")).isEqualTo("dev.memoria.agent.cli.MemoriaCli");
        assertThat(manifest.getValue("Add-Opens").split(" "))
                .containsExactlyInAnyOrder("java.base/java.lang", "java.base/java.lang.reflect", "java.base/java.lang.invoke");
        assertThat(manifest.getValue("Add-Exports").split(" "))
                .containsExactlyInAnyOrder("java.base/sun.nio.ch", "java.base/jdk.internal.ref");
        assertThat(entries(jar)).contains("dev/memoria/agent/cli/MemoriaCli.class",
                "dev/memoria/shaded/picocli/CommandLine.class");
    }
}
