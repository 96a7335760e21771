package dev.memoria.internal.store.chronicle;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written HMAC must give the JCE's tags, or files sealed by an older version would all be refused. */
class HmacSha256Test {

    @Test
    void equalsTheJcesTagForKeysShorterThanLongerThanAndOfTheBlockSize() throws Exception {
        Random random = new Random(42);
        for (int keyLength : new int[] {1, 32, 63, 64, 65, 200}) {
            for (int length : new int[] {0, 1, 55, 64, 1000}) {
                byte[] secret = new byte[keyLength];
                byte[] content = new byte[length];
                random.nextBytes(secret);
                random.nextBytes(content);
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                assertThat(new HmacSha256(secret).update(content).tag())
                        .as("key of %d bytes, %d bytes of content", keyLength, length)
                        .isEqualTo(mac.doFinal(content));
            }
        }
    }

    @Test
    void rfc4231TestCase2() {
        byte[] tag = new HmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII))
                .update("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)).tag();
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void fieldsAreLengthPrefixedSoTheyCannotRunIntoEachOther() throws Exception {
        byte[] secret = new byte[32];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        for (String field : new String[] {"ab", "c"}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            mac.update(bytes);
        }
        assertThat(new HmacSha256(secret).field("ab").field("c").tag()).isEqualTo(mac.doFinal())
                .isNotEqualTo(new HmacSha256(secret).field("a").field("bc").tag());
    }
}
