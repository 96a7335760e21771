package dev.memoria.agent.transform;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.rules.Rules;
import dev.memoria.internal.policy.Attribute;
import dev.memoria.internal.policy.Attributes;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attribute table ({@link Attributes}) is the one definition of the cache attributes: it matches the annotations
 * (names, kinds, forms, defaults), and every row round-trips through each reader — an annotation read by the
 * {@link Instrumenter} (which the agent and the build plugin's {@code memoria:instrument} both use), the site
 * descriptor woven into the class, and a rules file.
 */
class AttributeTableTest {

    private static final String OWNER = "example/Configured";
    /** Other attributes a row's example needs to be valid, as written. */
    private static final Map<String, Map<String, Object>> NEEDS = Map.of(
            "maxStale", Map.of("refresh", "BACKGROUND", "ttl", "10m"),
            "refresh", Map.of("ttl", "10m"));

    @Test
    void theTableHoldsExactlyTheAnnotationsAttributes() {
        for (CacheSpec.Kind kind : CacheSpec.Kind.values()) {
            Set<String> declared = Arrays.stream(annotation(kind).getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> rows = Attributes.all().stream().filter(row -> row.appliesTo(kind)).map(Attribute::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(rows).as("rows of %s", kind).isEqualTo(declared);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRowHasTheAnnotationsFormAndDefault() {
        return Arrays.stream(CacheSpec.Kind.values()).flatMap(kind -> Arrays.stream(
                annotation(kind).getDeclaredMethods()).map(method -> DynamicTest.dynamicTest(
                kind.annotation() + "." + method.getName(), () -> {
                    Attribute<?> row = Attributes.named(method.getName()).orElseThrow();
                    assertThat(row.form()).isEqualTo(formOf(method.getReturnType()));
                    if (row.form() == Attribute.Form.CONSTANT) {
                        assertThat(row.constants()).isEqualTo(method.getReturnType());
                    }
                    assertThat(row.defaultForm()).isEqualTo(written(method.getDefaultValue()));
                    assertThat(row.example()).isNotEqualTo(row.defaultForm());
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyRowRoundTripsThroughAnnotationDescriptorAndRules() {
        return Arrays.stream(CacheSpec.Kind.values()).flatMap(kind -> Attributes.all().stream()
                .filter(row -> row.appliesTo(kind))
                .map(row -> DynamicTest.dynamicTest(kind.annotation() + " " + row.name(), () -> {
                    Map<String, Object> written = new LinkedHashMap<>(NEEDS.getOrDefault(row.name(), Map.of()));
                    written.put(row.name(), row.example());
                    CacheSpec expected = CacheSpec.builder(kind, "example").setAll(written).build();
                    assertThat(expected.get(row)).as("the example is not the default")
                            .isNotEqualTo(CacheSpec.builder(kind, "example").build().get(row));

                    SiteDescriptor annotated = onlySite(new Instrumenter(), annotatedClass(kind, true, written));
                    assertThat(annotated.spec()).as("read from the annotation").isEqualTo(expected);

                    SiteDescriptor decoded = SiteDescriptor.decode(annotated.encode());
                    assertThat(decoded.spec()).as("decoded from the site descriptor").isEqualTo(expected);
                    assertThat(decoded.spec().get(row)).isEqualTo(expected.get(row));

                    Rules rules = Rules.parse("memoria.rules", ruleLine(kind, written));
                    SiteDescriptor ruled = onlySite(new Instrumenter(rules), annotatedClass(kind, false, Map.of()));
                    assertThat(ruled.spec()).as("read from a rules file").isEqualTo(expected);
                })));
    }

    private static Class<? extends Annotation> annotation(CacheSpec.Kind kind) {
        return kind == CacheSpec.Kind.DATA ? CacheData.class : CacheResource.class;
    }

    private static Attribute.Form formOf(Class<?> type) {
        if (type == String.class) {
            return Attribute.Form.TEXT;
        }
        if (type == int.class) {
            return Attribute.Form.WHOLE_NUMBER;
        }
        if (type == boolean.class) {
            return Attribute.Form.FLAG;
        }
        if (type.isEnum()) {
            return Attribute.Form.CONSTANT;
        }
        return type == Class[].class ? Attribute.Form.CLASS_NAMES : Attribute.Form.TEXTS;
    }

    /** An annotation default as the table writes it: enum constants by name, arrays as lists. */
    private static Object written(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Class<?>[] classes) {
            return Arrays.stream(classes).map(Class::getName).toList();
        }
        if (value instanceof Object[] values) {
            return List.of(values);
        }
        return value;
    }

    private static SiteDescriptor onlySite(Instrumenter instrumenter, byte[] classFile) {
        Instrumenter.Result result = instrumenter.instrument(classFile, source(classFile), null);
        assertThat(result.problems()).isEmpty();
        assertThat(result.sites()).hasSize(1);
        return result.sites().get(0);
    }

    private static String ruleLine(CacheSpec.Kind kind, Map<String, Object> written) {
        StringBuilder line = new StringBuilder(kind == CacheSpec.Kind.DATA ? "data" : "resource")
                .append(' ').append(OWNER.replace('/', '.')).append(".load");
        written.forEach((name, value) -> line.append(' ').append(name).append("=\"")
                .append(value instanceof List<?> list ? list.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) : value)
                .append('"'));
        return line.toString();
    }

    /**
     * A class with one method {@code load(int)}, annotated as {@code kind} with {@code written} when asked,
     * and the callbacks a resource's {@code validate} and {@code onRelease} examples name. A resource returns a
     * {@code ByteBuffer}, which {@code offHeap} requires.
     */
    private static byte[] annotatedClass(CacheSpec.Kind kind, boolean annotated, Map<String, Object> written) {
        String value = kind != CacheSpec.Kind.RESOURCE ? "Ljava/lang/String;"
                : "Ljava/nio/ByteBuffer;";
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, OWNER, null, "java/lang/Object", null);
        MethodVisitor load = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "load", "(I)" + value, null,
                null);
        if (annotated) {
            AnnotationVisitor annotation = load.visitAnnotation(Type.getDescriptor(annotation(kind)), true);
            written.forEach((name, given) -> annotate(annotation, Attributes.named(name).orElseThrow(), given));
            annotation.visitEnd();
        }
        load.visitCode();
        load.visitInsn(Opcodes.ACONST_NULL);
        load.visitInsn(Opcodes.ARETURN);
        load.visitMaxs(0, 0);
        load.visitEnd();
        callback(writer, "isOpen", "(" + value + ")Z", Opcodes.ICONST_1, Opcodes.IRETURN);
        callback(writer, "close", "(" + value + ")V", Opcodes.NOP, Opcodes.RETURN);
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static void annotate(AnnotationVisitor annotation, Attribute<?> row, Object given) {
        switch (row.form()) {
            case CONSTANT -> annotation.visitEnum(row.name(), Type.getDescriptor(row.constants()), (String) given);
            case CLASS_NAMES, TEXTS -> {
                AnnotationVisitor array = annotation.visitArray(row.name());
                for (Object entry : (List<?>) given) {
                    array.visit(null, row.form() == Attribute.Form.CLASS_NAMES
                            ? Type.getObjectType(((String) entry).replace('.', '/')) : entry);
                }
                array.visitEnd();
            }
            default -> annotation.visit(row.name(), given);
        }
    }

    private static void callback(ClassWriter writer, String name, String descriptor, int value, int returns) {
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, descriptor, null,
                null);
        method.visitCode();
        method.visitInsn(value);
        method.visitInsn(returns);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    private static ClassSource source(byte[] classFile) {
        return new ClassSource() {
            @Override
            public byte[] classFile(String internalName) {
                return internalName.equals(OWNER) ? classFile : null;
            }

            @Override
            public boolean isProject(String internalName) {
                return internalName.equals(OWNER);
            }

            @Override
            public Iterable<String> projectClasses() {
                return new ArrayList<>(List.of(OWNER));
            }
        };
    }
}
