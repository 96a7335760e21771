package dev.memoria.internal.store;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A payload's tag is the same whether its leaves are digested as it arrives or once it is all there. */
class PayloadTagTest {

    private static final int LEAF = 1024;
    private static final byte[] HEADER = {1, 2, 3};

    /** A small main stream, a buffer of several leaves and a part of the last, one of exactly a leaf, a recording. */
    private static ByteBuffer[] parts() {
        Random random = new Random(42);
        int[] lengths = {37, 5 * LEAF + 300, LEAF, 0, 3 * LEAF, 11};
        ByteBuffer[] parts = new ByteBuffer[lengths.length];
        for (int i = 0; i < parts.length; i++) {
            byte[] bytes = new byte[lengths[i]];
            random.nextBytes(bytes);
            parts[i] = ByteBuffer.wrap(bytes);
        }
        return parts;
    }

    private static PayloadTag begin() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        return new PayloadTag(mac, LEAF);
    }

    private static byte[] atTheEnd(ByteBuffer[] parts) throws GeneralSecurityException {
        PayloadTag tag = begin();
        for (ByteBuffer part : parts) {
            tag.update(part);
        }
        return tag.finish(HEADER);
    }

    @Test
    void digestingLeavesAsTheyArriveGivesTheSameTag() throws GeneralSecurityException {
        ByteBuffer[] parts = parts();
        byte[] expected = atTheEnd(parts);
        for (int step : new int[] {1, 700, LEAF, 3 * LEAF + 5}) {
            PayloadTag tag = begin();
            long added = 0;
            long arrived = 0;
            for (ByteBuffer part : parts) {
                tag.update(part);
                added += part.remaining();
                while (arrived + step <= added) {
                    arrived += step;
                    tag.arrived(arrived);
                }
            }
            assertThat(tag.finish(HEADER)).as("arriving %d bytes at a time", step).isEqualTo(expected);
        }
    }

    @Test
    void aByteChangedInAnyLeafChangesTheTag() throws GeneralSecurityException {
        byte[] whole = atTheEnd(parts());
        for (int at : new int[] {0, LEAF - 1, LEAF, 5 * LEAF + 299}) {
            ByteBuffer[] parts = parts();
            parts[1].put(at, (byte) (parts[1].get(at) + 1));
            assertThat(atTheEnd(parts)).as("byte %d of the large buffer changed", at).isNotEqualTo(whole);
        }
    }

    @Test
    void matchesTellsTheTagFromAnother() throws GeneralSecurityException {
        byte[] tag = atTheEnd(parts());
        PayloadTag again = begin();
        for (ByteBuffer part : parts()) {
            again.update(part);
        }
        assertThat(again.matches(HEADER, tag)).isTrue();
        PayloadTag otherHeader = begin();
        for (ByteBuffer part : parts()) {
            otherHeader.update(part);
        }
        assertThat(otherHeader.matches(new byte[] {1, 2, 4}, tag)).isFalse();
    }

    private static PayloadTag fed(ByteBuffer[] parts) throws GeneralSecurityException {
        PayloadTag tag = begin();
        for (ByteBuffer part : parts) {
            tag.update(part);
        }
        return tag;
    }

    @Test
    void theHeadTagCoversTheMainStreamAndRecordingButNoBuffer() throws GeneralSecurityException {
        byte[] head = fed(parts()).head(HEADER);
        ByteBuffer[] buffersChanged = parts();
        buffersChanged[1].put(3 * LEAF, (byte) (buffersChanged[1].get(3 * LEAF) + 1));
        assertThat(fed(buffersChanged).head(HEADER)).as("a buffer byte changed: for the tag to catch").isEqualTo(head);
        for (int part : new int[] {0, 5}) {
            ByteBuffer[] changed = parts();
            changed[part].put(2, (byte) (changed[part].get(2) + 1));
            assertThat(fed(changed).head(HEADER)).as("a byte of part %d changed", part).isNotEqualTo(head);
        }
        assertThat(fed(parts()).headMatches(new byte[] {1, 2, 4}, head)).as("another header").isFalse();
        assertThat(fed(parts()).headMatches(HEADER, head)).isTrue();
    }

    @Test
    void theHeadTagIsNeverTheTagAndLeavesItUnchanged() throws GeneralSecurityException {
        byte[] tag = atTheEnd(parts());
        PayloadTag both = fed(parts());
        byte[] head = both.head(HEADER);
        assertThat(head).isNotEqualTo(tag);
        assertThat(both.finish(HEADER)).as("the tag after the head tag").isEqualTo(tag);
    }

    @Test
    void aMainStreamOfSeveralLeavesIsDigestedOnceForBothTags() throws GeneralSecurityException {
        ByteBuffer[] parts = parts();
        ByteBuffer[] reordered = {parts[1], parts[0], parts[2], parts[5]}; // main stream: 5 leaves and a part
        byte[] tag = atTheEnd(reordered);
        PayloadTag both = fed(reordered);
        byte[] head = both.head(HEADER);
        assertThat(both.finish(HEADER)).isEqualTo(tag);
        reordered[0].put(LEAF + 1, (byte) (reordered[0].get(LEAF + 1) + 1));
        assertThat(fed(reordered).head(HEADER)).as("a byte of the main stream's second leaf changed")
                .isNotEqualTo(head);
    }
}
