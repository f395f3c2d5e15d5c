package nl.werkbank.core.imports;

/** The two ways presentielijsten are kept: a list per meeting, or a matrix of people × dates per team. */
public enum Layout {
    LIST,
    MATRIX
}
