package hidden;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PricesTest {

    @Test
    void aDeclaredPropertyKeysTheCall() {
        System.setProperty("hidden.mode", "fast");
        assertEquals("fast1", Prices.mode(1));
        assertEquals("fast1", Prices.mode(1));
        System.setProperty("hidden.mode", "slow");
        assertEquals("slow1", Prices.mode(1));
        System.setProperty("hidden.mode", "fast");
        assertEquals("fast1", Prices.mode(1));
        assertEquals(2, Prices.runs);
    }
}
