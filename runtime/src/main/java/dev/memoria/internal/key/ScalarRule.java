package dev.memoria.internal.key;

/** The primitive boxes, strings, enums and classes. */
enum ScalarRule implements Rule {
    BOOLEAN {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.BOOLEAN);
            out.u8((Boolean) value ? 1 : 0);
        }
    },
    BYTE {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.BYTE);
            out.u8((Byte) value);
        }
    },
    SHORT {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.SHORT);
            out.i16((Short) value);
        }
    },
    CHAR {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.CHAR);
            out.i16((Character) value);
        }
    },
    INT {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.INT);
            out.i32((Integer) value);
        }
    },
    LONG {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.LONG);
            out.i64((Long) value);
        }
    },
    /** By {@link Float#floatToIntBits}, like {@link Float#equals}: one NaN, and 0.0 differs from -0.0. */
    FLOAT {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.FLOAT);
            out.i32(Float.floatToIntBits((Float) value));
        }
    },
    /** By {@link Double#doubleToLongBits}, like {@link Double#equals}: one NaN, and 0.0 differs from -0.0. */
    DOUBLE {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.DOUBLE);
            out.i64(Double.doubleToLongBits((Double) value));
        }
    },
    STRING {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.STRING);
            out.text((String) value);
        }
    },
    /**
     * By declaring class and constant name: ordinals shift when constants are added, and {@code hashCode} is an
     * identity hash that changes from run to run.
     */
    ENUM {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            Enum<?> constant = (Enum<?>) value;
            out.tag(Tag.ENUM);
            out.text(constant.getDeclaringClass().getName());
            out.text(constant.name());
        }
    },
    CLASS {
        @Override
        public void write(Object value, DigestSink out, ValueEncoder values) {
            out.tag(Tag.CLASS);
            out.text(((Class<?>) value).getName());
        }
    }
}
