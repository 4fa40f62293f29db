package org.xinzhi.eval;

/**
 * Among matched pairs where an attribute was compared, how many agreed.
 *
 * @param compared pairs compared
 * @param agreed   pairs whose attribute agreed
 */
public record Agreement(int compared, int agreed) {

    public static final Agreement NONE = new Agreement(0, 0);

    public Agreement {
        if (compared < 0 || agreed < 0 || agreed > compared) {
            throw new IllegalArgumentException("inconsistent counts: compared " + compared + ", agreed " + agreed);
        }
    }

    /** The share that agreed, or NaN when nothing was compared. */
    public double share() {
        return compared == 0 ? Double.NaN : agreed / (double) compared;
    }

    public Agreement plus(Agreement other) {
        return new Agreement(compared + other.compared, agreed + other.agreed);
    }

    Agreement add(boolean agrees) {
        return new Agreement(compared + 1, agreed + (agrees ? 1 : 0));
    }
}
