package dev.fureai.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Percentiles of measured times (nanoseconds), nearest rank. */
record Latencies(long[] sorted) {

	static Latencies of(long[] nanos) {
		long[] copy = nanos.clone();
		Arrays.sort(copy);
		return new Latencies(copy);
	}

	static Latencies of(List<Long> nanos) {
		return of(nanos.stream().mapToLong(Long::longValue).toArray());
	}

	int count() {
		return this.sorted.length;
	}

	/** The quantile (0.5, 0.99 …) in microseconds; 0 when nothing was measured. */
	double micros(double quantile) {
		if (this.sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(quantile * this.sorted.length) - 1;
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank))] / 1e3;
	}

	String describe() {
		return String.format(Locale.ROOT, "p50 %.0f µs, p90 %.0f µs, p99 %.0f µs (n=%d)", micros(0.5), micros(0.9),
				micros(0.99), count());
	}

	/** The median of several runs' figures (NaN for none: a scenario left out). */
	static double median(double... values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] copy = values.clone();
		Arrays.sort(copy);
		int n = copy.length;
		return (n % 2 == 1) ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
	}

}
