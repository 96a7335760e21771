package geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistancesTest {

    @Test
    void theRuleCachesAnUnannotatedMethod() {
        assertEquals(300, Distances.between("Oslo", "Trondheim".substring(0, 7)));
        assertEquals(300, Distances.between("Oslo", "Trondheim".substring(0, 7)));
        assertEquals(1, Distances.runs);
    }
}
