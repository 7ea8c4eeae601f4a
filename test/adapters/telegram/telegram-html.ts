/**
 * A strict reading of Telegram's HTML parse mode, for tests: only the tags the bot uses (b, i, a href, blockquote),
 * balanced; only &lt; &gt; &amp; &quot; and numeric entities; a bare < or & is an error, as Telegram says
 * "can't parse entities". Returns the text as Telegram would count it. https://core.telegram.org/bots/api#html-style
 */
export function parseTelegramHtml(html: string): { text: string } {
  const allowed = new Set(['b', 'i', 'a', 'blockquote']);
  const open: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) throw new Error(`can't parse entities: unclosed tag at ${i}`);
      const tag = html.slice(i + 1, end);
      const close = /^\/([a-z]+)$/.exec(tag);
      const opening = /^([a-z]+)(?: href="([^"<>]*)")?$/.exec(tag);
      if (close) {
        if (open.pop() !== close[1]) throw new Error(`can't parse entities: unbalanced </${close[1]}>`);
      } else if (opening && allowed.has(opening[1]!)) {
        if (opening[1] === 'a' && !opening[2]) throw new Error("can't parse entities: <a> without href");
        if (opening[1] === 'blockquote' && open.includes('blockquote')) throw new Error("can't parse entities: nested blockquote");
        open.push(opening[1]!);
      } else {
        throw new Error(`can't parse entities: unsupported start tag "${tag}"`);
      }
      i = end + 1;
    } else if (c === '&') {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(html.slice(i, i + 12));
      if (!m) throw new Error(`can't parse entities: bare & at ${i}`);
      const name = m[1]!;
      text += name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'amp' ? '&' : name === 'quot' ? '"'
        : String.fromCodePoint(Number.parseInt(name.startsWith('#x') ? name.slice(2) : name.slice(1), name.startsWith('#x') ? 16 : 10));
      i += m[0].length;
    } else if (c === '>') {
      throw new Error(`can't parse entities: bare > at ${i}`);
    } else {
      text += c;
      i += 1;
    }
  }
  if (open.length) throw new Error(`can't parse entities: unclosed <${open.join('>, <')}>`);
  return { text };
}
