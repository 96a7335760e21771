package dev.memoria.agent.rules;

import dev.memoria.CacheConfigurationException;
import dev.memoria.agent.report.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code unhashed} attribute of a rule: the arguments left out of the key, as {@code @Unhashed} leaves them out,
 * named by parameter name, by index from 0, or {@code this} for the receiver of an instance method.
 */
public final class UnhashedParameters {

    static final UnhashedParameters NONE = new UnhashedParameters(List.of(), List.of(), false);
    private static final String RECEIVER = "this";

    private final List<String> names;
    private final List<Integer> indices;
    private final boolean receiver;

    private UnhashedParameters(List<String> names, List<Integer> indices, boolean receiver) {
        this.names = List.copyOf(names);
        this.indices = List.copyOf(indices);
        this.receiver = receiver;
    }

    /**
     * @param value the attribute's value, e.g. {@code log,2,this}
     * @throws InvalidRuleException naming the entry that is neither a name, an index nor {@code this}
     */
    static UnhashedParameters parse(String value) {
        List<String> names = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        boolean receiver = false;
        for (String entry : value.split(",", -1)) {
            String item = entry.trim();
            if (item.equals(RECEIVER)) {
                receiver = true;
            } else if (!item.isEmpty() && item.length() <= 9 && item.chars().allMatch(Character::isDigit)) {
                indices.add(Integer.parseInt(item));
            } else if (Names.isIdentifier(item)) {
                names.add(item);
            } else {
                throw new InvalidRuleException(Messages.notAnUnhashedEntry(value, item));
            }
        }
        return new UnhashedParameters(names, indices, receiver);
    }

    /** Whether the receiver of an instance method is left out of the key. */
    public boolean receiver() {
        return receiver;
    }

    /**
     * Marks the parameters this names as unhashed.
     *
     * @param unhashed       one flag per parameter, set here for those named
     * @param parameterNames the method's parameter names, in order
     * @param isStatic       whether the method is static (it has no receiver then)
     * @param method         the method, named in errors
     * @throws CacheConfigurationException when a name or index is not a parameter of the method, or {@code this} is
     *                                     given for a static method
     */
    public void mark(boolean[] unhashed, List<String> parameterNames, boolean isStatic, String method) {
        if (receiver && isStatic) {
            throw new CacheConfigurationException(method, Messages.unhashedReceiverOfStatic());
        }
        for (int index : indices) {
            if (index >= unhashed.length) {
                throw new CacheConfigurationException(method, Messages.unhashedIndexOutOfRange(index, unhashed.length));
            }
            unhashed[index] = true;
        }
        for (String name : names) {
            int index = parameterNames.indexOf(name);
            if (index < 0) {
                throw new CacheConfigurationException(method, Messages.unhashedUnknownName(name, parameterNames));
            }
            unhashed[index] = true;
        }
    }
}
