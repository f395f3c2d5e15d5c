package nl.werkbank.core.exchange;

/** One column of an exchanged table; {@code references} names the kind a foreign key points to, or null. */
record Column(String name, ValueType type, boolean required, String references, int maxLength) {
}
