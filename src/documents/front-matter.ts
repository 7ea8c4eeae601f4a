import { parse } from 'yaml';

/** A file split into its optional YAML front matter and its body. */
export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---`-fenced YAML front matter from a document; a file without it has empty data. */
export function parseFrontMatter(text: string): FrontMatterFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text.replace(/^\uFEFF/, '') };
  const parsed: unknown = parse(match[1] ?? '');
  const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: text.slice(match[0].length) };
}
