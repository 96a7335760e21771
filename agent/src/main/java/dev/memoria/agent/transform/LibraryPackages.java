package dev.memoria.agent.transform;

import java.util.Arrays;

/**
 * Packages of the JDK and of widely used libraries, whose classes cannot hold Memoria's annotations (none of them
 * depends on Memoria), so the transformer does not search their class files for them. A large application loads
 * mostly such classes. A rules file may still name them: rules are matched before this list is consulted.
 */
final class LibraryPackages {

    /** Internal-name prefixes, sorted, none a prefix of another: see {@link #contains}. */
    private static final String[] PREFIXES = sorted(
            "java/", "javax/", "jdk/", "sun/", "com/sun/", "jakarta/",
            "kotlin/", "kotlinx/", "scala/", "groovy/", "org/codehaus/groovy/",
            "org/springframework/", "org/hibernate/", "org/jboss/", "com/fasterxml/jackson/",
            "org/apache/commons/", "org/apache/logging/", "org/apache/catalina/", "org/apache/tomcat/",
            "org/apache/coyote/", "org/apache/http/", "org/apache/hc/", "org/apache/kafka/", "org/apache/xerces/",
            "org/eclipse/jetty/", "com/google/common/", "com/google/protobuf/", "com/google/gson/",
            "com/google/errorprone/", "com/google/inject/", "io/netty/", "io/micrometer/", "io/grpc/", "reactor/",
            "org/slf4j/", "ch/qos/logback/", "org/yaml/snakeyaml/", "org/aspectj/", "net/bytebuddy/",
            "org/objectweb/asm/", "org/glassfish/", "com/zaxxer/hikari/", "org/postgresql/", "com/mysql/",
            "org/h2/", "org/junit/", "org/opentest4j/", "org/mockito/", "org/assertj/", "org/hamcrest/",
            "io/opentelemetry/", "com/esotericsoftware/", "org/jetbrains/annotations/", "okhttp3/", "okio/",
            "org/thymeleaf/", "org/xml/sax/", "org/w3c/dom/", "org/antlr/", "org/joda/time/", "io/undertow/",
            "org/reactivestreams/", "org/bouncycastle/", "io/vertx/", "io/quarkus/", "io/micronaut/", "org/jooq/",
            "org/flywaydb/", "liquibase/", "org/apiguardian/");

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

    private static String[] sorted(String... prefixes) {
        String[] sorted = prefixes.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].startsWith(sorted[i - 1])) {
                throw new IllegalStateException(sorted[i - 1] + " is a prefix of " + sorted[i]);
            }
        }
        return sorted;
    }
}
