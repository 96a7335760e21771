package dev.memoria.internal.copy;

import org.apache.fory.ThreadSafeFory;
import org.apache.fory.config.ForyBuilder;
import org.apache.fory.config.Language;
import org.apache.fory.logging.LoggerFactory;
import org.apache.fory.resolver.TypeChecker;

import java.lang.reflect.Type;
import java.util.List;

/**
 * Builds the Fory pools behind {@link ValueCopier} and {@link ReadBack}. Apart from them so that verifying them, on a
 * JVM's first cached call, loads none of Fory's serializer and checker types: a method whose values need no copy
 * never loads them.
 */
final class ForyPools {

    private ForyPools() {
    }

    /** The copies of values made in this JVM: any data type of {@code loader} ({@link DataOnlyTypeChecker}). */
    static ThreadSafeFory forCopies(ClassLoader loader, boolean trackReferences) {
        return build(loader, new DataOnlyTypeChecker(loader), trackReferences, ValueCopier.MAX_DEPTH);
    }

    /** A method's reader of persisted values: only what it declares ({@link AllowList}), nested at most so deep. */
    static ThreadSafeFory forReadBack(ClassLoader loader, Type declared, int maxDepth) {
        AllowList allowList = new AllowList();
        allowList.allow(declared);
        return build(loader, allowList, true, maxDepth);
    }

    /** The reader of recorded UI call arguments: JDK value types and the toolkit's {@code recordedTypes}. */
    static ThreadSafeFory forRecordedArgs(ClassLoader loader, List<String> recordedTypes) {
        return build(loader, new RecordedTypes(recordedTypes), true, ValueCopier.MAX_DEPTH);
    }

    private static ThreadSafeFory build(ClassLoader loader, TypeChecker checker, boolean trackReferences,
                                        int maxDepth) {
        // Fory logs to stdout by default; a cache must not write into the application's output.
        LoggerFactory.disableLogging();
        ThreadSafeFory fory = new ForyBuilder()
                .withLanguage(Language.JAVA)
                .withClassLoader(loader)
                .requireClassRegistration(false)
                .suppressClassRegistrationWarnings(true)
                .withTypeChecker(checker)
                .withRefTracking(trackReferences)
                .ignoreStringRef(true)
                .ignoreTimeRef(true)
                .withCodegen(false)
                .withMaxGraphMemoryBytes(Long.MAX_VALUE)
                .withMaxDepth(maxDepth)
                .buildThreadSafeForyPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        fory.registerCallback(each -> each.registerSerializer(Class.class, new NamedClasses(each.getConfig())));
        return fory;
    }
}
