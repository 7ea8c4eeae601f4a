/** Slots of the table at first; it doubles when half full. */
const INITIAL_SLOTS = 1 << 16;

/**
 * Numbers pairs of small non-negative integers (a, b) in order of first sight: an open-addressing hash table over
 * typed arrays, since a Map keyed by a × base + b (a heap number past 2³⁰) cost the index workers more than
 * hashing the pairs' strings did.
 */
export class IdPairNumbering {
  private firsts = new Int32Array(INITIAL_SLOTS);
  private seconds = new Int32Array(INITIAL_SLOTS);
  /** Per slot: the pair's id + 1 (0: empty). */
  private ids = new Int32Array(INITIAL_SLOTS);
  /** Pairs numbered so far. */
  size = 0;

  /** The pair's id, or -1 when it has none yet. */
  get(a: number, b: number): number {
    const mask = this.ids.length - 1;
    for (let slot = slotOf(a, b, mask); ; slot = (slot + 1) & mask) {
      const id = this.ids[slot]!;
      if (id === 0) return -1;
      if (this.firsts[slot] === a && this.seconds[slot] === b) return id - 1;
    }
  }

  /** Numbers a pair that has no id yet (see get), and returns its id. */
  add(a: number, b: number): number {
    if (2 * (this.size + 1) > this.ids.length) this.grow();
    const id = this.size++;
    this.place(a, b, id + 1);
    return id;
  }

  private place(a: number, b: number, idPlusOne: number): void {
    const mask = this.ids.length - 1;
    let slot = slotOf(a, b, mask);
    while (this.ids[slot] !== 0) slot = (slot + 1) & mask;
    this.firsts[slot] = a;
    this.seconds[slot] = b;
    this.ids[slot] = idPlusOne;
  }

  private grow(): void {
    const { firsts, seconds, ids } = this;
    this.firsts = new Int32Array(ids.length * 2);
    this.seconds = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2);
    for (let slot = 0; slot < ids.length; slot++) if (ids[slot] !== 0) this.place(firsts[slot]!, seconds[slot]!, ids[slot]!);
  }
}

/** Where the pair's search starts: a multiplicative hash of both numbers. */
function slotOf(a: number, b: number, mask: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) & mask;
}
