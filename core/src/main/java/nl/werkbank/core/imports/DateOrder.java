package nl.werkbank.core.imports;

/** How a date written with numbers only is read: 14-3-2019 (Dutch), 3/14/2019 (American) or 2019-03-14. */
public enum DateOrder {
    DAY_MONTH_YEAR,
    MONTH_DAY_YEAR,
    YEAR_MONTH_DAY
}
