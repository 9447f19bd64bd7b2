package co.pactos.bench;

import java.util.Arrays;

/**
 * The generated aggregates of one kind (investments, calls), by number: the id, the money committed
 * and executed so far and the next sequence number of each, so that later events stay consistent.
 */
final class IdTable {

    private final String prefix;
    private final int width;
    private long[] amount = new long[1024];
    private long[] executed = new long[1024];
    private int[] sequence = new int[1024];
    private int size;

    IdTable(String prefix, int width) {
        this.prefix = prefix;
        this.width = width;
    }

    int add(long committed) {
        if (size == amount.length) {
            amount = Arrays.copyOf(amount, size * 2);
            executed = Arrays.copyOf(executed, size * 2);
            sequence = Arrays.copyOf(sequence, size * 2);
        }
        amount[size] = committed;
        sequence[size] = 1;
        return size++;
    }

    int size() {
        return size;
    }

    String id(int i) {
        return Ids.padded(prefix, i, width);
    }

    long amount(int i) {
        return amount[i];
    }

    long executed(int i) {
        return executed[i];
    }

    void execute(int i, long money) {
        executed[i] += money;
    }

    void adjust(int i, long money) {
        amount[i] += money;
    }

    int nextSequence(int i) {
        return sequence[i]++;
    }
}
