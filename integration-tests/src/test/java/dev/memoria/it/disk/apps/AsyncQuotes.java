package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An asynchronous method with {@code persist = DISK}: the completed value is what is stored. Arguments are symbols;
 * each call prints {@code quote:<symbol> = <value>}, and the body {@code ran quote:<symbol>}.
 */
public final class AsyncQuotes {

    private AsyncQuotes() {
    }

    public static void main(String[] args) {
        for (String symbol : args) {
            System.out.println("quote:" + symbol + " = " + quote(symbol).join());
        }
    }

    @CacheData(persist = Persist.DISK)
    static CompletableFuture<List<String>> quote(String symbol) {
        System.out.println("ran quote:" + symbol);
        return CompletableFuture.supplyAsync(() -> List.of(symbol, "by JVM " + ProcessHandle.current().pid()));
    }
}
