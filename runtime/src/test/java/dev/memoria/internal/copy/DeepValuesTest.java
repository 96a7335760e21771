package dev.memoria.internal.copy;

import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Spill;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, item 6: deep but plain data is copied. A linked chain of records overflowed the caller's stack inside
 * Fory and was refused as "cannot be copied (null)"; now the copy runs again on a large stack, and a value too deep
 * even for that fails with a message naming the limit.
 */
class DeepValuesTest {

    record Link(int value, Link next) {
    }

    private final ValueCopier copier = ValueCopier.forLoader(getClass().getClassLoader());

    static Link chain(int length) {
        Link head = null;
        for (int i = length; i > 0; i--) {
            head = new Link(i, head);
        }
        return head;
    }

    @Test
    void aThousandLinkChainIsCopiedFromAnOrdinaryThread() throws InterruptedException {
        Link chain = chain(1_000);
        Object copy = onStackOf(256 << 10, () -> copier.deserialize(copier.serialize(chain)));
        assertThat(copy).isNotSameAs(chain);
        assertThat(values((Link) copy)).isEqualTo(values(chain));
    }

    @Test
    void aChainKeptInMemoryOnlyIsCopiedFromAnOrdinaryThread() throws InterruptedException {
        Link chain = chain(5_000);
        Object copy = onStackOf(256 << 10, () -> copier.deserialize(copier.serializeForMemory(chain)));
        assertThat(copy).isNotSameAs(chain);
        assertThat(values((Link) copy)).isEqualTo(values(chain));
    }

    @Test
    void aChainJustDeeperThanTheFirstReadBackSerializerAdmitsIsReadBackWhole() {
        Link chain = chain(ValueCopier.SHALLOW_DEPTH + 10);
        Serialized serialized = copier.serialize(chain);
        Object copy = copier.readBack(Link.class).deserialize(Serialized.readBack(ByteBuffer.wrap(bytes(serialized)),
                new ByteBuffer[0], serialized.writtenAtMillis()));
        assertThat(values((Link) copy)).isEqualTo(values(chain));
    }

    @Test
    void aChainOfTwentyThousandLinksIsCopiedAndReadBackAsItsDeclaredType() throws InterruptedException {
        Link chain = chain(20_000);
        Object copy = onStackOf(256 << 10, () -> {
            Serialized serialized = copier.serialize(chain);
            return copier.readBack(Link.class).deserialize(Serialized.readBack(ByteBuffer.wrap(bytes(serialized)), new ByteBuffer[0],
                    serialized.writtenAtMillis()));
        });
        assertThat(values((Link) copy)).isEqualTo(values(chain));
    }

    @Test
    void aValueTooDeepForTheLargeStackNamesTheLimitNotNull() {
        DeepCopy small = new DeepCopy(1 << 20);
        assertThatThrownBy(() -> copier.serialize(chain(200_000), Spill.onHeap(), small))
                .isInstanceOf(CopyLimitException.class)
                .hasMessageContaining("Copying a " + Link.class.getName() + " overflowed a stack of 1 MiB")
                .hasMessageContaining("StackOverflowError")
                .hasMessageNotContaining("null");
    }

    @Test
    void aChainDeeperThanTheReadDepthIsRefusedWhenStoredNotOnAHit() throws InterruptedException {
        Object refused = onStackOf(256 << 10, () -> {
            try {
                return copier.serialize(chain(ValueCopier.MAX_DEPTH + 10));
            } catch (CopyLimitException e) {
                return e;
            }
        });
        assertThat(refused).isInstanceOf(CopyLimitException.class);
        assertThat(((CopyLimitException) refused).getMessage()).isEqualTo("Copying a " + Link.class.getName()
                + " is nested deeper than " + ValueCopier.MAX_DEPTH + " levels, the most Memoria reads back. Store a"
                + " flatter form, such as a list instead of a linked chain");
    }

    @Test
    void runningOutOfMemoryIsReportedAsSuchNotAsAnUncopyableType() {
        DeepCopy deep = new DeepCopy(DeepCopy.STACK_BYTES);
        assertThatThrownBy(() -> deep.run(() -> {
            throw new RuntimeException(null, new OutOfMemoryError("Java heap space"));
        }, () -> { }, "Copying a example.Huge"))
                .isInstanceOf(CopyLimitException.class)
                .hasMessageStartingWith("Copying a example.Huge ran out of memory (java.lang.OutOfMemoryError: Java"
                        + " heap space; the heap may grow to ")
                .hasMessageContaining("Raise -Xmx");
    }

    /** The chain's values, walked without recursion (a record's equals recurses as deep as the chain). */
    private static List<Integer> values(Link head) {
        List<Integer> values = new ArrayList<>();
        for (Link link = head; link != null; link = link.next()) {
            values.add(link.value());
        }
        return values;
    }

    private static byte[] bytes(Serialized serialized) {
        byte[] main = new byte[serialized.main().remaining()];
        serialized.main().get(main);
        return main;
    }

    /** Runs {@code work} on a thread with a small stack, as a deep value would meet an ordinary one. */
    private static Object onStackOf(long stackBytes, Supplier<Object> work)
            throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", stackBytes);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
        return result.get();
    }
}
