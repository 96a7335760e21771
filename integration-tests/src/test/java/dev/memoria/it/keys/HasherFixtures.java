package dev.memoria.it.keys;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Hasher;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Hashers, Streamlit's {@code hash_funcs}, and the methods that declare them. */
final class HasherFixtures {

    private HasherFixtures() {
    }

    /** A plain class: hashable only through {@link WarehouseHasher}. */
    static class Warehouse {

        final String region;
        final String manager;

        Warehouse(String region, String manager) {
            this.region = region;
            this.manager = manager;
        }
    }

    /** Two warehouses of one region are the same key, whoever manages them. */
    static final class WarehouseHasher implements Hasher<Warehouse> {
        @Override
        public Object hash(Warehouse warehouse) {
            return warehouse.region;
        }
    }

    static Stream<Named<Stock>> both() {
        return Stream.of(Named.of("@CacheData", new DataWarehouse("north", "Ada")),
                Named.of("@CacheResource", new ResourceWarehouse("north", "Ada")));
    }

    /** §7 scenario 9: a method whose receiver is hashable only through a hasher. */
    interface Stock {

        Calls calls();

        int stock(String item);

        /** Another warehouse of the same class. */
        Stock elsewhere(String region, String manager);
    }

    static final class DataWarehouse extends Warehouse implements Stock {

        static final Calls CALLS = new Calls();

        DataWarehouse(String region, String manager) {
            super(region, manager);
        }

        @Override
        @CacheData(hashers = WarehouseHasher.class)
        public int stock(String item) {
            CALLS.record("stock", region, manager, item);
            return item.length();
        }

        @Override
        public Stock elsewhere(String region, String manager) {
            return new DataWarehouse(region, manager);
        }

        @Override
        public Calls calls() {
            return CALLS;
        }
    }

    static final class ResourceWarehouse extends Warehouse implements Stock {

        static final Calls CALLS = new Calls();

        ResourceWarehouse(String region, String manager) {
            super(region, manager);
        }

        @Override
        @CacheResource(hashers = WarehouseHasher.class)
        public int stock(String item) {
            CALLS.record("stock", region, manager, item);
            return item.length();
        }

        @Override
        public Stock elsewhere(String region, String manager) {
            return new ResourceWarehouse(region, manager);
        }

        @Override
        public Calls calls() {
            return CALLS;
        }
    }

    /** Records every value it is asked to hash (§7 scenario 10). */
    static final class SpyStringHasher implements Hasher<String> {

        static final List<String> HASHED = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Object hash(String value) {
            HASHED.add(value);
            return value;
        }
    }

    /** Replaces the built-in rule for strings: case does not matter. */
    static final class CaseInsensitiveHasher implements Hasher<String> {
        @Override
        public Object hash(String value) {
            return value.toLowerCase(Locale.ROOT);
        }
    }

    /** A plain object, standing in for a mock: it refers to itself, and has no value. */
    static final class Mock {

        final Mock self = this;
    }

    /** Hashes a value by its identity: each distinct object gets its own number, in order of first sight. */
    static final class IdentityHasher implements Hasher<Mock> {

        private static final Map<Object, Integer> IDS = Collections.synchronizedMap(new IdentityHashMap<>());

        @Override
        public Object hash(Mock value) {
            synchronized (IDS) {
                return IDS.computeIfAbsent(value, v -> IDS.size());
            }
        }
    }

    /** Hands the value back: the result is hashed with the built-in rules (§7 scenario 24). */
    static final class IntegerIdentityHasher implements Hasher<Integer> {
        @Override
        public Object hash(Integer value) {
            return value;
        }
    }

    interface Shape {
        String describe();
    }

    static final class Circle implements Shape {

        private final int radius;

        Circle(int radius) {
            this.radius = radius;
        }

        @Override
        public String describe() {
            return "circle " + radius;
        }
    }

    static final class Square implements Shape {

        private final int side;

        Square(int side) {
            this.side = side;
        }

        @Override
        public String describe() {
            return "square " + side;
        }
    }

    /** Declared for an interface: applies to every implementation (§7 scenario 25). */
    static final class ShapeHasher implements Hasher<Shape> {
        @Override
        public Object hash(Shape shape) {
            return shape.describe();
        }
    }

    /** A ticket hashes differently every time (§7 scenario 25: a non-deterministic hasher). */
    static final class Ticket {
    }

    static final class TicketHasher implements Hasher<Ticket> {

        private static final AtomicInteger NEXT = new AtomicInteger();

        @Override
        public Object hash(Ticket ticket) {
            return NEXT.incrementAndGet();
        }
    }

    /** Fails on every value (§7 scenario 26). */
    static final class BrokenHasher implements Hasher<Ticket> {

        static final IllegalStateException FAILURE = new IllegalStateException("the ticket office is closed");

        @Override
        public Object hash(Ticket ticket) {
            throw FAILURE;
        }
    }

    static final class Methods {

        static final Calls CALLS = new Calls();

        private Methods() {
        }

        @CacheData(hashers = SpyStringHasher.class)
        static String spied(String greeting) {
            CALLS.record("spied", greeting);
            return greeting;
        }

        @CacheResource(hashers = SpyStringHasher.class)
        static String spiedResource(String greeting) {
            CALLS.record("spiedResource", greeting);
            return greeting;
        }

        @CacheData(hashers = CaseInsensitiveHasher.class)
        static String greet(String name) {
            CALLS.record("greet", name);
            return "Hello, " + name;
        }

        @CacheData(hashers = IdentityHasher.class)
        static int inspect(Mock mock) {
            return CALLS.record("inspect");
        }

        @CacheData(hashers = IntegerIdentityHasher.class)
        static int plusOne(int x) {
            CALLS.record("plusOne", x);
            return x + 1;
        }

        @CacheData(hashers = ShapeHasher.class)
        static String area(Shape shape) {
            CALLS.record("area", shape.describe());
            return shape.describe();
        }

        @CacheData(hashers = ShapeHasher.class)
        static int count(List<Shape> shapes) {
            CALLS.record("count", shapes.size());
            return shapes.size();
        }

        @CacheData(hashers = TicketHasher.class)
        static int serve(Ticket ticket) {
            return CALLS.record("serve");
        }

        @CacheData(hashers = BrokenHasher.class)
        static int admit(Ticket ticket) {
            return CALLS.record("admit");
        }
    }
}
