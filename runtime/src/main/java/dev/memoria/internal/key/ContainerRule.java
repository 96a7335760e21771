package dev.memoria.internal.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values that hold other values: each element goes back through the {@link ValueEncoder}, so user hashers, cycle
 * detection and error paths apply at every level.
 */
enum ContainerRule implements Rule {
    /** Any {@code List}, by order, as {@code List.equals} compares: ArrayList, LinkedList and List.of agree. */
    LIST {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            writeInOrder(Tag.LIST, (Collection<?>) value, out, values);
        }
    },
    /** Collections that are neither lists nor sets (deques, queues), in iteration order. */
    SEQUENCE {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            writeInOrder(Tag.SEQUENCE, (Collection<?>) value, out, values);
        }
    },
    /** The component type keeps a {@code String[]} apart from an {@code Object[]} holding the same strings. */
    OBJECT_ARRAY {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            Object[] array = (Object[]) value;
            out.tag(Tag.OBJECT_ARRAY);
            out.text(array.getClass().getComponentType().getName());
            out.i32(array.length);
            for (int i = 0; i < array.length; i++) {
                values.element(array[i], i);
            }
        }
    },
    /**
     * Order-independent, as {@code Set.equals} compares: each member is digested on its own and the digests are
     * written sorted, so HashSet, LinkedHashSet, TreeSet and Set.of with equal members agree.
     */
    SET {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            List<byte[]> digests = new ArrayList<>();
            for (Object member : (Set<?>) value) {
                digests.add(values.memberDigest(member));
            }
            writeSorted(Tag.SET, digests, out);
        }
    },
    /** Like a set of its entries, as {@code Map.equals} compares: insertion and sort order do not matter. */
    MAP {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            List<byte[]> digests = new ArrayList<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                digests.add(values.entryDigest(entry.getKey(), entry.getValue()));
            }
            writeSorted(Tag.MAP, digests, out);
        }
    },
    MAP_ENTRY {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) value;
            out.tag(Tag.MAP_ENTRY);
            values.component(entry.getKey(), "key");
            values.component(entry.getValue(), "value");
        }
    },
    OPTIONAL {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            Optional<?> optional = (Optional<?>) value;
            out.tag(Tag.OPTIONAL);
            out.u8(optional.isPresent() ? 1 : 0);
            if (optional.isPresent()) {
                values.component(optional.get(), "value");
            }
        }
    };

    @Override
    public boolean nests() {
        return true;
    }

    private static void writeInOrder(Tag tag, Collection<?> elements, DigestSink out, ValueEncoder values) {
        out.tag(tag);
        out.i32(elements.size());
        int index = 0;
        for (Object element : elements) {
            values.element(element, index++);
        }
    }

    private static void writeSorted(Tag tag, List<byte[]> digests, DigestSink out) {
        digests.sort(Arrays::compareUnsigned);
        out.tag(tag);
        out.i32(digests.size());
        for (byte[] digest : digests) {
            out.raw(digest);
        }
    }
}
