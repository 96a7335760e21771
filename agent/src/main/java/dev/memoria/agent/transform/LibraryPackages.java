package dev.memoria.agent.transform;

import java.util.Arrays;

/**
 * Packages of the JDK and of widely used libraries, whose classes cannot hold Memoria's annotations (none of them
 * depends on Memoria), so the transformer does not search their class files for them. A large application loads
 * mostly such classes. A rules file may still name them: rules are matched before this list is consulted.
 */
final class LibraryPackages {

    /**
     * Internal-name prefixes, in {@link String#compareTo} order, none a prefix of another: see {@link #contains}.
     * Kept sorted in the source: sorting them as the class loads would load the JDK's sort in {@code premain}. A test
     * checks the order, for which the array is package-private; nothing writes it.
     */
    static final String[] PREFIXES = {
        "ch/qos/logback/", "com/esotericsoftware/", "com/fasterxml/jackson/", "com/google/common/",
        "com/google/errorprone/", "com/google/gson/", "com/google/inject/", "com/google/protobuf/", "com/mysql/",
        "com/sun/", "com/zaxxer/hikari/", "groovy/", "io/grpc/", "io/micrometer/", "io/micronaut/", "io/netty/",
        "io/opentelemetry/", "io/quarkus/", "io/undertow/", "io/vertx/", "jakarta/", "java/", "javax/", "jdk/",
        "kotlin/", "kotlinx/", "liquibase/", "net/bytebuddy/", "okhttp3/", "okio/", "org/antlr/",
        "org/apache/catalina/", "org/apache/commons/", "org/apache/coyote/", "org/apache/hc/",
        "org/apache/http/", "org/apache/kafka/", "org/apache/logging/", "org/apache/tomcat/",
        "org/apache/xerces/", "org/apiguardian/", "org/aspectj/", "org/assertj/", "org/bouncycastle/",
        "org/codehaus/groovy/", "org/eclipse/jetty/", "org/flywaydb/", "org/glassfish/", "org/h2/",
        "org/hamcrest/", "org/hibernate/", "org/jboss/", "org/jetbrains/annotations/", "org/joda/time/",
        "org/jooq/", "org/junit/", "org/mockito/", "org/objectweb/asm/", "org/opentest4j/", "org/postgresql/",
        "org/reactivestreams/", "org/slf4j/", "org/springframework/", "org/thymeleaf/", "org/w3c/dom/",
        "org/xml/sax/", "org/yaml/snakeyaml/", "reactor/", "scala/", "sun/"};

    private LibraryPackages() {
    }

    /**
     * Whether the class belongs to one of the packages. With no prefix a prefix of another, the only prefix that can
     * start the name is the greatest one not after it: a binary search, without allocation.
     *
     * @param internalName e.g. {@code org/springframework/context/ApplicationContext}
     */
    static boolean contains(String internalName) {
        int found = Arrays.binarySearch(PREFIXES, internalName);
        int candidate = found >= 0 ? found : -found - 2;
        return candidate >= 0 && internalName.startsWith(PREFIXES[candidate]);
    }
}
