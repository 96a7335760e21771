package dev.memoria.internal.inputs;

import dev.memoria.internal.report.Reporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Declared inputs: what changes their digest (hence the key) and what does not, and which declarations are refused. */
class DeclaredInputsTest {

    private static final String PROPERTY = "memoria.test.inputs.mode";

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    private static DeclaredInputs inputs(String... declarations) {
        return DeclaredInputs.parse(List.of(declarations), Reporter.jvm());
    }

    /** Sets a modification time well in the past, so that the digest cache trusts the stamp. */
    private static void age(Path file, long secondsAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    @Test
    @DisplayName("a property: its value changes the digest, unset differs from empty, the same value gives the same")
    void property() {
        DeclaredInputs inputs = inputs("property:" + PROPERTY);
        byte[] unset = inputs.currentDigest();
        System.setProperty(PROPERTY, "");
        byte[] empty = inputs.currentDigest();
        System.setProperty(PROPERTY, "fast");
        byte[] fast = inputs.currentDigest();

        assertThat(empty).isNotEqualTo(unset);
        assertThat(fast).isNotEqualTo(empty).isEqualTo(inputs.currentDigest());
    }

    @Test
    @DisplayName("a file: editing it changes the digest, touching it without changing the bytes does not")
    void fileEditedAndTouched() throws IOException {
        Path file = Files.writeString(dir.resolve("sales.csv"), "1,2,3\n");
        age(file, 60);
        DeclaredInputs inputs = inputs("file:" + file);
        byte[] before = inputs.currentDigest();

        age(file, 30); // touched: a new modification time, the same bytes
        assertThat(inputs.currentDigest()).isEqualTo(before);

        Files.writeString(file, "1,2,4\n"); // same size, new bytes
        age(file, 10);
        assertThat(inputs.currentDigest()).isNotEqualTo(before);
    }

    @Test
    @DisplayName("a file rewritten to the same size within the timestamp resolution is read again, not trusted")
    void racyRewriteIsSeen() throws IOException {
        Path file = Files.writeString(dir.resolve("fresh.csv"), "aaaa");
        DeclaredInputs inputs = inputs("file:" + file);
        byte[] first = inputs.currentDigest();
        FileTime sameTime = Files.getLastModifiedTime(file);
        Files.writeString(file, "bbbb");
        Files.setLastModifiedTime(file, sameTime);

        assertThat(inputs.currentDigest()).isNotEqualTo(first);
    }

    @Test
    @DisplayName("a missing file, a directory and a file are three different values; creating the file changes it")
    void missingDirectoryAndFile() throws IOException {
        Path path = dir.resolve("later.csv");
        DeclaredInputs inputs = inputs("file:" + path);
        byte[] missing = inputs.currentDigest();
        Files.createDirectory(path);
        byte[] directory = inputs.currentDigest();
        Files.delete(path);
        Files.writeString(path, "");

        assertThat(directory).isNotEqualTo(missing);
        assertThat(inputs.currentDigest()).isNotEqualTo(missing).isNotEqualTo(directory);
    }

    @Test
    @DisplayName("a glob: gaining a matching file changes the digest, a file it does not match does not")
    void globGainsAFile() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data/2024"));
        age(Files.writeString(data.resolve("a.csv"), "a"), 60);
        DeclaredInputs inputs = inputs("file:" + dir + "/data/**/*.csv");
        byte[] before = inputs.currentDigest();

        age(Files.writeString(data.resolve("notes.txt"), "n"), 60);
        assertThat(inputs.currentDigest()).isEqualTo(before);

        age(Files.writeString(Files.createDirectories(dir.resolve("data/2025")).resolve("b.csv"), "b"), 60);
        assertThat(inputs.currentDigest()).isNotEqualTo(before);
    }

    @Test
    @DisplayName("a glob does not follow a symbolic link to a directory, so a link loop ends")
    void globSkipsDirectoryLinks() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        age(Files.writeString(data.resolve("a.csv"), "a"), 60);
        Files.createSymbolicLink(data.resolve("loop"), data);
        DeclaredInputs inputs = inputs("file:" + data + "/**/*.csv");

        assertThat(inputs.currentDigest()).isEqualTo(inputs.currentDigest());
    }

    @Test
    @DisplayName("bad declarations are refused with the value, what is wrong and the fix")
    void badDeclarations() {
        assertThatThrownBy(() -> inputs("envv:REGION")).hasMessageContaining("\"envv:REGION\"")
                .hasMessageContaining("unknown prefix \"envv:\"").hasMessageContaining("env:");
        assertThatThrownBy(() -> inputs("REGION")).hasMessageContaining("no prefix");
        assertThatThrownBy(() -> inputs("env:")).hasMessageContaining("names nothing after env:")
                .hasMessageContaining("\"env:REGION\"");
        assertThatThrownBy(() -> inputs("property: app.mode")).hasMessageContaining("spaces");
        assertThatThrownBy(() -> inputs("file:data/**/../../etc/*")).hasMessageContaining("\"..\"");
        assertThatThrownBy(() -> inputs("file:*a*b*c*d*e")).hasMessageContaining("wildcards");
        assertThatThrownBy(() -> inputs("env:A", "env:A")).hasMessageContaining("twice");
        assertThat(inputs("file:../data/**/*.csv").isEmpty()).isFalse();
    }
}
