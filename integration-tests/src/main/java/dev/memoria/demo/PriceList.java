package dev.memoria.demo;

/** Implemented by the class the demo compiles at run time, in several versions. */
public interface PriceList {

    int price(int quantity);

    /** How often {@link #price} ran its body, in this class version. */
    int runs();
}
