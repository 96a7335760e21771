package dev.memoria.internal.copy;

import org.apache.fory.resolver.TypeChecker;
import org.apache.fory.resolver.TypeResolver;

import java.util.List;

/**
 * The classes the arguments of recorded UI calls read back from disk may contain: JDK value types, plus the classes a
 * toolkit's binding names as the ones it records. A cache file that names any other class is refused before that
 * class is touched, as for values (see {@link AllowList}).
 *
 * <p>A pattern is a class name ({@code dev.memoria.ui.element.Text}) or a package followed by {@code .*}
 * ({@code dev.memoria.ui.element.*}), which admits the classes of that package and their nested classes, but not
 * those of its sub-packages.
 */
final class RecordedTypes implements TypeChecker {

    private final List<String> patterns;

    RecordedTypes(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** @throws NotAllowedException for a class outside the list, naming it */
    @Override
    public boolean checkType(TypeResolver resolver, String className) {
        String element = AllowList.elementName(className);
        if (element == null || JdkValueTypes.contains(element) || matches(element)) {
            return true;
        }
        throw new NotAllowedException(element);
    }

    private boolean matches(String className) {
        for (String pattern : patterns) {
            if (pattern.endsWith(".*")) {
                String inPackage = pattern.substring(0, pattern.length() - 1);
                if (className.startsWith(inPackage) && className.indexOf('.', inPackage.length()) < 0) {
                    return true;
                }
            } else if (className.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
