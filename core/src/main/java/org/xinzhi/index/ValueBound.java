package org.xinzhi.index;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One bound of a value range in a query string, read for what it says beyond the number: a
 * percent sign (a PERCENT bound), a currency word, sign or code (a MONEY bound in that currency),
 * or neither (a plain number, compared with every value). The text is already normalized
 * (simplified, width-folded).
 *
 * @param kind     what the bound restricts the query to
 * @param currency ISO code of a MONEY bound, else null
 * @param value    the number in base units (元, not 亿元; 15% → 0.15), or null for an open bound
 */
record ValueBound(Kind kind, String currency, BigDecimal value) {

    enum Kind { OPEN, PLAIN, PERCENT, MONEY }

    /** Currency words, longest first within a shared ending (人民币元 before 元). */
    private static final String[][] SUFFIXES = {
        {"人民币元", "CNY"}, {"人民币", "CNY"}, {"新台币元", "TWD"}, {"新台币", "TWD"}, {"台币", "TWD"},
        {"港元", "HKD"}, {"港币", "HKD"}, {"美元", "USD"}, {"美金", "USD"}, {"澳门元", "MOP"}, {"澳门币", "MOP"},
        {"欧元", "EUR"}, {"日元", "JPY"}, {"日圆", "JPY"}, {"英镑", "GBP"}, {"韩元", "KRW"},
        {"新加坡元", "SGD"}, {"澳元", "AUD"}, {"加元", "CAD"}, {"瑞士法郎", "CHF"}, {"瑞郎", "CHF"},
        {"元", "CNY"}, {"块", "CNY"}};
    private static final String[][] PREFIXES = {
        {"US$", "USD"}, {"HK$", "HKD"}, {"NT$", "TWD"}, {"MOP$", "MOP"}, {"$", "USD"}, {"¥", "CNY"}, {"￥", "CNY"},
        {"€", "EUR"}, {"£", "GBP"}, {"RMB", "CNY"}};
    private static final String[][] WORDS = {
        {"trillion", "1e12"}, {"billion", "1e9"}, {"bn", "1e9"}, {"million", "1e6"}, {"mn", "1e6"}, {"thousand", "1e3"}};

    /** The bound, or null when the text is not a number Xinzhi can read (the parser then says so). */
    static ValueBound read(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.equals("*")) {
            return new ValueBound(Kind.OPEN, null, null);
        }
        if (s.endsWith("%")) {
            BigDecimal v = AmountFormat.read(s);
            return v == null ? null : new ValueBound(Kind.PERCENT, null, v);
        }
        String currency = null;
        String upper = s.toUpperCase(Locale.ROOT);
        for (String[] p : PREFIXES) {
            if (upper.startsWith(p[0])) {
                currency = p[1];
                s = s.substring(p[0].length()).strip();
                break;
            }
        }
        if (currency == null) {
            String code = upper.length() > 3 ? upper.substring(upper.length() - 3) : "";
            if (code.chars().allMatch(c -> c >= 'A' && c <= 'Z') && !code.isEmpty() && isCurrency(code)
                    && !Character.isLetter(upper.charAt(upper.length() - 4))) {
                currency = code;
                s = s.substring(0, s.length() - 3).strip();
            }
        }
        if (currency == null) {
            for (String[] w : SUFFIXES) {
                if (s.endsWith(w[0]) && s.length() > w[0].length()) {
                    currency = w[1];
                    s = s.substring(0, s.length() - w[0].length()).strip();
                    break;
                }
            }
        }
        BigDecimal factor = BigDecimal.ONE;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String[] w : WORDS) {
            if (lower.endsWith(w[0]) && lower.length() > w[0].length()
                    && !Character.isLetter(lower.charAt(lower.length() - w[0].length() - 1))) {
                factor = new BigDecimal(w[1]);
                s = s.substring(0, s.length() - w[0].length()).strip();
                break;
            }
        }
        BigDecimal v = AmountFormat.read(s);
        if (v == null) {
            return null;
        }
        v = v.multiply(factor);
        return currency == null ? new ValueBound(Kind.PLAIN, null, v) : new ValueBound(Kind.MONEY, currency, v);
    }

    private static boolean isCurrency(String code) {
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException notIso) {
            return false;
        }
    }
}
