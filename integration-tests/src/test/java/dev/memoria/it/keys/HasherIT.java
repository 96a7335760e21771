package dev.memoria.it.keys;

import dev.memoria.UnhashableParameterException;
import dev.memoria.it.keys.HasherFixtures.BrokenHasher;
import dev.memoria.it.keys.HasherFixtures.Circle;
import dev.memoria.it.keys.HasherFixtures.Methods;
import dev.memoria.it.keys.HasherFixtures.Mock;
import dev.memoria.it.keys.HasherFixtures.SpyStringHasher;
import dev.memoria.it.keys.HasherFixtures.Square;
import dev.memoria.it.keys.HasherFixtures.Stock;
import dev.memoria.it.keys.HasherFixtures.Ticket;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(FreshCaches.class)
@DisplayName("Hashers (hash_funcs): a Hasher decides the key of the values of its type")
class HasherIT {

    static Stream<Named<Stock>> both() {
        return HasherFixtures.both();
    }

    @BeforeEach
    void forgetHashedValues() {
        SpyStringHasher.HASHED.clear();
    }

    @DisplayName("§7 scenario 9: a receiver hashable only through a Hasher is keyed by the Hasher's result")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void receiverHashedThroughAHasher(Stock north) {
        Stock northAgain = north.elsewhere("north", "Grace");
        Stock south = north.elsewhere("south", "Ada");

        assertThat(north.stock("bolts")).isEqualTo(5);
        assertThat(northAgain.stock("bolts")).isEqualTo(5);
        assertThat(south.stock("bolts")).isEqualTo(5);

        assertThat(north.calls().arguments("stock"))
                .containsExactly(List.of("north", "Ada", "bolts"), List.of("south", "Ada", "bolts"));
    }

    static Stream<Named<UnaryOperator<String>>> spiedMethods() {
        return Stream.of(Named.of("@CacheData", Methods::spied), Named.of("@CacheResource", Methods::spiedResource));
    }

    @DisplayName("§7 scenario 10: a Hasher<String> is asked about the argument only, exactly once per call")
    @ParameterizedTest(name = "{0}")
    @MethodSource("spiedMethods")
    void hasherSeesOnlyTheArgument(UnaryOperator<String> method) {
        assertThat(method.apply("ahoy")).isEqualTo("ahoy");

        assertThat(SpyStringHasher.HASHED).containsExactly("ahoy");
    }

    @Test
    @DisplayName("A Hasher replaces the built-in rule of its type: with a case-insensitive one, \"ADA\" hits \"ada\"")
    void hasherOverridesTheBuiltInRule() {
        assertThat(Methods.greet("ada")).isEqualTo("Hello, ada");
        assertThat(Methods.greet("ADA")).isEqualTo("Hello, ada");
        assertThat(Methods.greet("grace")).isEqualTo("Hello, grace");

        assertThat(Methods.CALLS.arguments("greet")).containsExactly(List.of("ada"), List.of("grace"));
    }

    @Test
    @DisplayName("§7 scenario 14: self-referencing plain objects (mocks) hashed by identity: the same object hits,"
                 + " two distinct objects are two keys")
    void objectsHashedByIdentity() {
        Mock first = new Mock();
        Mock second = new Mock();

        assertThat(Methods.inspect(first)).isEqualTo(1);
        assertThat(Methods.inspect(first)).isEqualTo(1);
        assertThat(Methods.inspect(second)).isEqualTo(2);
    }

    @Test
    @DisplayName("§7 scenario 24: a Hasher<Integer> returning its argument does not fail and f(1) hits f(1); its"
                 + " result is hashed by the built-in rules, so f(2) is another key (no Streamlit-style collision)")
    void hasherReturningItsArgument() {
        assertThat(Methods.plusOne(1)).isEqualTo(2);
        assertThat(Methods.plusOne(1)).isEqualTo(2);
        assertThat(Methods.plusOne(2)).isEqualTo(3);

        assertThat(Methods.CALLS.arguments("plusOne")).containsExactly(List.of(1), List.of(2));
    }

    @Test
    @DisplayName("§7 scenario 25: a Hasher declared for an interface applies to every implementation")
    void hasherAppliesToSubtypes() {
        assertThat(Methods.area(new Circle(1))).isEqualTo("circle 1");
        assertThat(Methods.area(new Circle(1))).isEqualTo("circle 1");
        assertThat(Methods.area(new Square(1))).isEqualTo("square 1");

        assertThat(Methods.CALLS.arguments("area")).containsExactly(List.of("circle 1"), List.of("square 1"));
    }

    @Test
    @DisplayName("A Hasher applies to values of its type nested inside an argument")
    void hasherAppliesInsideContainers() {
        assertThat(Methods.count(List.of(new Circle(1), new Square(2)))).isEqualTo(2);
        assertThat(Methods.count(List.of(new Circle(1), new Square(2)))).isEqualTo(2);
        assertThat(Methods.count(List.of(new Circle(1), new Square(3)))).isEqualTo(2);

        assertThat(Methods.CALLS.count("count")).isEqualTo(2);
    }

    @Test
    @DisplayName("§7 scenario 25: a non-deterministic Hasher makes every call a miss")
    void nonDeterministicHasherAlwaysMisses() {
        Ticket ticket = new Ticket();

        assertThat(Methods.serve(ticket)).isEqualTo(1);
        assertThat(Methods.serve(ticket)).isEqualTo(2);
        assertThat(Methods.serve(ticket)).isEqualTo(3);
    }

    @Test
    @DisplayName("§7 scenario 26: a Hasher that throws fails the call with UnhashableParameterException naming the"
                 + " Hasher, the method, the parameter and the type, caused by the Hasher's exception")
    void failingHasher() {
        UnhashableParameterException thrown = catchThrowableOfType(UnhashableParameterException.class,
                () -> Methods.admit(new Ticket()));

        assertThat(thrown.getCause()).isSameAs(BrokenHasher.FAILURE);
        assertThat(thrown.method()).isEqualTo("dev.memoria.it.keys.HasherFixtures$Methods.admit(HasherFixtures.Ticket)");
        assertThat(thrown.parameterName()).isEqualTo("ticket");
        assertThat(thrown.typeName()).isEqualTo(Ticket.class.getName());
        assertThat(thrown.getMessage()).contains(BrokenHasher.class.getName());
        assertThat(Methods.CALLS.count("admit")).isZero();
    }
}
