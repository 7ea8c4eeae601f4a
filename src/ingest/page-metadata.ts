import type { PageDocument } from './html-dom.js';
import { statedDate } from './stated-date.js';

/** What a page states about itself in its metadata. */
export interface PageMetadata {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

type JsonObject = Record<string, unknown>;

// schema.org types of a news or blog article (https://schema.org/Article and its subtypes).
const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

function meta(doc: PageDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const content = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object of the page's JSON-LD blocks, @graph and arrays flattened; a block that does not parse is skipped. */
function jsonLdObjects(doc: PageDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      objects.push(value);
      if (value['@graph'] !== undefined) collect(value['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block: the meta tags still count.
    }
  }
  return objects;
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name);
  return undefined;
}

/** An absolute http(s) link, resolved against the page's own address when it is relative. */
function absoluteLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = base ? new URL(link, base) : new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The title, outlet, date and canonical link a page states: Open Graph and article meta tags, then the JSON-LD
 * article (headline, publisher, datePublished), then <time datetime>. `pageUrl` is where the
 * page was fetched from, to resolve a relative canonical link.
 */
export function readPageMetadata(doc: PageDocument, pageUrl?: string): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type)));
  const organization = ld.find((object) => typesOf(object).some((type) => type === 'NewsMediaOrganization' || type === 'Organization'));
  const title = meta(doc, 'og:title', 'twitter:title') ?? text(article?.headline);
  const outlet = meta(doc, 'og:site_name', 'application-name') ?? text(article?.publisher) ?? text(organization);
  const dateTime = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const date = statedDate(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued'))
    ?? statedDate(text(article?.datePublished))
    ?? statedDate(dateTime);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url = absoluteLink(canonical, pageUrl) ?? absoluteLink(meta(doc, 'og:url'), pageUrl) ?? absoluteLink(text(article?.url), pageUrl);
  return { ...(title && { title }), ...(outlet && { outlet }), ...(date && { date }), ...(url && { url }) };
}
