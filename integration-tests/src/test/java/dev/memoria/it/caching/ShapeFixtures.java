package dev.memoria.it.caching;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Unhashed;
import dev.memoria.it.support.Calls;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Cached methods of every shape the agent has to rewrite. */
final class ShapeFixtures {

    private ShapeFixtures() {
    }

    /** Static methods: generic, varargs, primitive and void returns, records, and a private one called from inside. */
    static final class Functions {

        static final Calls CALLS = new Calls();

        private Functions() {
        }

        @CacheData
        static <T extends Comparable<T>> T largest(List<T> items) {
            CALLS.record("largest", items);
            return Collections.max(items);
        }

        @CacheData
        static int sum(int... values) {
            CALLS.record("sum", values.clone());
            int total = 0;
            for (int value : values) {
                total += value;
            }
            return total;
        }

        @CacheData
        static boolean isEven(int x) {
            CALLS.record("isEven", x);
            return x % 2 == 0;
        }

        @CacheData
        static char initial(String word) {
            CALLS.record("initial", word);
            return word.charAt(0);
        }

        @CacheData
        static long cube(long x) {
            CALLS.record("cube", x);
            return x * x * x;
        }

        @CacheData
        static double half(double x) {
            CALLS.record("half", x);
            return x / 2;
        }

        @CacheData
        static float third(float x) {
            CALLS.record("third", x);
            return x / 3;
        }

        @CacheData
        static void announce(String message) {
            CALLS.record("announce", message);
        }

        @CacheData
        static Summary summarize(Order order) {
            CALLS.record("summarize", order);
            return new Summary(order.item(), order.price().multiply(BigDecimal.valueOf(order.quantity())),
                    new ArrayList<>(List.of(order.item())));
        }

        /** Calls the private cached method twice from inside the class, as no proxy-based cache could intercept. */
        static int sumOfSquaresTwice(int x) {
            return privateSquare(x) + privateSquare(x);
        }

        @CacheData
        private static int privateSquare(int x) {
            CALLS.record("privateSquare", x);
            return x * x;
        }
    }

    record Order(String item, int quantity, BigDecimal price) {
    }

    record Summary(String item, BigDecimal total, List<String> lines) {
    }

    /** A record's receiver is hashed like an argument: equal records share entries. */
    record Pricing(double rate) {

        static final Calls CALLS = new Calls();

        @CacheData
        double price(int quantity) {
            CALLS.record("price", rate, quantity);
            return rate * quantity;
        }

        /** Self-invocation: each call to {@link #price} from here goes through the cache. */
        double total(int... quantities) {
            double total = 0;
            for (int quantity : quantities) {
                total += price(quantity);
            }
            return total;
        }
    }

    /** Interface methods: a default method and a static one. */
    interface Greeter {

        Calls CALLS = new Calls();

        String title();

        @CacheData
        default String greet(String name) {
            CALLS.record("greet", title(), name);
            return "Good day, " + title() + " " + name;
        }

        @CacheData
        static String shout(String text) {
            CALLS.record("shout", text);
            return text.toUpperCase(java.util.Locale.ROOT) + "!";
        }
    }

    record PoliteGreeter(String title) implements Greeter {
    }

    /**
     * §7 scenario 6, under {@code @CacheData}: a static method, an instance method whose receiver is left out of the
     * key (Python's {@code _self}) and a private one.
     */
    static final class DataShapes implements Shapes {

        static final Calls CALLS = new Calls();

        private final String name;

        DataShapes(String name) {
            this.name = name;
        }

        @CacheData
        static int twice(int x) {
            CALLS.record("twice", x);
            return 2 * x;
        }

        @Override
        @CacheData
        public int thrice(@Unhashed DataShapes this, int x) {
            CALLS.record("thrice", name, x);
            return 3 * x;
        }

        @Override
        public int fourTimes(int x) {
            return quadruple(x);
        }

        @CacheData
        private int quadruple(@Unhashed DataShapes this, int x) {
            CALLS.record("quadruple", name, x);
            return 4 * x;
        }

        @Override
        public int twiceStatic(int x) {
            return twice(x);
        }

        @Override
        public Calls calls() {
            return CALLS;
        }
    }

    /** §7 scenario 6, under {@code @CacheResource}. */
    static final class ResourceShapes implements Shapes {

        static final Calls CALLS = new Calls();

        private final String name;

        ResourceShapes(String name) {
            this.name = name;
        }

        @CacheResource
        static int twice(int x) {
            CALLS.record("twice", x);
            return 2 * x;
        }

        @Override
        @CacheResource
        public int thrice(@Unhashed ResourceShapes this, int x) {
            CALLS.record("thrice", name, x);
            return 3 * x;
        }

        @Override
        public int fourTimes(int x) {
            return quadruple(x);
        }

        @CacheResource
        private int quadruple(@Unhashed ResourceShapes this, int x) {
            CALLS.record("quadruple", name, x);
            return 4 * x;
        }

        @Override
        public int twiceStatic(int x) {
            return twice(x);
        }

        @Override
        public Calls calls() {
            return CALLS;
        }
    }

    /** What scenario 6 calls on either implementation. */
    interface Shapes {

        int twiceStatic(int x);

        int thrice(int x);

        int fourTimes(int x);

        Calls calls();
    }
}
