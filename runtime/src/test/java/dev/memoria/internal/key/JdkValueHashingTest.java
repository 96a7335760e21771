package dev.memoria.internal.key;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

import static dev.memoria.internal.key.Keys.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

/** JDK value types hash by the state their equals compares (scenario 11 for UUIDs, datetimes and regexes). */
class JdkValueHashingTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 1, 12, 0);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void uuidsAreEqualByValue() {
        UUID uuid = UUID.randomUUID();
        assertThat(keyOf(uuid)).isEqualTo(keyOf(UUID.fromString(uuid.toString())))
                .isNotEqualTo(keyOf(UUID.randomUUID()))
                .isNotEqualTo(keyOf(uuid.toString()));
    }

    @Test
    void naiveAndZonedDateTimesDiffer() {
        assertThat(keyOf(NOON)).isNotEqualTo(keyOf(NOON.atZone(PARIS)))
                .isNotEqualTo(keyOf(NOON.atOffset(ZoneOffset.UTC)))
                .isNotEqualTo(keyOf(NOON.toString()));
    }

    @Test
    void zonedDateTimesInTheSameZoneAreEqualAndOtherZonesDiffer() {
        assertThat(keyOf(NOON.atZone(PARIS))).isEqualTo(keyOf(ZonedDateTime.of(NOON, ZoneId.of("Europe/Paris"))))
                .isNotEqualTo(keyOf(NOON.atZone(ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void everyJavaTimeTypeHashesByItsIsoText() {
        List<Object> values = List.of(LocalDate.of(2024, 3, 1), LocalTime.NOON, NOON, Instant.EPOCH,
                NOON.atZone(PARIS), NOON.atOffset(ZoneOffset.UTC), OffsetTime.of(LocalTime.NOON, ZoneOffset.UTC),
                Duration.ofMinutes(3), Period.ofDays(3), Year.of(2024), YearMonth.of(2024, 3), MonthDay.of(3, 1),
                PARIS, ZoneOffset.ofHours(2));
        for (Object value : values) {
            assertThat(keyOf(value)).as("%s", value.getClass())
                    .isEqualTo(ExpectedKey.key().parameter(0)
                            .u8(0x20).text(value.getClass().getName()).text(value.toString()).toKey());
        }
        assertThat(values.stream().map(Keys::keyOf).distinct()).hasSameSizeAs(values);
    }

    @Test
    void aZoneRegionDiffersFromTheOffsetWithTheSameText() {
        assertThat(keyOf(ZoneId.of("UTC"))).isNotEqualTo(keyOf(ZoneOffset.UTC));
    }

    @Test
    void bigDecimalsDifferByScaleAsInEquals() {
        assertThat(keyOf(new BigDecimal("1.0"))).isEqualTo(keyOf(new BigDecimal("1.0")))
                .isNotEqualTo(keyOf(new BigDecimal("1.00")))
                .isNotEqualTo(keyOf(new BigDecimal("10")));
        assertThat(keyOf(BigDecimal.valueOf(1, 0))).isNotEqualTo(keyOf(BigDecimal.valueOf(10, 1)));
    }

    @Test
    void bigIntegersHashByValue() {
        BigInteger huge = BigInteger.TWO.pow(200);
        assertThat(keyOf(huge)).isEqualTo(keyOf(new BigInteger(huge.toString())))
                .isNotEqualTo(keyOf(huge.add(BigInteger.ONE)))
                .isNotEqualTo(keyOf(huge.negate()));
        assertThat(keyOf(BigInteger.ONE)).isNotEqualTo(keyOf(1)).isNotEqualTo(keyOf(BigDecimal.ONE));
    }

    @Test
    void regexesAreEqualOnlyWithTheSamePatternAndFlags() {
        assertThat(keyOf(Pattern.compile("a+b"))).isEqualTo(keyOf(Pattern.compile("a+b")))
                .isNotEqualTo(keyOf(Pattern.compile("a+c")))
                .isNotEqualTo(keyOf(Pattern.compile("a+b", Pattern.CASE_INSENSITIVE)))
                .isNotEqualTo(keyOf("a+b"));
    }

    @Test
    void optionalsHashTheirContent() {
        assertThat(keyOf(Optional.of("a"))).isEqualTo(keyOf(Optional.of("a")))
                .isNotEqualTo(keyOf(Optional.of("b")))
                .isNotEqualTo(keyOf(Optional.empty()))
                .isNotEqualTo(keyOf("a"));
        assertThat(keyOf(Optional.empty())).isNotEqualTo(keyOf((Object) null));
        assertThat(keyOf(OptionalInt.of(1))).isNotEqualTo(keyOf(OptionalInt.of(2))).isNotEqualTo(keyOf(OptionalInt.empty()))
                .isNotEqualTo(keyOf(OptionalLong.of(1))).isNotEqualTo(keyOf(Optional.of(1)));
        assertThat(keyOf(OptionalLong.of(1))).isNotEqualTo(keyOf(OptionalLong.empty()));
        assertThat(keyOf(OptionalDouble.of(1))).isNotEqualTo(keyOf(OptionalDouble.of(2)))
                .isNotEqualTo(keyOf(OptionalDouble.empty()));
        assertThat(keyOf(OptionalInt.empty())).isNotEqualTo(keyOf(OptionalLong.empty()))
                .isNotEqualTo(keyOf(OptionalDouble.empty()));
    }

    @Test
    void textualValueTypesHashByClassAndText() {
        assertThat(keyOf(Locale.US)).isEqualTo(keyOf(Locale.forLanguageTag("en-US"))).isNotEqualTo(keyOf(Locale.UK));
        assertThat(keyOf(URI.create("https://a/b"))).isEqualTo(keyOf(URI.create("https://a/b")))
                .isNotEqualTo(keyOf(URI.create("https://a/c"))).isNotEqualTo(keyOf("https://a/b"));
        assertThat(keyOf(Path.of("/tmp/a"))).isEqualTo(keyOf(Path.of("/tmp", "a")))
                .isNotEqualTo(keyOf(Path.of("/tmp/b"))).isNotEqualTo(keyOf(new File("/tmp/a")));
        assertThat(keyOf(new File("/tmp/a"))).isEqualTo(keyOf(new File("/tmp/a"))).isNotEqualTo(keyOf("/tmp/a"));
        assertThat(keyOf(Currency.getInstance("EUR"))).isNotEqualTo(keyOf(Currency.getInstance("USD")));
        assertThat(keyOf(StandardCharsets.UTF_8)).isEqualTo(keyOf(StandardCharsets.UTF_8))
                .isNotEqualTo(keyOf(StandardCharsets.ISO_8859_1));
    }

    @Test
    void datesHashByTheirInstant() {
        assertThat(keyOf(new Date(1000))).isEqualTo(keyOf(new Date(1000))).isNotEqualTo(keyOf(new Date(1001)))
                .isNotEqualTo(keyOf(1000L));
    }

    @Test
    void bitSetsHashByTheirSetBits() {
        BitSet bits = BitSet.valueOf(new long[] {0b1011});
        BitSet sameBitsMoreCapacity = new BitSet(1024);
        sameBitsMoreCapacity.or(bits);
        assertThat(keyOf(bits)).isEqualTo(keyOf(sameBitsMoreCapacity))
                .isNotEqualTo(keyOf(BitSet.valueOf(new long[] {0b1111})));
    }

    @Test
    void byteBuffersHashTheirRemainingBytesWithoutMovingThem() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 1, 2, 3});
        buffer.position(1);

        Key key = keyOf(buffer);

        assertThat(buffer.position()).isEqualTo(1);
        assertThat(key).isEqualTo(keyOf(ByteBuffer.wrap(new byte[] {1, 2, 3})))
                .isEqualTo(keyOf(ByteBuffer.allocateDirect(3).put(new byte[] {1, 2, 3}).flip()))
                .isEqualTo(keyOf(ByteBuffer.wrap(new byte[] {1, 2, 3}).asReadOnlyBuffer()))
                .isNotEqualTo(keyOf(ByteBuffer.wrap(new byte[] {1, 2, 4})))
                .isNotEqualTo(keyOf((Object) new byte[] {1, 2, 3}));
        ByteBuffer direct = ByteBuffer.allocateDirect(3).put(new byte[] {1, 2, 3}).flip();
        keyOf(direct);
        assertThat(direct.position()).isZero();
    }
}
