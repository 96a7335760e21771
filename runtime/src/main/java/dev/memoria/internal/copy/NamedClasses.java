package dev.memoria.internal.copy;

import dev.memoria.internal.report.Messages;

import org.apache.fory.config.Config;
import org.apache.fory.context.ReadContext;
import org.apache.fory.context.WriteContext;
import org.apache.fory.serializer.ImmutableSerializer;
import org.apache.fory.serializer.Serializers;

/**
 * Writes {@code Class} values as Fory does, by name, and refuses a hidden class (a lambda's, say): it has no name to
 * be found by again, so Fory would write a stand-in and a copy would hold that stand-in instead of the class, a wrong
 * value served on every hit. Refused, the value is not copyable and its method runs uncached, as for other such values.
 */
@SuppressWarnings("rawtypes")
final class NamedClasses extends ImmutableSerializer<Class> {

    private final Serializers.ClassSerializer byName;

    NamedClasses(Config config) {
        super(config, Class.class);
        this.byName = new Serializers.ClassSerializer(config);
    }

    @Override
    public void write(WriteContext context, Class type) {
        if (type.isHidden()) {
            throw new NotCopyableException(type.getName(), Messages.hiddenClass(), null);
        }
        byName.write(context, type);
    }

    @Override
    public Class read(ReadContext context) {
        return byName.read(context);
    }
}
