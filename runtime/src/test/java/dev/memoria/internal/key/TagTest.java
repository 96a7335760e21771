package dev.memoria.internal.key;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TagTest {

    @Test
    void everyTagHasItsOwnCode() {
        assertThat(Arrays.stream(Tag.values()).map(tag -> tag.code)).doesNotHaveDuplicates();
    }
}
