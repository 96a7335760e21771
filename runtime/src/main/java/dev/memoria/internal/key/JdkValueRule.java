package dev.memoria.internal.key;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.Date;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** JDK value types: each is written from the state its {@code equals} compares. */
enum JdkValueRule implements Rule {
    /**
     * Class name and {@code toString()}, for types whose text is their whole value: java.time values (ISO text),
     * {@code CharSequence}s, {@code Locale}, {@code URI}, {@code Path}, {@code File}, {@code Currency}, {@code Charset}.
     * The class name keeps a date apart from a string with the same text.
     */
    TEXT {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.TEXT);
            out.text(value.getClass().getName());
            out.text(value.toString());
        }
    },
    UUID {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            java.util.UUID uuid = (java.util.UUID) value;
            out.tag(Tag.UUID);
            out.i64(uuid.getMostSignificantBits());
            out.i64(uuid.getLeastSignificantBits());
        }
    },
    BIG_INTEGER {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.BIG_INTEGER);
            out.bytes(((BigInteger) value).toByteArray());
        }
    },
    /** Unscaled value and scale, as {@link BigDecimal#equals} compares them: 1.0 and 1.00 differ. */
    BIG_DECIMAL {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            BigDecimal decimal = (BigDecimal) value;
            out.tag(Tag.BIG_DECIMAL);
            out.bytes(decimal.unscaledValue().toByteArray());
            out.i32(decimal.scale());
        }
    },
    PATTERN {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            Pattern pattern = (Pattern) value;
            out.tag(Tag.PATTERN);
            out.text(pattern.pattern());
            out.i32(pattern.flags());
        }
    },
    /** Exactly {@code java.util.Date}: its {@code java.sql} subclasses carry more state than {@code getTime()}. */
    DATE {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.DATE);
            out.i64(((Date) value).getTime());
        }
    },
    BIT_SET {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            long[] words = ((BitSet) value).toLongArray();
            out.tag(Tag.BIT_SET);
            out.i32(words.length);
            for (long word : words) {
                out.i64(word);
            }
        }
    },
    /** The remaining bytes; the buffer's position does not move. */
    BYTE_BUFFER {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.BYTE_BUFFER);
            out.bytes((ByteBuffer) value);
        }
    },
    OPTIONAL_INT {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            OptionalInt optional = (OptionalInt) value;
            out.tag(Tag.OPTIONAL_INT);
            out.u8(optional.isPresent() ? 1 : 0);
            if (optional.isPresent()) {
                out.i32(optional.getAsInt());
            }
        }
    },
    OPTIONAL_LONG {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            OptionalLong optional = (OptionalLong) value;
            out.tag(Tag.OPTIONAL_LONG);
            out.u8(optional.isPresent() ? 1 : 0);
            if (optional.isPresent()) {
                out.i64(optional.getAsLong());
            }
        }
    },
    OPTIONAL_DOUBLE {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            OptionalDouble optional = (OptionalDouble) value;
            out.tag(Tag.OPTIONAL_DOUBLE);
            out.u8(optional.isPresent() ? 1 : 0);
            if (optional.isPresent()) {
                out.i64(Double.doubleToLongBits(optional.getAsDouble()));
            }
        }
    }
}
