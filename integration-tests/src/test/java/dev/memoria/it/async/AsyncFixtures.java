package dev.memoria.it.async;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Asynchronous cached methods. Each body records its run and returns a future the test completes, held by word, so
 * the test decides when a computation ends.
 */
final class AsyncFixtures {

    static final Calls CALLS = new Calls();

    /** The future each body returned, by word; the test completes it. */
    static final Map<String, CompletableFuture<List<String>>> PENDING = new ConcurrentHashMap<>();

    private AsyncFixtures() {
    }

    /** One asynchronous method, under one annotation. */
    interface Letters {

        CompletionStage<List<String>> letters(String word);

        /** Whether a hit hands every caller the same object. */
        boolean shared();
    }

    static Stream<Named<Letters>> both() {
        return Stream.of(Named.of("@CacheData returning CompletableFuture<List<String>>", new DataLetters()),
                Named.of("@CacheResource returning CompletionStage<List<String>>", new ResourceLetters()));
    }

    static CompletableFuture<List<String>> pending(String word) {
        CompletableFuture<List<String>> future = new CompletableFuture<>();
        PENDING.put(word, future);
        return future;
    }

    static List<String> split(String word) {
        return new ArrayList<>(List.of(word.split("")));
    }

    static final class DataLetters implements Letters {

        @CacheData(showSpinner = false)
        static CompletableFuture<List<String>> dataLetters(String word) {
            CALLS.record("letters", word);
            return pending(word);
        }

        @Override
        public CompletionStage<List<String>> letters(String word) {
            return dataLetters(word);
        }

        @Override
        public boolean shared() {
            return false;
        }
    }

    static final class ResourceLetters implements Letters {

        @CacheResource(showSpinner = false, validate = "nonEmpty")
        static CompletionStage<List<String>> resourceLetters(String word) {
            CALLS.record("letters", word);
            return pending(word);
        }

        private static boolean nonEmpty(List<String> letters) {
            return !letters.isEmpty();
        }

        @Override
        public CompletionStage<List<String>> letters(String word) {
            return resourceLetters(word);
        }

        @Override
        public boolean shared() {
            return true;
        }
    }
}
