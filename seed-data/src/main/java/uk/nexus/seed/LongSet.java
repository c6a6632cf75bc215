package uk.nexus.seed;

/**
 * Open-addressing set of longs, used only for membership tests (never iterated, so its order cannot leak into the
 * output).
 */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = new long[1 << 12];
    private int size;

    LongSet() {
        java.util.Arrays.fill(slots, EMPTY);
    }

    /** Adds {@code v}; false if it was already there. */
    boolean add(long v) {
        if (v == EMPTY) {
            throw new IllegalArgumentException("reserved value");
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = hash(v) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    boolean contains(long v) {
        int mask = slots.length - 1;
        int i = hash(v) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static int hash(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
