/*
 * The little of the DOM that reading a page uses, typed here: the project compiles without the DOM library (it runs on
 * Node), and linkedom's own types refer to the DOM library's globals.
 */
import { parseHTML } from 'linkedom';

/** A node of a parsed page. */
export interface PageNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
}

/** An element of a parsed page. */
export interface PageElement extends PageNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
}

/** A parsed page. */
export interface PageDocument {
  readonly documentElement: PageElement;
  readonly body: PageElement | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses HTML with linkedom (a light DOM that @mozilla/readability runs on; jsdom 31 does not load on Node 20). */
export function parsePage(html: string): PageDocument {
  return parseHTML(html).document as unknown as PageDocument;
}

/** The body of an HTML fragment (linkedom needs a whole document around it to place the fragment in <body>). */
export function parseFragment(html: string): PageElement {
  return parsePage(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body!;
}
