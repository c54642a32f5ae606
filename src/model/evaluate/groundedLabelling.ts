// Grounded labelling of an abstract argumentation framework, with min–max numbers.
// Pure: no DOM, no store, and no map types either; it knows only numbered arguments and attacks.

/** Label codes, as stored in a labelling's `label` array. */
export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;
export type LabelCode = typeof UNDEC | typeof IN | typeof OUT;

/**
 * An abstract argumentation framework (Dung 1995) in compressed sparse rows: arguments are
 * the numbers 0…size−1, and both directions of the attack relation are indexed.
 */
export interface AttackGraph {
  readonly size: number;
  /** The arguments `a` attacks are `targets[targetStart[a]]` up to `targets[targetStart[a + 1]]`, exclusive. */
  readonly targetStart: Int32Array;
  readonly targets: Int32Array;
  /** The arguments attacking `a`, laid out the same way. */
  readonly attackerStart: Int32Array;
  readonly attackers: Int32Array;
  /**
   * What labelling `a` adds to a min–max number: 1 for an argument that is a move in the
   * dispute (a claim), 0 for one that only carries another's force (a link, see
   * `disputeFramework`).
   */
  readonly weight: Uint8Array;
}

/**
 * Builds the graph from a flat list of attacks `[from0, to0, from1, to1, …]`.
 * Every weight is 1 unless `weight` says otherwise.
 * @example attackGraph(3, [0, 1, 1, 2]) // 0 attacks 1, 1 attacks 2
 */
export function attackGraph(
  size: number,
  attacks: ArrayLike<number>,
  weight: Uint8Array = new Uint8Array(size).fill(1),
): AttackGraph {
  const count = attacks.length >> 1;
  const targetStart = new Int32Array(size + 1);
  const attackerStart = new Int32Array(size + 1);
  for (let k = 0; k < count; k++) {
    targetStart[(attacks[2 * k] as number) + 1]!++;
    attackerStart[(attacks[2 * k + 1] as number) + 1]!++;
  }
  for (let a = 0; a < size; a++) {
    targetStart[a + 1]! += targetStart[a]!;
    attackerStart[a + 1]! += attackerStart[a]!;
  }
  const targets = new Int32Array(count);
  const attackers = new Int32Array(count);
  const targetFill = targetStart.slice(0, size);
  const attackerFill = attackerStart.slice(0, size);
  for (let k = 0; k < count; k++) {
    const from = attacks[2 * k] as number;
    const to = attacks[2 * k + 1] as number;
    targets[targetFill[from]!++] = to;
    attackers[attackerFill[to]!++] = from;
  }
  return { size, targetStart, targets, attackerStart, attackers, weight };
}

/** A labelling: one code per argument, and each argument's min–max number. */
export interface Labelling {
  /** IN, OUT or UNDEC for each argument. */
  readonly label: Uint8Array;
  /**
   * Caminada's min–max number: for IN, the weight plus the largest number among its
   * attackers (all OUT), so an unattacked claim has 1; for OUT, the weight plus the smallest
   * number among its IN attackers; Infinity for UNDEC. With all weights 1 an IN argument's
   * number is 2k − 1, where k is the first step of the characteristic function's iteration
   * that accepts it, and an OUT argument's is 2k, where k is the first step that accepts one
   * of its attackers: the length of the shortest dispute that settles it.
   */
  readonly rank: Float64Array;
}

/**
 * The grounded labelling (Dung 1995): the least fixpoint of "IN when every attacker is OUT;
 * OUT when some attacker is IN", everything else UNDEC. Queue-based, O(arguments + attacks):
 * arguments are settled in order of their min–max number (a 0–1 breadth-first search, since
 * weights are 0 or 1), which makes the first IN attacker to reach an argument a smallest one
 * and the last OUT attacker to release one a largest one.
 * @example
 * // c attacks b, b attacks a: reinstatement.
 * groundedLabelling(attackGraph(3, [2, 1, 1, 0])).label // [IN, OUT, IN]
 */
export function groundedLabelling(graph: AttackGraph): Labelling {
  const { size, targetStart, targets, attackerStart, weight } = graph;
  const label = new Uint8Array(size);
  const rank = new Float64Array(size).fill(Infinity);
  // Attackers not yet OUT; an argument becomes IN when this reaches 0.
  const pending = new Int32Array(size);
  let current: number[] = [];
  let next: number[] = [];
  for (let a = 0; a < size; a++) {
    pending[a] = attackerStart[a + 1]! - attackerStart[a]!;
    if (pending[a] === 0) {
      label[a] = IN;
      rank[a] = weight[a]!;
      (weight[a] ? next : current).push(a);
    }
  }
  while (current.length > 0 || next.length > 0) {
    if (current.length === 0) [current, next] = [next, current];
    const a = current.pop() as number;
    const ra = rank[a]!;
    const isIn = label[a] === IN;
    for (let k = targetStart[a]!; k < targetStart[a + 1]!; k++) {
      const t = targets[k]!;
      if (label[t] !== UNDEC) continue;
      if (isIn) {
        label[t] = OUT;
      } else if (--pending[t]! === 0) {
        label[t] = IN;
      } else continue;
      rank[t] = ra + weight[t]!;
      (weight[t] ? next : current).push(t);
    }
  }
  return { label, rank };
}
