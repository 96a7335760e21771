import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: writes the source of the flyweight class Chronicle Map would otherwise generate and compile with javac
 * at run time ({@code VanillaGlobalMutableState$$Native}). Chronicle Values looks for the class by name before it
 * compiles anything, so shipping it pre-compiled (and relocated with the rest of Chronicle) means no javac at run
 * time and no access to the jdk.compiler module. Run by the runtime module's build with Java's source launcher:
 * {@code java -cp <compile class path> GenerateChronicleNative.java <output directory>}.
 */
public final class GenerateChronicleNative {

    private static final String VALUE_TYPE = "net.openhft.chronicle.hash.VanillaGlobalMutableState";

    public static void main(String[] args) throws Exception {
        Class<?> valueType = Class.forName(VALUE_TYPE);
        Class<?> modelType = Class.forName("net.openhft.chronicle.values.ValueModel");
        Object model = modelType.getMethod("acquire", Class.class).invoke(null, valueType);
        Method generate = Class.forName("net.openhft.chronicle.values.Generators")
                .getDeclaredMethod("generateNativeClass", modelType, String.class);
        generate.setAccessible(true);
        String simpleName = valueType.getSimpleName() + "$$Native";
        String source = (String) generate.invoke(null, model, simpleName);
        // Chronicle writes raw types (BytesStore, BytesIn, ...), which -Xlint would report on every build
        String declaration = "public class " + simpleName;
        if (!source.contains(declaration)) {
            throw new IllegalStateException("Chronicle's generated source no longer declares '" + declaration
                    + "'; update " + GenerateChronicleNative.class.getSimpleName() + ".java:\n" + source);
        }
        source = source.replace(declaration, "@SuppressWarnings(\"rawtypes\")\n" + declaration);
        Path file = Path.of(args[0], VALUE_TYPE.substring(0, VALUE_TYPE.lastIndexOf('.')).replace('.', '/'),
                simpleName + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
