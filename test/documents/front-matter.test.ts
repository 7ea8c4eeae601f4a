import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/documents/front-matter.js';

describe('parseFrontMatter', () => {
  it('splits YAML front matter from the body', () => {
    const file = '---\ntitle: "عنوان الخبر"\noutlet: RT عربي\n---\nالسطر الأول\n';
    expect(parseFrontMatter(file)).toEqual({ data: { title: 'عنوان الخبر', outlet: 'RT عربي' }, body: 'السطر الأول\n' });
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const file = '\uFEFF---\r\ntitle: T\r\n---\r\nbody';
    expect(parseFrontMatter(file)).toEqual({ data: { title: 'T' }, body: 'body' });
  });

  it('returns empty data and the whole text for a file without front matter', () => {
    expect(parseFrontMatter('\uFEFFعنوان\nنص')).toEqual({ data: {}, body: 'عنوان\nنص' });
  });

  it('leaves a horizontal rule inside the body alone', () => {
    const file = 'عنوان\n---\nنص';
    expect(parseFrontMatter(file)).toEqual({ data: {}, body: file });
  });

  it('ignores front matter that is not a mapping', () => {
    expect(parseFrontMatter('---\n- a\n- b\n---\nbody')).toEqual({ data: {}, body: 'body' });
  });

  it('throws on invalid YAML (loadCorpus turns this into a warning)', () => {
    expect(() => parseFrontMatter('---\ntitle: [never closed\n---\nbody')).toThrow();
  });
});
