/**
 * Ranks of scores, 1 for the highest; ties share the average of their ranks; missing scores
 * get NaN and do not take a rank.
 *
 * @example ranks([0.2, 0.9, 0.2]) // returns [2.5, 1, 2.5]
 */
export function ranks(scores: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: scores.length }, (_, i) => i)
    .filter((i) => !Number.isNaN(scores[i] as number))
    .sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const out = new Float64Array(scores.length).fill(NaN);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1] as number] === scores[order[start] as number]) end++;
    const shared = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k] as number] = shared;
    start = end + 1;
  }
  return out;
}
