/** The q-quantile (0..1) of ascending values: the value at position ⌊q·n⌋; NaN when empty. */
export const quantile = (sorted: number[], q: number): number =>
	sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
