/** Slots of the table at least; it doubles when half full. */
const MIN_SLOTS = 1 << 10;

/** Int32s per slot: first number, second number, id + 1 (0: empty), side by side for one cache line per probe. */
const SLOT_INTS = 3;

/**
 * Numbers pairs of small non-negative integers (a, b) in order of first sight: an open-addressing hash table over
 * one typed array, since a Map keyed by a × base + b (a heap number past 2³⁰) cost the index workers more than
 * hashing the pairs' strings did.
 */
export class IdPairNumbering {
  private slots: Int32Array;
  /** Pairs numbered so far. */
  size = 0;

  /** `expected`: about how many pairs will be numbered (the table is made large enough not to grow). */
  constructor(expected = 0) {
    let count = MIN_SLOTS;
    while (count < 2 * expected) count *= 2;
    this.slots = new Int32Array(count * SLOT_INTS);
  }

  /**
   * A numbering of `size` pairs over the slots of another one (table(), from the thread that numbered them): its
   * pairs keep their ids, and it goes on numbering from there.
   */
  static over(slots: Int32Array, size: number): IdPairNumbering {
    const numbering = new IdPairNumbering();
    numbering.slots = slots;
    numbering.size = size;
    return numbering;
  }

  /** The slots (to send to another thread and number on there with `over`; this numbering must not be used after). */
  table(): Int32Array {
    return this.slots;
  }

  /** The pair's id, or -1 when it has none yet. */
  get(a: number, b: number): number {
    const { slots } = this;
    const mask = slots.length / SLOT_INTS - 1;
    for (let slot = slotOf(a, b, mask); ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_INTS;
      const id = slots[at + 2]!;
      if (id === 0) return -1;
      if (slots[at] === a && slots[at + 1] === b) return id - 1;
    }
  }

  /** Numbers a pair that has no id yet (see get), and returns its id. */
  add(a: number, b: number): number {
    if (2 * (this.size + 1) * SLOT_INTS > this.slots.length) this.grow();
    const id = this.size++;
    this.place(a, b, id + 1);
    return id;
  }

  private place(a: number, b: number, idPlusOne: number): void {
    const { slots } = this;
    const mask = slots.length / SLOT_INTS - 1;
    let slot = slotOf(a, b, mask);
    while (slots[slot * SLOT_INTS + 2] !== 0) slot = (slot + 1) & mask;
    const at = slot * SLOT_INTS;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = idPlusOne;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT_INTS) if (old[at + 2] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

/** Where the pair's search starts: a multiplicative hash of both numbers. */
function slotOf(a: number, b: number, mask: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) & mask;
}
