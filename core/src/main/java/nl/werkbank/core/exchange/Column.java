package nl.werkbank.core.exchange;

import java.util.List;

/**
 * One column of an exchanged table; {@code references} names the kind a foreign key points to, or null;
 * {@code allowed} lists the only values a coded text column may hold (empty: any text).
 */
record Column(String name, ValueType type, boolean required, String references, int maxLength, List<String> allowed) {
}
