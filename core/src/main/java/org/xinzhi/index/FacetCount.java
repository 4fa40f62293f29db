package org.xinzhi.index;

/**
 * How many matching facts have one value of a field.
 *
 * @param value the field value (a subject name, a type, a unit, a year)
 * @param count the number of facts
 */
public record FacetCount(String value, long count) {
}
