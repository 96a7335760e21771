package dev.memoria.agent.transform;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.internal.call.SiteBootstrap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every loaded class goes through before any parse: the constant pool searched for the annotations
 * ({@link ClassMarkers}, {@link ConstantPool}), and the packages whose classes are not searched
 * ({@link LibraryPackages}).
 */
class PreCheckTest {

    @SuppressWarnings("unused")
    static final class Data {
        static final long BIG = 1L << 40; // a long takes two constant pool entries: the walk must step over both
        static final double HALF = 0.5;

        @CacheData
        static int cached(int x) {
            return x + (int) BIG;
        }
    }

    @SuppressWarnings("unused")
    static final class Resource {
        @CacheResource
        static Object cached() {
            return new Object();
        }
    }

    @SuppressWarnings("unused")
    static final class Plain {
        static final String LOOKALIKE = "Ldev/memoria/CacheDataX;";

        static int plain(int x) {
            return x;
        }
    }

    @Test
    @DisplayName("a class file that names @CacheData or @CacheResource may declare cached methods")
    void annotatedClasses() throws IOException {
        assertThat(ClassMarkers.mayDeclareCachedMethods(bytes(Data.class))).isTrue();
        assertThat(ClassMarkers.mayDeclareCachedMethods(bytes(Resource.class))).isTrue();
    }

    @Test
    @DisplayName("a class file that does not, even with a constant that starts like them, does not")
    void plainClass() throws IOException {
        assertThat(ClassMarkers.mayDeclareCachedMethods(bytes(Plain.class))).isFalse();
        assertThat(ClassMarkers.isWoven(bytes(Data.class))).isFalse();
    }

    @Test
    @DisplayName("the names the check looks for, written out so that premain loads no class they name, are theirs")
    void markersNameTheirClasses() {
        assertThat(ClassMarkers.CACHE_DATA).isEqualTo(CacheData.class.descriptorString());
        assertThat(ClassMarkers.CACHE_RESOURCE).isEqualTo(CacheResource.class.descriptorString());
        assertThat(ClassMarkers.WOVEN).isEqualTo(SiteBootstrap.class.getName().replace('.', '/'));
    }

    @Test
    @DisplayName("bytes that are no class file are searched byte by byte, as before")
    void notAClassFile() throws IOException {
        byte[] annotated = bytes(Data.class);
        byte[] truncated = Arrays.copyOf(annotated, 40);
        byte[] garbage = ("junk Ldev/memoria/CacheData; junk").getBytes(StandardCharsets.UTF_8);

        assertThat(ClassMarkers.mayDeclareCachedMethods(truncated)).isFalse();
        assertThat(ClassMarkers.mayDeclareCachedMethods(garbage)).isTrue();
        assertThat(ClassMarkers.mayDeclareCachedMethods(new byte[0])).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "java/lang/String,                               true",
        "org/springframework/context/ApplicationContext, true",
        "org/apache/commons/lang3/StringUtils,           true",
        "com/fasterxml/jackson/databind/ObjectMapper,    true",
        "kotlin/collections/CollectionsKt,               true",
        "org/springframeworkx/Thing,                     false",
        "org/apache/Other,                               false",
        "com/acme/Reports,                               false",
        "Main,                                           false",
        "aaa/First,                                      false",
        "zzz/Last,                                       false",
    })
    @DisplayName("JDK and well-known library packages are known by their prefix")
    void libraryPackages(String internalName, boolean library) {
        assertThat(LibraryPackages.contains(internalName)).isEqualTo(library);
    }

    @Test
    @DisplayName("the library prefixes are sorted and none is a prefix of another, as the binary search needs")
    void libraryPrefixesAreSortedAndPrefixFree() {
        String[] prefixes = LibraryPackages.PREFIXES;
        for (int i = 1; i < prefixes.length; i++) {
            assertThat(prefixes[i - 1]).as("prefix %d", i - 1).isLessThan(prefixes[i]);
            assertThat(prefixes[i]).as("prefix %d", i).doesNotStartWith(prefixes[i - 1]);
        }
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
