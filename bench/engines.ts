// The engines compared, behind one small interface. All get the same pre-analysed passages (stems joined by
// spaces) and split on spaces; none lowercases, stems or drops anything further.
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import winkBm25 from 'wink-bm25-text-search';
import { Bm25Index } from '../src/search/bm25-index.js';

/** One engine under test. */
export interface BenchEngine {
  readonly name: string;
  /** How it ranks, for the table. */
  readonly ranking: string;
  build(passages: readonly string[][]): void;
  /** Document numbers of the k best passages for the query stems. */
  search(stems: readonly string[], k: number): number[];
  /** The saved index, when the engine can save one. */
  save?(): Buffer;
  load?(data: Buffer): void;
}

const splitSpaces = (text: string): string[] => text.split(' ');

/** sanad's Bm25Index, one field `stem`, weight 1 per query stem. */
export function sanadEngine(): BenchEngine & { index: Bm25Index | undefined } {
  return {
    name: 'sanad', ranking: 'BM25 (k1 1.2, b 0.75), exact top-k', index: undefined,
    build(passages) {
      this.index = Bm25Index.build(passages.map((stem) => ({ stem })), {}, 'bench');
    },
    search(stems, k) {
      return this.index!.search(stems.map((term) => ({ field: 'stem', term, weight: 1 })), k).map((h) => h.doc);
    },
    save() {
      return this.index!.toBuffer();
    },
    load(data) {
      this.index = Bm25Index.fromBuffer(data, 'bench');
    },
  };
}

const MINISEARCH_OPTIONS = { fields: ['t'], tokenize: splitSpaces, processTerm: (t: string) => t };

/** MiniSearch 7 (BM25+ times matched terms), OR query, no prefix or fuzzy. */
export function miniSearchEngine(): BenchEngine {
  let index: MiniSearch | undefined;
  return {
    name: 'MiniSearch', ranking: 'BM25+ × matched terms',
    build(passages) {
      index = new MiniSearch(MINISEARCH_OPTIONS);
      index.addAll(passages.map((stems, id) => ({ id, t: stems.join(' ') })));
    },
    search(stems, k) {
      return index!.search(stems.join(' ')).slice(0, k).map((r) => r.id as number);
    },
    save: () => Buffer.from(JSON.stringify(index)),
    load(data) {
      index = MiniSearch.loadJSON(data.toString('utf8'), MINISEARCH_OPTIONS);
    },
  };
}

/** FlexSearch 0.8 Index, strict tokenizer, `suggest` so that a passage need not hold every query word. */
export function flexSearchEngine(): BenchEngine {
  const make = (): InstanceType<typeof FlexSearch.Index> => new FlexSearch.Index({ tokenize: 'strict', encoder: splitSpaces } as never);
  let index = make();
  return {
    name: 'FlexSearch', ranking: 'not BM25: term position / context',
    build(passages) {
      index = make();
      passages.forEach((stems, id) => index.add(id, stems.join(' ')));
    },
    search(stems, k) {
      return index.search(stems.join(' '), { limit: k, suggest: true }) as number[];
    },
    save() {
      const parts: Record<string, string> = {};
      void index.export((key: string, data: string) => {
        parts[key] = data;
      });
      return Buffer.from(JSON.stringify(parts));
    },
    load(data) {
      index = make();
      for (const [key, value] of Object.entries(JSON.parse(data.toString('utf8')) as Record<string, string>)) index.import(key, value);
    },
  };
}

/** wink-bm25-text-search 3 (BM25, k1 1.2, b 0.75), static after consolidate(). */
export function winkEngine(): BenchEngine {
  const make = (): ReturnType<typeof winkBm25> => {
    const engine = winkBm25();
    engine.defineConfig({ fldWeights: { t: 1 }, bm25Params: { k1: 1.2, b: 0.75, k: 1 } });
    engine.definePrepTasks([splitSpaces]);
    return engine;
  };
  let index = make();
  return {
    name: 'wink-bm25', ranking: 'BM25 (k1 1.2, b 0.75)',
    build(passages) {
      index = make();
      passages.forEach((stems, id) => index.addDoc({ t: stems.join(' ') }, id));
      index.consolidate();
    },
    search(stems, k) {
      return index.search(stems.join(' '), k).map(([id]) => Number(id));
    },
    save: () => Buffer.from(index.exportJSON()),
    load(data) {
      index = winkBm25();
      index.importJSON(data.toString('utf8'));
      index.definePrepTasks([splitSpaces]);
    },
  };
}

/** The engines by name. */
export const ENGINES: Record<string, () => BenchEngine> = {
  sanad: sanadEngine, MiniSearch: miniSearchEngine, FlexSearch: flexSearchEngine, 'wink-bm25': winkEngine,
};
