package com.example;

import dev.memoria.CacheData;

public class App {

    static int runs;

    @CacheData
    static String greeting(String name) {
        runs++;
        return "Hello, " + name;
    }

    public static void main(String[] args) {
        greeting("jar");
        System.out.println(greeting("jar") + " (body ran " + runs + " time)");
    }
}
