package org.xinzhi.text;

/** Which Chinese script a document is written in. */
public enum Script {
    SIMPLIFIED,
    TRADITIONAL,
    /** Both scripts in noticeable amounts. */
    MIXED,
    /** No Chinese characters at all (or too few to tell). */
    UNKNOWN
}
