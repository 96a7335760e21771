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
                + " 'ttl'? Attributes of data rules: allowWidgets, hashers, maxEntries, maxSize, maxStale, offHeap,"
                + " persist, refresh, scope, showSpinner, showTime, spinnerText, ttl, unhashed.");
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
    @DisplayName("A directory cannot be read as a rules file")
    void directoryIsNoFile() {
        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> Rules.load(directory));

        assertThat(thrown).hasMessageStartingWith("The rules file " + directory + " (" + directory.toAbsolutePath()
                + ") cannot be read: ").hasMessageEndingWith(". Make it a readable file.");
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
