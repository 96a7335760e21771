package dev.memoria.agent.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link Rules#load}: reading a rules file from disk, and the files it cannot use. */
class RulesLoadTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("A file's rules name the file as it was given")
    void loadsAFile() throws IOException {
        Path file = Files.writeString(directory.resolve("memoria.rules"), "# ops\ndata com.acme.Reports.load ttl=1h\n");

        Rules rules = Rules.load(file);

        assertThat(rules.forClass("com/acme/Reports").forMethod(RuleFixtures.STATIC, "load", "()V"))
                .extracting(CacheRule::origin).containsExactly(file + ":2");
    }

    @Test
    @DisplayName("Problems name the file as it was given, with their lines")
    void problemsNameTheFile() throws IOException {
        Path file = Files.writeString(directory.resolve("memoria.rules"), "data com.acme.Reports.load tll=1h\n");

        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> Rules.load(file));

        assertThat(thrown.problems()).singleElement().hasToString(file + ":1: Unknown attribute 'tll'. Did you mean"
                + " 'ttl'? Attributes of data rules: allowWidgets, hashers, hiddenInputs, inputs, maxEntries, maxSize,"
                + " maxStale, offHeap, persist, refresh, scope, showSpinner, showTime, spinnerText, ttl, unhashed.");
    }

    @Test
    @DisplayName("A missing file is named with its absolute path and the working directory")
    void missingFile() {
        Path file = Path.of("no-such-dir", "memoria.rules");

        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> Rules.load(file));

        assertThat(thrown).hasMessage("The rules file " + file + " does not exist: there is no file "
                + file.toAbsolutePath() + " (relative paths start from the working directory, "
                + Path.of("").toAbsolutePath() + "). Fix the path, or create the file.");
        assertThat(thrown.problems()).isEmpty();
    }

    @Test
    @DisplayName("A directory is refused as a rules file, by what it is")
    void directoryIsNoFile() {
        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> Rules.load(directory));

        assertThat(thrown).hasMessage("The rules file " + directory + " is a directory, not a regular file: Memoria"
                + " does not read it, since reading it could hold up the application's start. Name a text file.");
    }

    @Test
    @DisplayName("A device (/dev/zero, which never ends) is refused without reading it")
    void deviceIsNoFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");

        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> Rules.load(zero));

        assertThat(thrown).hasMessageStartingWith("The rules file /dev/zero is a device, not a regular file:");
    }

    @Test
    @DisplayName("A file larger than 1 MiB is refused, with its size and the bound")
    void tooLarge() throws IOException {
        Path file = Files.writeString(directory.resolve("huge.rules"), "#".repeat((1 << 20) + 1));

        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> Rules.load(file));

        assertThat(thrown).hasMessage("The rules file " + file + " is larger than a rules file may be (1,048,577"
                + " bytes or more; at most 1,048,576). Name the rules file itself, or split off what is not rules.");
    }

    @Test
    @DisplayName("A file that is not UTF-8 is reported as such")
    void notUtf8() throws IOException {
        Path file = Files.write(directory.resolve("latin1.rules"),
                "data com.acme.Reports.load spinnerText=\"Café\"".getBytes(StandardCharsets.ISO_8859_1));

        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> Rules.load(file));

        assertThat(thrown).hasMessage("The rules file " + file + " is not UTF-8 text. Save it as UTF-8.");
    }
}
