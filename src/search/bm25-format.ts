import { crc32 } from 'node:zlib';
import { blockCount } from './bm25-bounds.js';
import type { FlatPostings } from './bm25-postings.js';
import type { TermTableData } from './bm25-term-table.js';

/**
 * The binary form of a Bm25Index: "SANADBM\0", the format version and header length (uint32 LE), a CRC-32 of the
 * whole file but that field (uint32 LE, then 4 bytes of padding), a JSON header (signature, parameters, fields and
 * their term counts), then 8-byte-aligned arrays: per-term and per-block bounds (float64), per-field lengths, posting
 * offsets and documents (uint32), term frequencies (uint16), then the term table (bm25-term-table): term starts and
 * hash slots (uint32), term bytes (UTF-8). Loading it takes no tokenising, no sorting and no string: the arrays are
 * used in place as typed-array views over the buffer.
 */

/**
 * The format version of serialised indexes; bump it whenever the layout changes. 2: one binary buffer. 3: a checksum.
 * 4: the terms in a binary hash table instead of the JSON header.
 */
export const BM25_FORMAT_VERSION = 4;

/** A saved index does not match this code (other format version or analyzer), or is damaged. */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/** A sound index written by another version of sanad (another format or analyzer): expected after an upgrade. */
export class IndexVersionError extends IndexFormatError {
  override name = 'IndexVersionError';
}

/** The JSON form of a Bm25Index: the binary form (see toBuffer) as base64, with its version and signature readable. */
export interface SerializedBm25Index {
  format: number;
  signature: string;
  /** toBuffer() as base64. */
  data: string;
}

/** Everything the binary form holds: enough to rebuild the index without recomputing its bounds. */
export interface Bm25IndexData {
  signature: string;
  k1: number;
  b: number;
  docCount: number;
  /** The postings but their terms, which are in `termTable`. */
  postings: Omit<FlatPostings, 'termTable'>;
  termTable: TermTableData;
  /** Per term: the largest tf / (tf + norm) (see bm25-bounds). */
  maxFractions: Float64Array;
  /** Per block of postings: the largest tf / (tf + norm) (see bm25-bounds). */
  blockMaxFractions: Float64Array;
}

/** First bytes of a binary index: "SANADBM" and a zero. */
const MAGIC = Buffer.from('SANADBM\0', 'latin1');
/** Magic (8 bytes), format version (uint32), header length (uint32), CRC-32 (uint32), padding (4 bytes). */
const PREAMBLE_BYTES = 24;
/** Where the CRC-32 sits; it covers every byte before it and every byte from PREAMBLE_BYTES on. */
const CHECKSUM_AT = 16;

/**
 * The file's CRC-32 (zlib's, about 5 GB/s: a fraction of the load time): damage anywhere, random bytes in the
 * postings included, is found before any of it is used.
 */
function checksumOf(bytes: Buffer): number {
  return crc32(bytes.subarray(PREAMBLE_BYTES), crc32(bytes.subarray(0, CHECKSUM_AT)));
}

/** Whether the binary form's checksum matches its bytes (false for bytes too short to hold one). */
export function checksumMatches(bytes: Buffer): boolean {
  return bytes.length >= PREAMBLE_BYTES && bytes.readUInt32LE(CHECKSUM_AT) === checksumOf(bytes);
}

/** Memory whose checksum was verified where it was read (another thread), not to be verified again. */
const verifiedMemory = new WeakSet<ArrayBufferLike>();

/**
 * Marks `memory` (a whole saved index, read and checked by checksumMatches in a worker thread, then transferred
 * here unchanged) as verified: decodeBm25Index skips the checksum of a buffer over it (0.5 s for 190 MB).
 */
export function markChecksumVerified(memory: ArrayBuffer): void {
  verifiedMemory.add(memory);
}

/** Header of the binary form; the arrays follow it, 8-byte aligned. Its key order is part of the format. */
interface BinaryHeader {
  signature: string;
  k1: number;
  b: number;
  docCount: number;
  fields: string[];
  /** How many terms each field has (term ids run over the fields one after the other). */
  termCounts: number[];
  postingCount: number;
  /** Length of the term table's bytes and its number of hash slots. */
  termBytes: number;
  slotCount: number;
}

/** n rounded up to a multiple of 8, so that every array can be viewed in place (Float64Array needs 8). */
function align8(n: number): number {
  return (n + 7) & ~7;
}

/** The binary form of an index (see the top of this file). */
export function encodeBm25Index(data: Bm25IndexData): Buffer {
  const { postings, termTable } = data;
  const termCounts = postings.fields.map((_, f) => termTable.fieldStarts[f + 1]! - termTable.fieldStarts[f]!);
  const header: BinaryHeader = {
    signature: data.signature, k1: data.k1, b: data.b, docCount: data.docCount,
    fields: postings.fields, termCounts, postingCount: postings.docs.length, termBytes: termTable.bytes.length, slotCount: termTable.slots.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const arrays: ArrayBufferView[] = [
    data.maxFractions, data.blockMaxFractions, ...postings.fieldLengths, postings.offsets, postings.docs, postings.tfs,
    termTable.starts, termTable.slots, termTable.bytes,
  ];
  let size = align8(PREAMBLE_BYTES + headerBytes.length);
  for (const array of arrays) size = align8(size + array.byteLength);
  const out = Buffer.alloc(size);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(BM25_FORMAT_VERSION, 8);
  out.writeUInt32LE(headerBytes.length, 12);
  headerBytes.copy(out, PREAMBLE_BYTES);
  let at = align8(PREAMBLE_BYTES + headerBytes.length);
  for (const array of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align8(at + array.byteLength);
  }
  out.writeUInt32LE(checksumOf(out), CHECKSUM_AT);
  return out;
}

/**
 * Reads the binary form, refusing another format, a damaged file (its checksum) or, when `expectedSignature` is
 * given, another analyzer's index.
 * The arrays are views over `buffer` (over a copy when it is not 8-byte aligned), so it must not be changed later.
 */
export function decodeBm25Index(buffer: Uint8Array, expectedSignature?: string): Bm25IndexData {
  const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (bytes.length < PREAMBLE_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) throw new IndexFormatError('not a sanad BM25 index');
  const format = bytes.readUInt32LE(8);
  if (format !== BM25_FORMAT_VERSION) throw new IndexVersionError(`index format ${format} is not ${BM25_FORMAT_VERSION}`);
  const verified = verifiedMemory.has(bytes.buffer) && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  if (!verified && !checksumMatches(bytes)) throw new IndexFormatError('index is damaged (checksum mismatch)');
  const headerLength = bytes.readUInt32LE(12);
  let header: BinaryHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)) as BinaryHeader;
  } catch (cause) {
    throw new IndexFormatError('index header is damaged', { cause });
  }
  if (expectedSignature !== undefined && header.signature !== expectedSignature) {
    throw new IndexVersionError('index was built by another analyzer');
  }
  // Typed-array views need aligned offsets; a misaligned input is copied once.
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  if (!Array.isArray(header.termCounts) || header.termCounts.length !== header.fields?.length) throw new IndexFormatError('index header is damaged');
  const termCount = header.termCounts.reduce((sum, n) => sum + n, 0);
  let at = align8(PREAMBLE_BYTES + headerLength);
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
    if (at + length * width > aligned.length) throw new IndexFormatError('index is truncated');
    const view = make(aligned.buffer as ArrayBuffer, aligned.byteOffset + at, length);
    at = align8(at + length * width);
    return view;
  };
  // Read in the order encodeBm25Index writes.
  const maxFractions = take((b, o, n) => new Float64Array(b, o, n), termCount, 8);
  const blockMaxFractions = take((b, o, n) => new Float64Array(b, o, n), blockCount(header.postingCount), 8);
  const fieldLengths = header.fields.map(() => take((b, o, n) => new Uint32Array(b, o, n), header.docCount, 4));
  const offsets = take((b, o, n) => new Uint32Array(b, o, n), termCount + 1, 4);
  const docs = take((b, o, n) => new Uint32Array(b, o, n), header.postingCount, 4);
  const tfs = take((b, o, n) => new Uint16Array(b, o, n), header.postingCount, 2);
  const starts = take((b, o, n) => new Uint32Array(b, o, n), termCount + 1, 4);
  const slots = take((b, o, n) => new Uint32Array(b, o, n), header.slotCount, 4);
  const termBytes = take((b, o, n) => new Uint8Array(b, o, n), header.termBytes, 1);
  const fieldStarts = new Uint32Array(header.fields.length + 1);
  header.termCounts.forEach((n, f) => (fieldStarts[f + 1] = fieldStarts[f]! + n));
  return {
    signature: header.signature, k1: header.k1, b: header.b, docCount: header.docCount,
    postings: { fields: header.fields, fieldLengths, offsets, docs, tfs },
    termTable: { bytes: termBytes, starts, slots, fieldStarts },
    maxFractions, blockMaxFractions,
  };
}

/**
 * The binary form inside the JSON form, refusing another format or, when `expectedSignature` is given, another
 * analyzer's index (the binary form's own header is checked again when it is decoded).
 */
export function unwrapSerializedBm25Index(data: SerializedBm25Index, expectedSignature?: string): Buffer {
  // Checked before decoding the base64, which can be large: a stale or foreign file fails fast.
  if (data?.format !== BM25_FORMAT_VERSION) {
    throw new IndexVersionError(`index format ${String(data?.format)} is not ${BM25_FORMAT_VERSION}`);
  }
  if (expectedSignature !== undefined && data.signature !== expectedSignature) {
    throw new IndexVersionError('index was built by another analyzer');
  }
  return Buffer.from(data.data, 'base64');
}
