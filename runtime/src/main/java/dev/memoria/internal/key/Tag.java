package dev.memoria.internal.key;

/**
 * The one-byte tags of the key encoding. Every value in the stream starts with its tag, so values of different kinds
 * never share bytes, and the tag tells how long the payload is: fixed by the tag, or written right after it.
 *
 * <p>The codes are part of the persisted key format: never renumber or reuse one. Changing what a tag's payload means
 * requires a new {@link KeyMaker#SCHEME_VERSION}.
 */
enum Tag {
    // The frame of a digest: what kind of stream it is, and which argument follows.
    KEY(0x01),
    RECEIVER(0x02),
    PARAMETER(0x03),
    ARRAY_LEAF(0x04),
    WIDGET(0x05),
    INPUTS(0x06),

    // Scalars: the payload length is fixed by the tag, except for the length-prefixed texts.
    NULL(0x10),
    BOOLEAN(0x11),
    BYTE(0x12),
    SHORT(0x13),
    CHAR(0x14),
    INT(0x15),
    LONG(0x16),
    FLOAT(0x17),
    DOUBLE(0x18),
    STRING(0x19),
    ENUM(0x1A),
    CLASS(0x1B),

    // JDK value types.
    TEXT(0x20),
    UUID(0x21),
    BIG_INTEGER(0x22),
    BIG_DECIMAL(0x23),
    PATTERN(0x24),
    DATE(0x25),
    BIT_SET(0x26),
    BYTE_BUFFER(0x27),
    OPTIONAL_INT(0x28),
    OPTIONAL_LONG(0x29),
    OPTIONAL_DOUBLE(0x2A),

    // Arrays and containers: an element type or count follows the tag.
    PRIMITIVE_ARRAY(0x30),
    PRIMITIVE_ARRAY_TREE(0x31),
    OBJECT_ARRAY(0x32),
    LIST(0x33),
    SEQUENCE(0x34),
    SET(0x35),
    MAP(0x36),
    MAP_ENTRY(0x37),
    RECORD(0x38),
    OPTIONAL(0x39),

    // Stand-ins: a value replaced by a Hasher's result, and a value met again inside itself.
    HASHED_BY(0x40),
    BACK_REFERENCE(0x41);

    final byte code;

    Tag(int code) {
        this.code = (byte) code;
    }
}
