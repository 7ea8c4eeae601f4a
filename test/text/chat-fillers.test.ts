import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { isChatFiller } from '../../src/text/chat-fillers.js';

/** The words of a question that are not chat filler (function words aside). */
function asked(question: string): string[] {
  const tokens = analyze(question);
  return tokens.filter((t, i) => !t.stop && !isChatFiller(tokens, i)).map((t) => t.normalized);
}

describe('isChatFiller', () => {
  it('drops greetings, address terms, politeness and hedges around an English or Russian question', () => {
    expect(asked('hey guys pls, what happened at the airport lol')).toEqual(['happened', 'airport']);
    expect(asked('Привет, ребята! Подскажите пожалуйста, короче, что случилось в аэропорту?')).toEqual(['случилось', 'аэропорту']);
  });

  it('drops a request verb where it opens the request, and keeps it where it is what the question asks about', () => {
    expect(asked('does anyone know when the protests started')).toEqual(['protests', 'started']);
    expect(asked('can you tell me why the internet was cut')).toEqual(['internet', 'cut']);
    expect(asked('I want to know who sent troops')).toEqual(['sent', 'troops']);
    expect(asked('Хочу узнать, кто прислал войска')).toEqual(['прислал', 'войска']);
    expect(asked('What did the protesters want?')).toContain('want');
    expect(asked('tell me about the CSTO')).toEqual(['csto']);
    expect(asked('What did Tokayev tell the nation?')).toContain('tell');
    expect(asked('Кто-нибудь знает, сколько миротворцев прислали?')).toEqual(['миротворцев', 'прислали']);
    expect(asked('Что знает полиция о нападавших?')).toContain('знает');
  });

  it('leaves Arabic alone: the dialect lists read it', () => {
    const tokens = analyze('يا جماعة شو صار بالمطار');
    expect(tokens.some((_, i) => isChatFiller(tokens, i))).toBe(false);
  });
});
