package dev.memoria.internal.replay;

import dev.memoria.internal.copy.NotAllowedException;
import dev.memoria.internal.copy.NotCopyableException;
import dev.memoria.internal.copy.RecordedArgs;
import dev.memoria.internal.recording.RecordedCall;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.recording.Target;
import dev.memoria.internal.report.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording as a store keeps it beside its entry's value, so that a hit after a restart draws what the miss drew.
 * The structure is plain data written field by field; only each call's arguments go through Fory
 * ({@link RecordedArgs}), read back through the allow-list of the toolkit that made the call.
 * <pre>
 *   i32 toolkit count | toolkit names
 *   i32 call count | per call:
 *     i32 toolkit (index into the names) | u8 target kind (0 active, 1 root, 2 created, 3 outside)
 *     root name, created index or outside call text | method | i32 argument bytes | arguments (Fory)
 * </pre>
 * Strings are an i32 byte count and UTF-8. The store's checksums cover these bytes: a flipped byte is caught there,
 * before anything here reads them.
 */
public final class RecordingFormat {

    private static final byte ACTIVE = 0;
    private static final byte ROOT = 1;
    private static final byte CREATED = 2;
    private static final byte OUTSIDE = 3;

    private RecordingFormat() {
    }

    /**
     * The bytes a store keeps; empty for a recording without calls. A recording read back is written as it was read.
     *
     * @throws IllegalArgumentException when a call's arguments are not plain data (a toolkit binding bug)
     */
    public static byte[] encode(Recording recording) {
        if (recording.stored() != null) {
            return recording.stored();
        }
        if (recording.isEmpty()) {
            return new byte[0];
        }
        Map<String, Integer> toolkits = new LinkedHashMap<>();
        for (RecordedCall call : recording.calls()) {
            toolkits.putIfAbsent(call.toolkit(), toolkits.size());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(toolkits.size());
            for (String toolkit : toolkits.keySet()) {
                writeString(out, toolkit);
            }
            out.writeInt(recording.calls().size());
            for (RecordedCall call : recording.calls()) {
                out.writeInt(toolkits.get(call.toolkit()));
                writeTarget(out, call.target());
                writeString(out, call.method());
                byte[] args = args(call);
                out.writeInt(args.length);
                out.write(args);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /** A recording a store read back: kept as bytes until a hit replays it in a JVM that has its toolkits. */
    public static Recording readBack(byte[] bytes) {
        return Recording.readBack(bytes);
    }

    /** Whether every toolkit the recording names has its binding installed in this JVM. */
    static boolean toolkitsBound(byte[] bytes) {
        try {
            for (String toolkit : toolkits(reader(bytes))) {
                if (ReplayBindings.of(toolkit) == null) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /**
     * The calls, their arguments deserialized through the allow-list of each call's toolkit; every toolkit must be
     * bound ({@link #toolkitsBound}).
     */
    /**
     * Decodes a recording read back from a store, once the bindings of all its toolkits are installed; until then,
     * and for a recording made in this JVM, does nothing. Called before a hit replays.
     *
     * @param loader the loader of the cached method, which sees the classes of the toolkits it draws with
     * @throws DamagedRecordingException when the recording cannot be decoded, or names a class its toolkit does not
     *                                   record
     */
    public static void decodeFor(Recording recording, ClassLoader loader) {
        recording.decodeWith(bytes -> toolkitsBound(bytes) ? decode(bytes, loader) : null);
    }

    static List<RecordedCall> decode(byte[] bytes, ClassLoader loader) {
        try {
            DataInputStream in = reader(bytes);
            List<String> toolkits = toolkits(in);
            int count = in.readInt();
            List<RecordedCall> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int toolkit = in.readInt();
                if (toolkit < 0 || toolkit >= toolkits.size()) {
                    throw new IOException("call " + i + " names toolkit " + toolkit + " of " + toolkits.size());
                }
                String name = toolkits.get(toolkit);
                Target target = readTarget(in);
                String method = readString(in);
                List<Object> args = readArgs(in, name, method, loader);
                calls.add(new RecordedCall(name, target, method, args));
            }
            if (in.available() > 0) {
                throw new IOException(in.available() + " bytes follow the last call");
            }
            return List.copyOf(calls);
        } catch (IOException | RuntimeException e) {
            throw e instanceof DamagedRecordingException damaged ? damaged : damaged(e);
        }
    }

    private static byte[] args(RecordedCall call) {
        try {
            return RecordedArgs.write(call.args());
        } catch (NotCopyableException e) {
            throw new IllegalArgumentException(Messages.recordedArgumentsNotData(call.toolkit(), call.method(),
                    e.offendingType(), e.getMessage()), e);
        }
    }

    private static List<Object> readArgs(DataInputStream in, String toolkit, String method, ClassLoader loader)
            throws IOException {
        List<String> recordedTypes = ReplayBindings.of(toolkit).recordedTypes();
        try {
            return RecordedArgs.read(readBytes(in), loader, recordedTypes);
        } catch (NotAllowedException e) {
            throw new DamagedRecordingException(Messages.recordedClassNotAllowed(e.className(), toolkit, method,
                    recordedTypes.toString()), e);
        }
    }

    private static void writeTarget(DataOutputStream out, Target target) throws IOException {
        if (target instanceof Target.Active) {
            out.writeByte(ACTIVE);
        } else if (target instanceof Target.Root root) {
            out.writeByte(ROOT);
            writeString(out, root.name());
        } else if (target instanceof Target.Created created) {
            out.writeByte(CREATED);
            out.writeInt(created.index());
        } else {
            out.writeByte(OUTSIDE);
            writeString(out, ((Target.Outside) target).call());
        }
    }

    private static Target readTarget(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case ACTIVE -> new Target.Active();
            case ROOT -> new Target.Root(readString(in));
            case CREATED -> new Target.Created(in.readInt());
            case OUTSIDE -> new Target.Outside(readString(in));
            default -> throw new IOException("unknown target kind " + kind);
        };
    }

    private static List<String> toolkits(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> toolkits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            toolkits.add(readString(in));
        }
        return toolkits;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A length-prefixed run of bytes; a length beyond what is left is damage, not an allocation to attempt. */
    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a field of " + length + " bytes where " + in.available() + " are left");
        }
        return in.readNBytes(length);
    }

    private static DataInputStream reader(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    private static DamagedRecordingException damaged(Exception e) {
        return new DamagedRecordingException("does not decode (" + e + ")", e);
    }
}
