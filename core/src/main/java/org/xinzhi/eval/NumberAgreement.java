package org.xinzhi.eval;

/**
 * Agreement of the attributes of exactly matched numeric mentions (MONEY, PERCENT, QUANTITY).
 *
 * @param value     value and value_max equal as numbers (both absent counts as equal); every pair
 * @param unit      unit strings equal; only pairs whose gold has a unit
 * @param qualifier qualifier strings equal (both absent counts as equal); every pair
 * @param all       value and qualifier agree, and unit too when the gold has one; every pair
 */
public record NumberAgreement(Agreement value, Agreement unit, Agreement qualifier, Agreement all) {

    public static final NumberAgreement NONE = new NumberAgreement(Agreement.NONE, Agreement.NONE, Agreement.NONE, Agreement.NONE);

    public NumberAgreement plus(NumberAgreement o) {
        return new NumberAgreement(value.plus(o.value), unit.plus(o.unit), qualifier.plus(o.qualifier), all.plus(o.all));
    }
}
