package dev.memoria.internal.replay;

import dev.memoria.internal.copy.RecordedArgs;
import dev.memoria.internal.recording.RecordedCall;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.recording.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recording as a store keeps it, read back and replayed in a JVM that has, or lacks, its toolkit. */
class RecordingFormatTest {

    private static final ClassLoader LOADER = RecordingFormatTest.class.getClassLoader();

    @AfterEach
    void nothingLeftRecording() {
        assertThat(Recorder.recording()).isFalse();
    }

    @Test
    void aRecordingReadBackDrawsWhatTheComputationDrew() {
        Recording recording = FakeRecordings.drawing("a");

        Recording back = RecordingFormat.readBack(RecordingFormat.encode(recording));

        assertThat(FakeRecordings.drawnBy(back)).containsExactly("main:a", "main.1:Mark[text=a]", "sidebar:a")
                .isEqualTo(FakeRecordings.drawnBy(recording));
    }

    @Test
    void aRecordingWithoutCallsIsStoredAsNothing() {
        assertThat(RecordingFormat.encode(Recording.NONE)).isEmpty();
        assertThat(RecordingFormat.readBack(new byte[0])).isSameAs(Recording.NONE);
    }

    @Test
    void aRecordingReadBackIsWrittenAgainAsItWasRead() {
        byte[] bytes = RecordingFormat.encode(FakeRecordings.drawing("b"));

        assertThat(RecordingFormat.encode(RecordingFormat.readBack(bytes))).isEqualTo(bytes);
    }

    @Test
    void theArgumentsStayBytesUntilTheToolkitIsBound() {
        String toolkit = "late-toolkit";
        byte[] damagedArguments = new byte[] {1, 2, 3};
        Recording back = RecordingFormat.readBack(encode(toolkit, new Target.Active(), damagedArguments));

        RecordingFormat.decodeFor(back, LOADER);
        assertThat(back.calls()).as("no binding: nothing deserialized, nothing to replay").isEmpty();

        ReplayBindings.install(new NamedToolkit(toolkit), started -> { });
        assertThatThrownBy(() -> RecordingFormat.decodeFor(back, LOADER)).isInstanceOf(DamagedRecordingException.class)
                .hasMessageStartingWith("does not decode");
    }

    @Test
    void anArgumentOfAClassTheToolkitDoesNotRecordIsRefused() {
        byte[] bytes = RecordingFormat.encode(FakeRecordings.drawing("c"));
        ReplayBindings.install(new FakeToolkit(List.of("dev.memoria.ui.element.*")), started -> { });

        Recording back = RecordingFormat.readBack(bytes);

        assertThatThrownBy(() -> RecordingFormat.decodeFor(back, LOADER)).isInstanceOf(DamagedRecordingException.class)
                .hasMessageContaining("names dev.memoria.internal.replay.FakeToolkit$Mark in the arguments of fake's"
                        + " show, which is not among the classes the fake binding records [dev.memoria.ui.element.*]")
                .hasMessageContaining("add it to its binding's recordedTypes()");
        assertThat(back.calls()).isEmpty();
    }

    @Test
    void truncatedBytesAreDamaged() {
        byte[] bytes = RecordingFormat.encode(FakeRecordings.drawing("d"));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);

        assertThatThrownBy(() -> RecordingFormat.decodeFor(RecordingFormat.readBack(truncated), LOADER))
                .isInstanceOf(DamagedRecordingException.class).hasMessageStartingWith("does not decode");
    }

    /** A recording of one call of {@code toolkit} whose argument bytes are {@code args}, as a file could hold. */
    private static byte[] encode(String toolkit, Target target, byte[] args) {
        byte[] valid = RecordingFormat.encode(Recording.of(List.of(new RecordedCall(toolkit, target, "show",
                List.of("x")))));
        byte[] real = RecordedArgs.write(List.of("x"));
        byte[] bytes = Arrays.copyOf(valid, valid.length - real.length + args.length);
        ByteBuffer.wrap(bytes).putInt(valid.length - real.length - 4, args.length);
        System.arraycopy(args, 0, bytes, valid.length - real.length, args.length);
        return bytes;
    }

    /** A binding that only has a name: enough for a recording to be decoded. */
    private record NamedToolkit(String toolkit) implements ReplayBinding {
        public Object activeTarget() {
            return null;
        }

        public String rootName(Object target) {
            return null;
        }

        public Object root(String name) {
            return null;
        }

        public List<?> createdBy(String method, Object returned) {
            return List.of();
        }

        public Object invoke(Object target, String method, Object[] args) {
            return null;
        }

        public List<String> recordedTypes() {
            return List.of();
        }

        public String describe(Object target, String method, Object[] args) {
            return method;
        }
    }
}
