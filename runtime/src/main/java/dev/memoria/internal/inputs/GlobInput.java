package dev.memoria.internal.inputs;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a glob matches under its base directory (the leading segments without wildcards), listed again on every
 * call, each keyed by its relative path and content (see {@link FileDigests}). The walk never follows a symbolic link
 * to a directory, so it cannot loop or leave the base; a link to a file is read like the file. It stops after
 * {@link #MAX_ENTRIES} entries: a larger tree is keyed by a random value (every call misses) and reported once.
 */
final class GlobInput implements DeclaredInput {

    static final int MAX_ENTRIES = 200_000;

    private final Reporter reporter;
    private final String declared;
    private final Path base;
    private final PathMatcher matcher;
    private final int maxDepth;
    private final FileDigests digests = new FileDigests();
    private final SecureRandom nonces = new SecureRandom();

    /**
     * @param declared the glob as declared, e.g. {@code data/**}{@code /*.csv}
     * @param base     its leading segments without wildcards ({@code data}), or "" for the working directory
     * @param pattern  the rest, matched against paths relative to the base
     * @param reporter told when the glob matches too much to read
     */
    GlobInput(String declared, String base, String pattern, Reporter reporter) {
        this.declared = declared;
        this.reporter = reporter;
        this.base = Path.of(base.isEmpty() ? "." : base);
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.maxDepth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/", -1).length;
    }

    @Override
    public void writeCurrent(MessageDigest digest) {
        Digests.text(digest, "glob");
        Digests.text(digest, declared);
        List<Listed> matched = list();
        if (matched == null) {
            byte[] nonce = new byte[16];
            nonces.nextBytes(nonce);
            digest.update(nonce);
            return;
        }
        Digests.number(digest, matched.size());
        Set<Path> files = new HashSet<>();
        for (Listed listed : matched) {
            Digests.text(digest, listed.relative());
            digests.writeCurrent(digest, listed.file(), listed.attributes());
            files.add(listed.file());
        }
        digests.retainOnly(files);
    }

    /** A matching file: its path relative to the base, with '/' between names, and as the walk found it. */
    private record Listed(String relative, Path file, BasicFileAttributes attributes) {
    }

    /** The matching files, sorted by relative path; empty when the base is missing; null when too many entries. */
    private List<Listed> list() {
        List<Listed> matched = new ArrayList<>();
        int[] visited = {0};
        boolean[] tooMany = {false};
        try {
            Files.walkFileTree(base, EnumSet.noneOf(java.nio.file.FileVisitOption.class), maxDepth,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return count();
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            Path relative = base.relativize(file);
                            if (!attributes.isDirectory() && matcher.matches(relative)) {
                                matched.add(new Listed(relative.toString().replace(
                                        relative.getFileSystem().getSeparator(), "/"), file, attributes));
                            }
                            return count();
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return count(); // unreadable directory: its files are not seen, like a missing one
                        }

                        private FileVisitResult count() {
                            if (++visited[0] > MAX_ENTRIES) {
                                tooMany[0] = true;
                                return FileVisitResult.TERMINATE;
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | SecurityException e) {
            return List.of(); // the walk reports failures per entry; this is the base itself being unreadable
        }
        if (tooMany[0]) {
            reporter.once("glob " + declared,
                    Messages.globTooLarge(declared, MAX_ENTRIES, base.toAbsolutePath().toString()));
            return null;
        }
        matched.sort(Comparator.comparing(Listed::relative));
        return matched;
    }
}
