/**
 * The index's term dictionary as flat arrays: every term's UTF-8 bytes one after the other, where each starts, and
 * an open-addressing hash table of term ids. A saved index uses these arrays in place, so loading one creates no
 * string and no Map however many terms it has (millions of neighbouring-stem pairs on a large corpus); a lookup
 * encodes the term, hashes it and compares bytes.
 */

/** The arrays of a term table, as saved. */
export interface TermTableData {
  /** The terms' UTF-8 bytes, term after term in id order. */
  bytes: Uint8Array;
  /** Per term id: where its bytes start; one more entry, the end of the last. */
  starts: Uint32Array;
  /** Hash slots, a power of two of them: term id + 1, or 0 for an empty slot. */
  slots: Uint32Array;
  /** Per field: its first term id; one more entry, the term count (term ids run over the fields one after the other). */
  fieldStarts: Uint32Array;
}

/**
 * A field's terms given as pairs of another field's terms, "a b": term i pairs terms ids[2i] and ids[2i + 1] of field
 * number `of` (whose terms are given as strings).
 */
export interface PairedTerms {
  of: number;
  ids: Uint32Array;
}

/** The byte between a pair's two terms (a space). */
const SPACE = 0x20;

/** The field whose terms the pairs pair, checked to be given as strings. */
function pairedField(terms: ReadonlyArray<readonly string[] | PairedTerms>, pairs: PairedTerms): number {
  const of = terms[pairs.of];
  if (!of || 'ids' in of) throw new Error(`pairs of field ${pairs.of}, which is not a field of strings`);
  return pairs.of;
}

/** FNV-1a offset basis and prime (32 bits). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of the field number then the bytes [start, end). */
function hashOf(field: number, bytes: Uint8Array, start: number, end: number): number {
  let h = Math.imul(FNV_OFFSET ^ (field & 0xff), FNV_PRIME);
  h = Math.imul(h ^ (field >>> 8), FNV_PRIME);
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

/** The smallest power of two with at least twice `n` slots (the table stays at most half full). */
function slotCountFor(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/** Where id() encodes the term looked up (grown for a longer one): a lookup allocates nothing. */
let scratch = new Uint8Array(256);

/**
 * Writes the UTF-8 bytes of `text` into `scratch` and returns how many there are: the bytes Buffer.from(text, 'utf8')
 * gives, a lone surrogate as U+FFFD.
 */
function encodeUtf8(text: string): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(2 ** Math.ceil(Math.log2(text.length * 3)));
  const out = scratch;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 0x3f);
        out[n++] = 0x80 | ((c >> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  }
  return n;
}

/** Term ids by field and term, over flat arrays (see the top of this file). */
export class TermTable {
  private readonly mask: number;

  constructor(readonly data: TermTableData) {
    this.mask = data.slots.length - 1;
  }

  /**
   * Builds the table of each field's terms, given in term-id order: as strings, or as pairs of another field's terms
   * (PairedTerms, that field given as strings). A pair's bytes are copied from its two terms' bytes, so the million
   * pairs of neighbouring stems of a large corpus are never made into strings.
   */
  static build(terms: ReadonlyArray<readonly string[] | PairedTerms>): TermTable {
    const fieldStarts = new Uint32Array(terms.length + 1);
    terms.forEach((list, f) => (fieldStarts[f + 1] = fieldStarts[f]! + ('ids' in list ? list.ids.length / 2 : list.length)));
    const count = fieldStarts[terms.length]!;
    // Each term's byte length at starts[id + 1] first (the strings', then the pairs' from them), then summed.
    const starts = new Uint32Array(count + 1);
    terms.forEach((list, f) => {
      if ('ids' in list) return;
      for (let t = 0, id = fieldStarts[f]!; t < list.length; t++) starts[++id] = Buffer.byteLength(list[t]!, 'utf8');
    });
    terms.forEach((list, f) => {
      if (!('ids' in list)) return;
      const { ids } = list;
      const of = fieldStarts[pairedField(terms, list)]! + 1;
      for (let i = 0, id = fieldStarts[f]!; i < ids.length; i += 2) starts[++id] = starts[of + ids[i]!]! + 1 + starts[of + ids[i + 1]!]!;
    });
    for (let id = 0; id < count; id++) starts[id + 1]! += starts[id]!;
    const bytes = Buffer.allocUnsafe(starts[count]!);
    terms.forEach((list, f) => {
      if (!('ids' in list)) for (let t = 0, id = fieldStarts[f]!; t < list.length; t++) bytes.write(list[t]!, starts[id++]!, 'utf8');
    });
    terms.forEach((list, f) => {
      if (!('ids' in list)) return;
      const { ids } = list;
      const of = fieldStarts[pairedField(terms, list)]!;
      let at = starts[fieldStarts[f]!]!;
      for (let i = 0; i < ids.length; i += 2) {
        for (let b = starts[of + ids[i]!]!, end = starts[of + ids[i]! + 1]!; b < end; b++) bytes[at++] = bytes[b]!;
        bytes[at++] = SPACE;
        for (let b = starts[of + ids[i + 1]!]!, end = starts[of + ids[i + 1]! + 1]!; b < end; b++) bytes[at++] = bytes[b]!;
      }
    });
    return TermTable.fromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), starts, fieldStarts);
  }

  /** The table of terms already encoded (TermTableData but the slots), hashed into slots here. */
  static fromBytes(bytes: Uint8Array, starts: Uint32Array, fieldStarts: Uint32Array): TermTable {
    const count = starts.length - 1;
    const slots = new Uint32Array(slotCountFor(count));
    const mask = slots.length - 1;
    for (let f = 0; f < fieldStarts.length - 1; f++) {
      for (let t = fieldStarts[f]!, end = fieldStarts[f + 1]!; t < end; t++) {
        let slot = hashOf(f, bytes, starts[t]!, starts[t + 1]!) & mask;
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
        slots[slot] = t + 1;
      }
    }
    return new TermTable({ bytes, starts, slots, fieldStarts });
  }

  /** How many terms the table holds. */
  get size(): number {
    return this.data.starts.length - 1;
  }

  /** The term id of `term` in field number `field`, or undefined when the field does not have it. */
  id(field: number, term: string): number | undefined {
    const { bytes, starts, slots, fieldStarts } = this.data;
    if (field < 0 || field >= fieldStarts.length - 1) return undefined;
    const length = encodeUtf8(term);
    const key = scratch;
    const first = fieldStarts[field]!;
    const last = fieldStarts[field + 1]!;
    for (let slot = hashOf(field, key, 0, length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot]!;
      if (entry === 0) return undefined;
      const t = entry - 1;
      if (t < first || t >= last) continue;
      const start = starts[t]!;
      if (starts[t + 1]! - start !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (bytes[start + i] !== key[i]) {
          same = false;
          break;
        }
      }
      if (same) return t;
    }
  }
}
