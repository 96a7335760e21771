package dev.memoria.agent.fingerprint;

import dev.memoria.internal.Settings;
import dev.memoria.internal.digest.Sha256;
import dev.memoria.internal.site.Manifest;
import dev.memoria.internal.store.chronicle.PrivateFiles;
import org.objectweb.asm.ClassReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fingerprints kept in the cache directory, so that the next JVM reads them instead of fingerprinting again. A
 * fingerprint is a function of the class file and of what the fingerprinter learns from its {@link ClassSource}: the
 * class files it reads, which classes are project code, the project's classes and their supertypes. The first JVM
 * records every question the fingerprinter asks and a digest of the answers; a later JVM asks the same questions
 * again, which costs reading and hashing those class files but no parse and no walk, and uses the stored fingerprints
 * only if every answer is the same. An edit anywhere the fingerprint looked changes an answer, so it is recomputed.
 *
 * <p>The file is a hint, never trusted: it is read only from a folder and file of this user that nobody else can
 * write ({@link PrivateFiles}), must carry the digest of the class file and methods it was asked for, and must pass
 * its HMAC under the cache directory's secret (as every stored entry does), so a truncated, damaged, swapped or forged
 * file is ignored and the fingerprints computed again.
 *
 * <p>With {@code -Dmemoria.test.fingerprints=true} each lookup prints whether it was computed or read, for tests.
 */
public final class FingerprintCache {

    /** The folder of the cache directory that holds them. */
    public static final String FOLDER = "fingerprints";
    private static final String MAGIC = "memoria-fingerprints-2";
    private static final int MAX_BYTES = 64 << 20;
    private static final int DIGEST_BYTES = Sha256.BYTES;
    private static final boolean TRACE = Boolean.getBoolean("memoria.test.fingerprints");

    /**
     * Keeps fingerprints in the folder {@value #FOLDER} of the cache directory ({@link Settings#cacheDirectory()}),
     * asked at each lookup: the application may set it after the agent starts.
     */
    public FingerprintCache() {
    }

    /**
     * The analysis of {@code methods} of a class, as {@link ClassAnalysis#of}: read back if a previous JVM computed it
     * from the same answers, else computed and stored.
     *
     * @param owner the class's internal name
     */
    public ClassAnalysis analysis(String owner, byte[] ownerClassFile, Collection<String> methods,
                                  ClassSource source) {
        byte[] key = key(ownerClassFile, methods);
        String name = HashBuilder.hex(key);
        Path directory = Settings.cacheDirectory();
        ClassAnalysis stored = read(directory, name, key, methods, source);
        if (stored != null) {
            trace("read", ownerClassFile);
            return stored;
        }
        RecordingSource recording = new RecordingSource(source);
        ClassAnalysis computed = ClassAnalysis.of(new Fingerprinter(recording), owner, ownerClassFile, methods);
        trace("computed", ownerClassFile);
        try {
            PrivateFiles.write(directory, FOLDER, name, encode(key, recording, computed));
        } catch (IOException | RuntimeException e) {
            // a cache directory that cannot be written costs the next JVM this fingerprint again, nothing else
        }
        return computed;
    }

    /** SHA-256 without the provider framework ({@link Sha256}): every JVM that reads a fingerprint hashes here. */
    private static byte[] key(byte[] ownerClassFile, Collection<String> methods) {
        Sha256 digest = new Sha256();
        digest.update((MAGIC + "\n" + Fingerprinter.SCHEMA + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(ownerClassFile);
        for (String method : new TreeSet<>(methods)) {
            digest.update(("\n" + method).getBytes(StandardCharsets.UTF_8));
        }
        return digest.digest();
    }

    private static ClassAnalysis read(Path directory, String name, byte[] key, Collection<String> methods,
                                      ClassSource source) {
        byte[] file = PrivateFiles.read(directory, FOLDER, name, MAX_BYTES);
        if (file == null) {
            return null; // absent, or failed the tag PrivateFiles checks
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file))) {
            if (!in.readUTF().equals(MAGIC) || !Arrays.equals(in.readNBytes(DIGEST_BYTES), key)) {
                return null;
            }
            RecordingSource replay = new RecordingSource(source);
            for (int i = 0, count = in.readInt(); i < count; i++) {
                replay.ask(in.readByte(), in.readUTF());
            }
            if (!Arrays.equals(in.readNBytes(DIGEST_BYTES), replay.answers())) {
                return null;
            }
            Map<String, String> fingerprints = new LinkedHashMap<>();
            Map<String, Manifest> manifests = new LinkedHashMap<>();
            Map<String, List<HiddenRead>> hiddenReads = new LinkedHashMap<>();
            for (int i = 0, count = in.readInt(); i < count; i++) {
                String method = in.readUTF();
                fingerprints.put(method, in.readUTF());
                manifests.put(method, Manifest.decode(readText(in)));
                hiddenReads.put(method, readHiddenReads(in));
            }
            return fingerprints.keySet().equals(new HashSet<>(methods))
                    ? new ClassAnalysis(fingerprints, manifests, hiddenReads) : null;
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    private static byte[] encode(byte[] key, RecordingSource recording, ClassAnalysis analysis) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.write(key);
            out.writeInt(recording.questions.size());
            for (Question question : recording.questions) {
                out.writeByte(question.kind());
                out.writeUTF(question.name());
            }
            out.write(recording.answers());
            out.writeInt(analysis.fingerprints().size());
            for (Map.Entry<String, String> fingerprint : analysis.fingerprints().entrySet()) {
                out.writeUTF(fingerprint.getKey());
                out.writeUTF(fingerprint.getValue());
                writeText(out, analysis.manifests().get(fingerprint.getKey()).encode());
                writeHiddenReads(out, analysis.hiddenReads().get(fingerprint.getKey()));
            }
        }
        return bytes.toByteArray();
    }

    /** A manifest may pass writeUTF's 64 KiB: its length, then its UTF-8 bytes. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("a text of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeHiddenReads(DataOutputStream out, List<HiddenRead> reads) throws IOException {
        out.writeInt(reads.size());
        for (HiddenRead read : reads) {
            out.writeUTF(read.kind().name());
            out.writeUTF(read.source());
            out.writeUTF(read.name());
            out.writeInt(read.path().size());
            for (HiddenRead.Method step : read.path()) {
                out.writeUTF(step.owner());
                out.writeUTF(step.name());
                out.writeUTF(step.descriptor());
            }
        }
    }

    private static List<HiddenRead> readHiddenReads(DataInputStream in) throws IOException {
        List<HiddenRead> reads = new ArrayList<>();
        for (int i = 0, count = in.readInt(); i < count; i++) {
            HiddenRead.Kind kind = HiddenRead.Kind.valueOf(in.readUTF());
            String source = in.readUTF();
            String name = in.readUTF();
            List<HiddenRead.Method> path = new ArrayList<>();
            for (int j = 0, steps = in.readInt(); j < steps; j++) {
                path.add(new HiddenRead.Method(in.readUTF(), in.readUTF(), in.readUTF()));
            }
            reads.add(new HiddenRead(kind, source, name, path));
        }
        return reads;
    }

    private static void trace(String how, byte[] classFile) {
        if (TRACE) {
            System.err.println("[memoria] fingerprints " + how + ": " + new ClassReader(classFile).getClassName());
        }
    }

    /** One question asked of a {@link ClassSource}: its kind and the class it names. */
    private record Question(byte kind, String name) {
    }

    /**
     * A source that passes questions on and keeps them, with a digest of the answers in the order asked. Replaying
     * the questions on another source gives the same digest exactly when every answer is the same.
     */
    private static final class RecordingSource implements ClassSource {

        private static final byte CLASS_FILE = 1;
        private static final byte IS_PROJECT = 2;
        private static final byte PROJECT_CLASSES = 3;
        private static final byte SUPERTYPES = 4;

        private final ClassSource source;
        private final List<Question> questions = new ArrayList<>();
        private final Sha256 answers = new Sha256();

        RecordingSource(ClassSource source) {
            this.source = source;
        }

        @Override
        public byte[] classFile(String internalName) {
            byte[] classFile = source.classFile(internalName);
            record(CLASS_FILE, internalName, classFile == null ? new byte[] {0} : classFile);
            return classFile;
        }

        @Override
        public boolean isProject(String internalName) {
            boolean project = source.isProject(internalName);
            record(IS_PROJECT, internalName, new byte[] {(byte) (project ? 1 : 0)});
            return project;
        }

        @Override
        public Iterable<String> projectClasses() {
            List<String> classes = new ArrayList<>();
            source.projectClasses().forEach(classes::add);
            // the order of a source's set may differ from one JVM to the next; its content may not
            record(PROJECT_CLASSES, "", String.join("\n", new TreeSet<>(classes)).getBytes(StandardCharsets.UTF_8));
            return classes;
        }

        @Override
        public List<String> supertypes(String internalName) {
            List<String> supertypes = source.supertypes(internalName);
            record(SUPERTYPES, internalName, String.join("\n", supertypes).getBytes(StandardCharsets.UTF_8));
            return supertypes;
        }

        void ask(byte kind, String name) {
            switch (kind) {
                case CLASS_FILE -> classFile(name);
                case IS_PROJECT -> isProject(name);
                case PROJECT_CLASSES -> projectClasses();
                case SUPERTYPES -> supertypes(name);
                default -> throw new IllegalArgumentException("unknown question " + kind);
            }
        }

        private void record(byte kind, String name, byte[] answer) {
            questions.add(new Question(kind, name));
            answers.update(kind);
            answers.update(name.getBytes(StandardCharsets.UTF_8));
            answers.update((byte) 0);
            // lengths first, so that answers that follow each other cannot run together
            int n = answer.length;
            answers.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            answers.update(answer);
        }

        byte[] answers() {
            return answers.digest();
        }
    }
}
