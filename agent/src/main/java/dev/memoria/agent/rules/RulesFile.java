package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the text of a rules file, refusing what would stall or swamp the agent's start-up: anything but a regular
 * file (reading a FIFO waits for a writer forever; a device may never end) and more than {@link Limits#FILE_BYTES}.
 */
final class RulesFile {

    private static final int FILE_TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private RulesFile() {
    }

    /** @throws RulesFileException naming the path, what is wrong and the fix */
    static String read(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw RulesFileException.unreadable(Messages.rulesFileNotRegular(file.toString(),
                        kind(file, attributes)));
            }
            // the size is checked again while reading: the file may grow in between
            if (attributes.size() > Limits.FILE_BYTES) {
                throw tooLarge(file, attributes.size());
            }
            byte[] bytes;
            // a FileInputStream, which the JVM has loaded already, where Files.newInputStream loads 30 channel classes
            try (InputStream in = new FileInputStream(file.toFile())) {
                bytes = in.readNBytes(Limits.FILE_BYTES + 1);
            }
            if (bytes.length > Limits.FILE_BYTES) {
                throw tooLarge(file, bytes.length);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw RulesFileException.unreadable(Messages.rulesFileMissing(file.toString(),
                    file.toAbsolutePath().toString(), Path.of("").toAbsolutePath().toString()));
        } catch (CharacterCodingException e) {
            throw RulesFileException.unreadable(Messages.rulesFileNotUtf8(file.toString()));
        } catch (IOException e) {
            throw RulesFileException.unreadable(Messages.rulesFileUnreadable(file.toString(),
                    file.toAbsolutePath().toString(), e.toString()));
        }
    }

    private static RulesFileException tooLarge(Path file, long size) {
        return RulesFileException.unreadable(Messages.rulesFileTooLarge(file.toString(), Limits.number(size),
                Limits.number(Limits.FILE_BYTES)));
    }

    /** What the file is instead, as precisely as the file system tells. */
    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        try {
            return switch ((Integer) Files.getAttribute(file, "unix:mode") & FILE_TYPE_MASK) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file"; // a file system without the unix view
        }
    }
}
