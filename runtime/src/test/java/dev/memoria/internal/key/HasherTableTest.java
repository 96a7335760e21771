package dev.memoria.internal.key;

import dev.memoria.Hasher;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A hasher's handled type is read from its generic declaration, however it reaches {@code Hasher<T>}. */
class HasherTableTest {

    static final class Direct implements Hasher<String> {
        @Override
        public Object hash(String value) {
            return value;
        }
    }

    abstract static class ByToString<T> implements Hasher<T> {
        @Override
        public Object hash(T value) {
            return value.toString();
        }
    }

    static final class StringBuilderByToString extends ByToString<StringBuilder> {
    }

    interface TextHasher<T extends CharSequence> extends Hasher<T> {
    }

    static final class StringBufferHasher implements TextHasher<StringBuffer> {
        @Override
        public Object hash(StringBuffer value) {
            return value.toString();
        }
    }

    abstract static class SecondArgument<A, B> implements Hasher<B> {
        @Override
        public Object hash(B value) {
            return value.toString();
        }
    }

    abstract static class Renamed<R> extends SecondArgument<String, R> {
    }

    static final class IntegerThroughTwoLevels extends Renamed<Integer> {
    }

    static final class ListOfStrings implements Hasher<List<String>> {
        @Override
        public Object hash(List<String> value) {
            return value.size();
        }
    }

    static final class IntArrays implements Hasher<int[]> {
        @Override
        public Object hash(int[] value) {
            return value.length;
        }
    }

    abstract static class ArraysOf<E> implements Hasher<E[]> {
        @Override
        public Object hash(E[] value) {
            return value.length;
        }
    }

    static final class StringArrays extends ArraysOf<String> {
    }

    static final class ByToStringOfAnything<T> extends ByToString<T> {
    }

    @SuppressWarnings("rawtypes")
    static final class Raw implements Hasher {
        @Override
        public Object hash(Object value) {
            return value;
        }
    }

    @Test
    void theTypeArgumentIsFoundWhereverItIsBound() {
        assertThat(HandledTypes.of(Direct.class)).isEqualTo(String.class);
        assertThat(HandledTypes.of(StringBuilderByToString.class)).isEqualTo(StringBuilder.class);
        assertThat(HandledTypes.of(StringBufferHasher.class)).isEqualTo(StringBuffer.class);
        assertThat(HandledTypes.of(IntegerThroughTwoLevels.class)).isEqualTo(Integer.class);
        assertThat(HandledTypes.of(new Hasher<Thread>() {
            @Override
            public Object hash(Thread value) {
                return value.getName();
            }
        }.getClass())).isEqualTo(Thread.class);
    }

    @Test
    void parameterizedAndArrayTypesResolveToTheirClass() {
        assertThat(HandledTypes.of(ListOfStrings.class)).isEqualTo(List.class);
        assertThat(HandledTypes.of(IntArrays.class)).isEqualTo(int[].class);
        assertThat(HandledTypes.of(StringArrays.class)).isEqualTo(String[].class);
    }

    @Test
    void aRawHasherIsRejectedWithTheDeclarationToWrite() {
        assertThatIllegalArgumentException().isThrownBy(() -> HasherTable.of(List.<Hasher<?>>of(new Raw())))
                .withMessage("Memoria cannot tell which type the Hasher " + Raw.class.getName() + " handles: it "
                             + "implements Hasher without a type argument (a raw type or a lambda). Name the type in "
                             + "a class declaration: class FooHasher implements Hasher<Foo> { ... }.");
    }

    @Test
    void aLambdaIsRejectedLikeARawHasher() {
        Hasher<String> lambda = String::length;

        assertThatIllegalArgumentException().isThrownBy(() -> HasherTable.of(List.of(lambda)))
                .withMessageContaining("without a type argument (a raw type or a lambda)");
    }

    @Test
    void anUnboundTypeVariableIsRejectedWithTheSubclassToWrite() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HasherTable.of(List.of(new ByToStringOfAnything<String>())))
                .withMessage("Memoria cannot tell which type the Hasher " + ByToStringOfAnything.class.getName()
                             + " handles: it leaves the type variable T of its Hasher<T> unbound. Bind it in a class "
                             + "declaration: class FooHasher extends ByToStringOfAnything<Foo> { }.");
    }

    @Test
    void noHashersIsTheEmptyTable() {
        assertThat(HasherTable.of(List.of())).isSameAs(HasherTable.EMPTY);
        assertThat(HasherTable.EMPTY.forClass(String.class)).isNull();
    }

    @Test
    void theTableAppliesAHasherToItsTypeAndSubtypesOnly() {
        HasherTable table = HasherTable.of(List.of(new StringBufferHasher(), new ListOfStrings()));

        assertThat(table.forClass(StringBuffer.class).name()).isEqualTo(StringBufferHasher.class.getName());
        assertThat(table.forClass(java.util.ArrayList.class).name()).isEqualTo(ListOfStrings.class.getName());
        assertThat(table.forClass(StringBuilder.class)).isNull();
    }
}
