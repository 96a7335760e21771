package dev.memoria.internal.key;

import dev.memoria.Hasher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keys of calls to made-up methods whose parameters are all hashed, for tests that compare values. */
final class Keys {

    private Keys() {
    }

    /** The key of {@code f(args...)}, a static method with one hashed parameter per argument. */
    static Key keyOf(Object... args) {
        return maker(HasherTable.EMPTY, args.length).keyOf(null, args);
    }

    /** The key of {@code f(args...)} for a method that declares {@code hashers}. */
    static Key keyWith(List<? extends Hasher<?>> hashers, Object... args) {
        return maker(HasherTable.of(hashers), args.length).keyOf(null, args);
    }

    /** A maker for {@code example.Fixture.f(...)} with {@code arity} hashed parameters named {@code arg0, arg1, ...}. */
    static KeyMaker maker(HasherTable hashers, int arity) {
        return maker(hashers, arity, null);
    }

    /** A maker for {@code example.Fixture.f(...)} whose parameters are declared with {@code types}. */
    static KeyMaker maker(HasherTable hashers, Class<?>[] types) {
        return maker(hashers, types.length, types);
    }

    private static KeyMaker maker(HasherTable hashers, int arity, Class<?>[] types) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            names.add("arg" + i);
        }
        boolean[] hashed = new boolean[arity];
        Arrays.fill(hashed, true);
        return new KeyMaker("example.Fixture.f(...)", names, hashed, false, hashers, types);
    }
}
