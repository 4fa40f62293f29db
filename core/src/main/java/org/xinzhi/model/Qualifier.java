package org.xinzhi.model;

/** How a stated number relates to the true value. */
public enum Qualifier {
    /** The number as stated (也 可达, 达到). */
    EXACT,
    /** About the number (约, 近, 左右, 大约, 上下). */
    APPROX,
    /** The number or more (以上, 超过, 逾, 多, 余, 突破). {@code valueMax} may bound a vague form. */
    AT_LEAST,
    /** The number or less (以下, 不到, 不足, 不满). */
    AT_MOST,
    /** Between {@code value} and {@code valueMax} (3万至5万元, 三十几万元). */
    RANGE
}
