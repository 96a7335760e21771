package dev.memoria.it.caching;

import dev.memoria.it.caching.ShapeFixtures.DataShapes;
import dev.memoria.it.caching.ShapeFixtures.Functions;
import dev.memoria.it.caching.ShapeFixtures.Greeter;
import dev.memoria.it.caching.ShapeFixtures.Order;
import dev.memoria.it.caching.ShapeFixtures.PoliteGreeter;
import dev.memoria.it.caching.ShapeFixtures.Pricing;
import dev.memoria.it.caching.ShapeFixtures.ResourceShapes;
import dev.memoria.it.caching.ShapeFixtures.Shapes;
import dev.memoria.it.caching.ShapeFixtures.Summary;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshCaches.class)
@DisplayName("Method shapes: the agent caches static, instance, private, generic, varargs, primitive, void and"
             + " interface methods, including calls from inside their own class")
class MethodShapesIT {

    static Stream<Named<Function<String, Shapes>>> both() {
        return Stream.of(Named.of("@CacheData", DataShapes::new), Named.of("@CacheResource", ResourceShapes::new));
    }

    @DisplayName("§7 scenario 6: a static method, an instance method with an unhashed receiver and a private method"
                 + " each return their value and run once")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void staticInstanceAndPrivateMethods(Function<String, Shapes> create) {
        Shapes first = create.apply("first");
        Shapes second = create.apply("second");

        assertThat(first.twiceStatic(5)).isEqualTo(10);
        assertThat(second.twiceStatic(5)).isEqualTo(10);
        assertThat(first.thrice(5)).isEqualTo(15);
        assertThat(second.thrice(5)).isEqualTo(15);
        assertThat(first.fourTimes(5)).isEqualTo(20);
        assertThat(second.fourTimes(5)).isEqualTo(20);

        assertThat(first.calls().arguments("twice")).containsExactly(List.of(5));
        // the receiver is @Unhashed, so the second object hits the entry the first one stored
        assertThat(first.calls().arguments("thrice")).containsExactly(List.of("first", 5));
        assertThat(first.calls().arguments("quadruple")).containsExactly(List.of("first", 5));
    }

    @Test
    @DisplayName("A private method called twice from inside its own class runs once (no proxy needed)")
    void privateMethodCalledFromItsOwnClass() {
        assertThat(Functions.sumOfSquaresTwice(7)).isEqualTo(98);
        assertThat(Functions.sumOfSquaresTwice(7)).isEqualTo(98);

        assertThat(Functions.CALLS.count("privateSquare")).isEqualTo(1);
    }

    @Test
    @DisplayName("An instance method called from another method of the same object goes through the cache")
    void selfInvocationOfInstanceMethod() {
        Pricing pricing = new Pricing(1.5);

        assertThat(pricing.total(10, 10, 20)).isEqualTo(60.0);

        assertThat(Pricing.CALLS.arguments("price")).containsExactly(List.of(1.5, 10), List.of(1.5, 20));
    }

    @Test
    @DisplayName("A record receiver is hashed like an argument: an equal record hits, a different one misses")
    void recordReceiverIsPartOfTheKey() {
        assertThat(new Pricing(1.5).price(10)).isEqualTo(15.0);
        assertThat(new Pricing(1.5).price(10)).isEqualTo(15.0);
        assertThat(new Pricing(2.0).price(10)).isEqualTo(20.0);

        assertThat(Pricing.CALLS.arguments("price")).containsExactly(List.of(1.5, 10), List.of(2.0, 10));
    }

    @Test
    @DisplayName("A generic method is cached by its arguments, whatever the type argument")
    void genericMethod() {
        assertThat(Functions.largest(List.of(3, 9, 4))).isEqualTo(9);
        assertThat(Functions.largest(List.of(3, 9, 4))).isEqualTo(9);
        assertThat(Functions.largest(List.of("pear", "apple"))).isEqualTo("pear");

        assertThat(Functions.CALLS.count("largest")).isEqualTo(2);
    }

    @Test
    @DisplayName("A varargs method is keyed by the content of its array: equal arguments hit, a changed one misses")
    void varargsMethod() {
        assertThat(Functions.sum(1, 2, 3)).isEqualTo(6);
        assertThat(Functions.sum(1, 2, 3)).isEqualTo(6);
        assertThat(Functions.sum(1, 2, 4)).isEqualTo(7);
        assertThat(Functions.sum()).isZero();
        assertThat(Functions.sum()).isZero();

        assertThat(Functions.CALLS.count("sum")).isEqualTo(3);
    }

    @Test
    @DisplayName("Primitive return types (boolean, char, long, double, float) come back from a hit unchanged")
    void primitiveReturnTypes() {
        for (int round = 0; round < 2; round++) {
            assertThat(Functions.isEven(4)).isTrue();
            assertThat(Functions.initial("memoria")).isEqualTo('m');
            assertThat(Functions.cube(300_000L)).isEqualTo(27_000_000_000_000_000L);
            assertThat(Functions.half(3.0)).isEqualTo(1.5);
            assertThat(Functions.third(1f)).isEqualTo(1f / 3);
        }

        assertThat(Functions.CALLS.total()).isEqualTo(5);
    }

    @Test
    @DisplayName("A void method runs its body once per distinct argument")
    void voidMethod() {
        Functions.announce("hello");
        Functions.announce("hello");
        Functions.announce("bye");

        assertThat(Functions.CALLS.arguments("announce")).containsExactly(List.of("hello"), List.of("bye"));
    }

    @Test
    @DisplayName("Records work as arguments and as return values: an equal record hits and gets an equal record")
    void recordsAsArgumentsAndReturnValues() {
        Summary first = Functions.summarize(new Order("tea", 3, new BigDecimal("2.50")));
        Summary again = Functions.summarize(new Order("tea", 3, new BigDecimal("2.50")));
        Summary other = Functions.summarize(new Order("tea", 4, new BigDecimal("2.50")));

        assertThat(first).isEqualTo(new Summary("tea", new BigDecimal("7.50"), List.of("tea")));
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(other.total()).isEqualByComparingTo("10.00");
        assertThat(Functions.CALLS.count("summarize")).isEqualTo(2);
    }

    @Test
    @DisplayName("A default interface method is cached, with the implementing record as part of the key")
    void defaultInterfaceMethod() {
        assertThat(new PoliteGreeter("Dr").greet("Who")).isEqualTo("Good day, Dr Who");
        assertThat(new PoliteGreeter("Dr").greet("Who")).isEqualTo("Good day, Dr Who");
        assertThat(new PoliteGreeter("Ms").greet("Who")).isEqualTo("Good day, Ms Who");

        assertThat(Greeter.CALLS.arguments("greet")).containsExactly(List.of("Dr", "Who"), List.of("Ms", "Who"));
    }

    @Test
    @DisplayName("A static interface method is cached")
    void staticInterfaceMethod() {
        assertThat(Greeter.shout("hi")).isEqualTo("HI!");
        assertThat(Greeter.shout("hi")).isEqualTo("HI!");

        assertThat(Greeter.CALLS.count("shout")).isEqualTo(1);
    }
}
