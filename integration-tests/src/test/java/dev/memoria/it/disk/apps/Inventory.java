package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

import java.util.List;

/**
 * Two persisted methods with the same parameters, so that the same argument has the same key in both, but different
 * return types: the security tests move {@code parcel}'s stored entries under {@code labels}, as someone with write
 * access to the cache directory could. {@link Parcel} announces on stdout when its class is initialized, that is,
 * when an instance is first made. Arguments are calls: {@code parcel:<n>}, {@code labels:<n>}.
 */
public final class Inventory {

    /** A value only {@code parcel} declares. */
    public record Parcel(String content) {

        static {
            System.out.println("Parcel class initialized");
        }
    }

    private Inventory() {
    }

    public static void main(String[] args) {
        for (String call : args) {
            String[] parts = call.split(":");
            int n = Integer.parseInt(parts[1]);
            Object value = switch (parts[0]) {
                case "parcel" -> parcel(n);
                case "labels" -> labels(n);
                default -> throw new IllegalArgumentException(call);
            };
            System.out.println(call + " = " + value);
        }
    }

    @CacheData(persist = Persist.DISK)
    static Parcel parcel(int n) {
        System.out.println("ran parcel:" + n);
        return new Parcel("parcel " + n);
    }

    @CacheData(persist = Persist.DISK)
    static List<String> labels(int n) {
        System.out.println("ran labels:" + n);
        return List.of("label " + n);
    }
}
