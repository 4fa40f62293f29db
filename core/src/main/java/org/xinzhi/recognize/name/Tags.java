package org.xinzhi.recognize.name;

import org.xinzhi.segment.Token;

/** Classes of HanLP part-of-speech tags and characters that the name rules read. */
final class Tags {
    private Tags() {
    }

    static boolean isVerb(String pos) {
        return pos.startsWith("v") && !pos.equals("vn");
    }

    static boolean isPlace(String pos) {
        return pos.startsWith("ns");
    }

    static boolean isProper(String pos) {
        return pos.startsWith("nr") || pos.startsWith("nz") || pos.startsWith("nt") || pos.equals("nx") || pos.equals("j")
                || pos.equals("x") || pos.equals("nis");
    }

    static boolean isOrganization(String pos) {
        return pos.startsWith("nt");
    }

    /** p, c, u, d, r, e, y, o, w, f and their subtags. */
    static boolean isFunction(String pos) {
        return !pos.isEmpty() && "pcudreyowf".indexOf(pos.charAt(0)) >= 0;
    }

    /** A one-char piece that may be part of an unknown word (not a verb, count, direction or function word). */
    static boolean oovFragment(String pos) {
        return !(!pos.isEmpty() && "vmqfd".indexOf(pos.charAt(0)) >= 0 || isFunction(pos));
    }

    static boolean isConnector(String w) {
        return w.equals("和") || w.equals("与") || w.equals("及");
    }

    /** A char that ends any name and any list item: clause punctuation and brackets. */
    static boolean isHardStop(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '：' || c == ':' || c == '\n'
                || c == '!' || c == '?' || c == '！' || c == '？' || c == '(' || c == '（' || c == ')' || c == '）';
    }

    static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || Character.isIdeographic(c);
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    /** Character.isLetter with the common Han chars answered without a table lookup. */
    static boolean isLetter(char c) {
        return c >= '\u4E00' && c <= '\u9FA5' || Character.isLetter(c);
    }

    /** A name needs a body of letters or Han characters: not only symbols, digits or punctuation. */
    static boolean hasLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A coarse class of a token for features: its tag's first letters, nt and ns kept apart. */
    static String coarse(Token k) {
        if (k == null) {
            return "none";
        }
        String p = k.pos();
        if (p.isEmpty()) {
            return "x";
        }
        if (p.startsWith("nt") || p.startsWith("ns") || p.startsWith("nr") || p.startsWith("nz") || p.equals("vn")
                || p.equals("nx") || p.equals("nis")) {
            return p.length() > 2 && !p.equals("nis") ? p.substring(0, 2) : p;
        }
        return p.substring(0, 1);
    }
}
