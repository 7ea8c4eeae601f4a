// wink-bm25-text-search ships no types; only what the bench calls.
declare module 'wink-bm25-text-search' {
  interface WinkBm25 {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): boolean;
    definePrepTasks(tasks: Array<(text: string) => unknown>, field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(fp?: number): boolean;
    search(text: string, limit?: number): Array<[string, number]>;
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  /** Makes a new, empty search engine. */
  export default function bm25(): WinkBm25;
}
