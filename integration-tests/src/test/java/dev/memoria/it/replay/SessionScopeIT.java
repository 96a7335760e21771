package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Scope;
import dev.memoria.it.support.Calls;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshCaches.class)
@DisplayName("scope = SESSION: one cache per browser session, dropped when the session ends")
class SessionScopeIT {

    static final Calls CALLS = new Calls();
    static final List<String> RELEASED = new CopyOnWriteArrayList<>();

    @CacheData(scope = Scope.SESSION)
    static String greeting(String name) {
        CALLS.record("greeting", name);
        St.text("hello " + name);
        return "hello " + name + " from " + St.sessionId();
    }

    @CacheResource(scope = Scope.SESSION, onRelease = "release")
    static StringBuilder basket() {
        CALLS.record("basket");
        return new StringBuilder(St.sessionId());
    }

    static void release(StringBuilder basket) {
        RELEASED.add(basket.toString());
    }

    @Test
    @DisplayName("each session computes its own entry; its next run hits and replays")
    void eachSessionHasItsOwnCache() {
        UiRun first = UiRun.open(() -> St.text(greeting("ada")), "tab-1");
        UiRun second = UiRun.open(() -> St.text(greeting("ada")), "tab-2");
        first.rerun();
        second.rerun();

        assertThat(first.texts()).containsExactly("hello ada", "hello ada from tab-1");
        assertThat(second.texts()).containsExactly("hello ada", "hello ada from tab-2");
        assertThat(CALLS.count("greeting")).isEqualTo(2);
    }

    @Test
    @DisplayName("a session that ends drops its entries and releases its resources; other sessions keep theirs")
    void endingASessionDropsItsCache() {
        RELEASED.clear();
        UiRun first = UiRun.open(() -> St.text(basket().toString()), "tab-1");
        UiRun second = UiRun.open(() -> St.text(basket().toString()), "tab-2");

        first.close();

        assertThat(RELEASED).containsExactly("tab-1");
        second.rerun();
        assertThat(second.texts()).containsExactly("tab-2");
        assertThat(CALLS.count("basket")).isEqualTo(2);

        UiRun again = UiRun.open(() -> St.text(basket().toString()), "tab-1");
        assertThat(again.texts()).containsExactly("tab-1");
        assertThat(CALLS.count("basket")).as("a new session with the old id starts empty").isEqualTo(3);
    }

    @Test
    @DisplayName("outside a UI run, a session-scoped method fails with an explanation")
    void outsideASession() {
        assertThatThrownBy(() -> greeting("bo"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("greeting(String) has scope = SESSION, but thread '")
                .hasMessageContaining("does not run for a UI session")
                .hasMessageContaining("or use scope = GLOBAL");
        assertThat(CALLS.count("greeting")).isZero();
    }
}
