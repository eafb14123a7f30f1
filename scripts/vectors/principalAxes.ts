// Principal component analysis for a few hundred thousand short vectors, small enough to write
// here rather than add a numerics package for one script run: the covariance matrix's eigenvectors
// by cyclic Jacobi rotations.

/** The principal axes of centred row vectors, strongest first, each a unit vector. */
export function principalAxes(rows: readonly number[][]): number[][] {
  const n = rows[0]?.length ?? 0;
  const a = Array.from({ length: n }, () => new Float64Array(n));
  for (const row of rows) {
    for (let i = 0; i < n; i += 1) for (let j = i; j < n; j += 1) a[i]![j]! += row[i]! * row[j]!;
  }
  for (let i = 0; i < n; i += 1) for (let j = 0; j < i; j += 1) a[i]![j] = a[j]![i]!;
  const v = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y]![y]! - a[x]![x]!);
  return order.map((column) => Array.from({ length: n }, (_, k) => v[k]![column]!));
}
