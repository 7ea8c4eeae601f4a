import chardet from 'chardet';
import iconv from 'iconv-lite';
import { notTextReason } from '../documents/load-corpus.js';

/** Bytes decoded as text, and the encoding they were read in; or why they are not text. */
export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; detail: string };

// Single-byte encodings of the languages sanad reads (Arabic, Russian, English and their neighbours). Short texts
// leave chardet guessing among East Asian multi-byte encodings; a news file in one of those is not expected here.
const SINGLE_BYTE_ENCODINGS = new Set([
  'windows-1256', 'iso-8859-6', 'windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866', 'windows-1252', 'iso-8859-1',
  'iso-8859-2', 'iso-8859-7', 'iso-8859-8', 'iso-8859-9', 'windows-1250', 'windows-1253', 'windows-1254', 'windows-1255',
]);
/** Read when chardet names none of the above (a text of a few words): Arabic is the corpus's main language. */
const FALLBACK_ENCODING = 'windows-1256';
// A UTF-16 text without a byte-order mark: the high bytes of its characters are nearly all 0x00 (ASCII), 0x04
// (Cyrillic), 0x06 (Arabic) or 0x20 (punctuation), in one half of the byte pairs and not in the other.
const UTF16_HIGH_BYTES = new Set([0x00, 0x04, 0x06, 0x20]);
const UTF16_HIGH_BYTE_SHARE = 0.9;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The UTF-16 byte order of bytes with no byte-order mark, when one half of the pairs looks like high bytes. */
function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (UTF16_HIGH_BYTES.has(bytes[i]!)) evenHigh++;
    if (UTF16_HIGH_BYTES.has(bytes[i + 1]!)) oddHigh++;
  }
  const pairs = bytes.length / 2;
  if (oddHigh / pairs >= UTF16_HIGH_BYTE_SHARE && evenHigh / pairs < UTF16_HIGH_BYTE_SHARE) return 'utf-16le';
  if (evenHigh / pairs >= UTF16_HIGH_BYTE_SHARE && oddHigh / pairs < UTF16_HIGH_BYTE_SHARE) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** The single-byte encoding chardet finds likeliest, among those sanad reads. */
function guessSingleByteEncoding(bytes: Uint8Array): string {
  const named = chardet.analyse(bytes).map((match) => match.name.toLowerCase());
  return named.find((name) => SINGLE_BYTE_ENCODINGS.has(name)) ?? FALLBACK_ENCODING;
}

function checked(bytes: Uint8Array, text: string, encoding: string): DecodedText {
  const reason = notTextReason(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), text);
  return reason ? { ok: false, detail: reason } : { ok: true, text, encoding };
}

/**
 * Reads bytes as text: a byte-order mark decides (UTF-8, UTF-16 LE/BE); then valid UTF-8; then UTF-16 without a mark;
 * then the single-byte encoding chardet finds likeliest (Windows-1256, ISO-8859-6, Windows-1251, KOI8-R…), decoded
 * with iconv-lite. Binary bytes (NUL bytes, many control characters) are refused, with the reason from notTextReason.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3));
    return text === undefined ? { ok: false, detail: 'UTF-8 byte-order mark, but not UTF-8' } : checked(bytes.subarray(3), text, 'utf-8');
  }
  const marked = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const order = marked ?? utf16ByteOrder(bytes);
  if (order) {
    const text = decodeUtf16(bytes.subarray(marked ? 2 : 0), order);
    // The zero bytes of UTF-16 are not a sign of binary: check the text as UTF-8 bytes.
    return checked(Buffer.from(text, 'utf8'), text, order);
  }
  const text = decodeUtf8(bytes);
  if (text !== undefined) return checked(bytes, text, 'utf-8');
  if (bytes.includes(0)) return { ok: false, detail: 'binary file (NUL bytes), not text' };
  const encoding = guessSingleByteEncoding(bytes);
  return checked(bytes, iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding);
}

/** Decodes bytes in a named encoding (an HTTP or <meta> charset), or undefined when the name is not one iconv-lite knows. */
export function decodeAs(bytes: Uint8Array, encoding: string): string | undefined {
  if (!iconv.encodingExists(encoding)) return undefined;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}
