package nl.werkbank.core.exchange;

import java.util.List;

/**
 * One column of an exchanged table; {@code references} names the kind a foreign key points to, or null;
 * {@code allowed} lists the only values a coded text column may hold (empty: any text). {@code maxLength} is a text's
 * length or a number's precision, {@code scale} a decimal's digits after the point, {@code sqlType} the JDBC type.
 */
record Column(String name, ValueType type, boolean required, String references, int maxLength, List<String> allowed,
              int scale, int sqlType) {

    Column(String name, ValueType type, boolean required, String references, int maxLength, List<String> allowed) {
        this(name, type, required, references, maxLength, allowed, 0, java.sql.Types.OTHER);
    }
}
