package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;

import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;

/** The parameter list of a method pattern: {@code (..)} or none for any list, {@code ()} for none, or the types. */
final class ParameterTypes {

    static final ParameterTypes ANY = new ParameterTypes(null);
    private static final String ANY_LIST = "..";

    /** {@code null} for any list. */
    private final List<TypeName> types;

    private ParameterTypes(List<TypeName> types) {
        this.types = types;
    }

    /**
     * @param list    the text between the parentheses
     * @param pattern the whole method pattern, quoted in messages
     * @throws InvalidRuleException naming what is wrong and the fix
     */
    static ParameterTypes parse(String list, String pattern) {
        String trimmed = list.trim();
        if (trimmed.equals(ANY_LIST)) {
            return ANY;
        }
        List<TypeName> types = new ArrayList<>();
        if (trimmed.isEmpty()) {
            return new ParameterTypes(types);
        }
        for (String type : trimmed.split(",", -1)) {
            String name = type.trim();
            if (name.equals(ANY_LIST)) {
                throw new InvalidRuleException(Messages.anyListBesideTypes(pattern));
            }
            if (name.isEmpty()) {
                throw new InvalidRuleException(Messages.emptyParameterType(pattern));
            }
            types.add(TypeName.parse(name, pattern));
        }
        return new ParameterTypes(List.copyOf(types));
    }

    boolean matches(String descriptor) {
        if (types == null) {
            return true;
        }
        Type[] parameters = Type.getArgumentTypes(descriptor);
        if (parameters.length != types.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!types.get(i).matches(parameters[i])) {
                return false;
            }
        }
        return true;
    }
}
