package quotes;

import org.junit.jupiter.api.Test;
import prices.Prices;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotesTest {

    @Test
    void bothModulesCache() {
        assertEquals("2 x tea = 9.0", Quotes.quote("tea", 2));
        assertEquals("2 x tea = 9.0", Quotes.quote("tea", 2));
        assertEquals(1, Quotes.runs);
        assertEquals(1, Prices.runs);

        assertEquals("4 x tea = 18.0", Quotes.quote("tea", 4));
        assertEquals(2, Quotes.runs);
        assertEquals(1, Prices.runs, "the price of tea is a hit inside the new quote");
    }
}
