package dev.memoria.agent.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Chars}: its tables answer exactly what the JDK's predicates answer, for every {@code char}. */
class CharsTest {

    @Test
    @DisplayName("whitespace, identifier parts and invisible characters agree with Character's predicates")
    void sameAsCharacter() {
        List<String> differing = new ArrayList<>();
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (Chars.isWhitespace(c) != Character.isWhitespace(c)) {
                differing.add("whitespace U+%04X".formatted(i));
            }
            if (Chars.isJavaIdentifierPart(c) != Character.isJavaIdentifierPart(c)) {
                differing.add("identifier part U+%04X".formatted(i));
            }
            boolean invisible = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
            if (Chars.isInvisible(c) != invisible) {
                differing.add("invisible U+%04X".formatted(i));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    @DisplayName("the characters rules files trip on are told apart: a tab, NUL, DEL, a right-to-left override")
    void knownCharacters() {
        assertThat(Chars.isWhitespace('\t')).isTrue();
        assertThat(Chars.isWhitespace('\u00A0')).isFalse(); // no-break space: Java does not count it
        assertThat(Chars.isInvisible(0)).isTrue();
        assertThat(Chars.isInvisible(0x7F)).isTrue();
        assertThat(Chars.isInvisible(0x202E)).isTrue();
        assertThat(Chars.isInvisible('a')).isFalse();
        assertThat(Chars.isJavaIdentifierPart('$')).isTrue();
        assertThat(Chars.isJavaIdentifierPart('.')).isFalse();
    }
}
