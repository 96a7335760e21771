package dev.memoria.internal.digest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Sha256Test {

    @Test
    void matchesTheStandardsTestVectors() {
        assertThat(hex(Sha256.of(new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex(Sha256.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                .getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    /** Every length around the block and padding boundaries, whole and fed in pieces of every size. */
    @Test
    void equalsTheJdksDigestForEveryLengthAndEverySplit() throws Exception {
        Random random = new Random(42);
        for (int length = 0; length <= 300; length++) {
            byte[] input = new byte[length];
            random.nextBytes(input);
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(input);

            assertThat(Sha256.of(input)).as("length %d", length).isEqualTo(expected);
            for (int piece = 1; piece <= 70; piece += 23) {
                Sha256 digest = new Sha256();
                for (int at = 0; at < length; at += piece) {
                    digest.update(input, at, Math.min(piece, length - at));
                }
                assertThat(digest.digest()).as("length %d in pieces of %d", length, piece).isEqualTo(expected);
            }
            Sha256 byteByByte = new Sha256();
            for (byte b : input) {
                byteByByte.update(b);
            }
            assertThat(byteByByte.digest()).as("length %d byte by byte", length).isEqualTo(expected);
        }
    }

    @Test
    void startsAfreshAfterADigest() {
        Sha256 digest = new Sha256();
        digest.update("first".getBytes(StandardCharsets.UTF_8)).digest();

        assertThat(digest.update("abc".getBytes(StandardCharsets.US_ASCII)).digest())
                .isEqualTo(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aRangeOutsideTheArrayIsRefused() {
        assertThatThrownBy(() -> new Sha256().update(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
