import { describe, expect, it } from 'vitest';
import { COLLOQUIAL_EXPANDER } from '../../src/search/colloquial-expander.js';
import { analyze } from '../../src/text/analyze.js';

const tokensOf = (text: string) => analyze(text);

describe('COLLOQUIAL_EXPANDER', () => {
  it('drops a dialect function word the documents never use', () => {
    const [token] = tokensOf('عشان');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(token!, false)).toBe(true);
  });

  it('keeps a dialect function word the documents use: there it is an MSA word (بعد "after")', () => {
    const [token] = tokensOf('بعد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(token!, false)).toBe(true);
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(token!, true)).toBe(false);
  });

  it('drops a progressive auxiliary before an imperfect verb, though the documents know the word (قاعدة "base")', () => {
    const [going, rising] = tokensOf('قاعد يزيد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(going!, true, undefined, undefined, rising)).toBe(true);
    const [base, named] = tokensOf('قاعدة بايكونور');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(base!, true, undefined, undefined, named)).toBe(false);
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(going!, true)).toBe(false);
  });

  it('drops a listed word starting with و (وايد "a lot") though the documents know what is left after "and" (ايد)', () => {
    const [token] = tokensOf('وايد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(token!, true)).toBe(true);
    const [and] = tokensOf('وبعد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(and!, true)).toBe(false);
  });

  it('drops a dialect relative pronoun right after an interrogative, though the documents use the word (مين يلي…)', () => {
    const [who, that] = tokensOf('مين يلي');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(that!, true, who)).toBe(true);
    // Elsewhere, and after من ("from" too), it may be the MSA verb "follows"; other listed words keep their rule.
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(that!, true)).toBe(false);
    const [from, follows] = tokensOf('من يلي');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(follows!, true, from)).toBe(false);
    const [howMany, state] = tokensOf('كم ولاية');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(state!, true, howMany)).toBe(false);
  });

  it('drops a dialect relative pronoun after a noun with the article, which its clause describes (الجماعات يلي هجمت)', () => {
    const [groups, that] = tokensOf('الجماعات يلي');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(that!, true, groups)).toBe(true);
    // After a word without the article it may be the MSA verb: «فيما يلي», «كما يلي».
    const [as, follows] = tokensOf('كما يلي');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(follows!, true, as)).toBe(false);
  });

  it('drops Egyptian دول ("these") after a noun with the article, and keeps the MSA "countries" elsewhere', () => {
    const [gunmen, these] = tokensOf('المسلحين دول');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(these!, true, gunmen)).toBe(true);
    const [countries] = tokensOf('دول الخليج');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(countries!, true)).toBe(false);
    const [which, states] = tokensOf('أي دول');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(states!, true, which)).toBe(false);
    // After a dialect's relative clause of one word, which stands for a noun; MSA's «الذين» keeps the countries.
    const [that, attacked, those] = tokensOf('اللي هجموا دول');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(those!, true, attacked, that)).toBe(true);
    const [who, attackedMsa, neighbours] = tokensOf('الذين هاجموا دول');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(neighbours!, true, attackedMsa, who)).toBe(false);
    // «إلى» (to) normalises as the dialects' «إلي» (who) does: «إلى بقية دول المنظمة» names countries.
    const [to, rest, members] = tokensOf('إلى بقية دول');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(members!, true, rest, to)).toBe(false);
  });

  it('drops واحد/نفر right after "how many": كم واحد مات is "how many died"', () => {
    const [howMany, one] = tokensOf('كام واحد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(one!, true, howMany)).toBe(true);
    const [who, alone] = tokensOf('مين واحد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(alone!, true, who)).toBe(false);
  });

  it('drops واحد after "how many" and its partitive من: شحال من واحد تجرح is "how many were wounded"', () => {
    const [howMany, of, one] = tokensOf('شحال من واحد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(one!, true, of, howMany)).toBe(true);
    const [from, oneMore] = tokensOf('من واحد');
    expect(COLLOQUIAL_EXPANDER.isFunctionWord(oneMore!, true, from)).toBe(false);
  });

  it('reads a dialect verb as its MSA forms, best first, below the word itself', () => {
    const tokens = tokensOf('بعتت');
    const alternatives = COLLOQUIAL_EXPANDER.alternativesOf(tokens, 0, false);
    expect(alternatives.map((a) => a.text)).toContain('ارسل');
    expect(alternatives.every((a) => a.via === 'dialect' && a.credit < 1 && a.credit > 0)).toBe(true);
    expect(alternatives.map((a) => a.credit)).toEqual([...alternatives.map((a) => a.credit)].sort((a, b) => b - a));
  });

  it('gives no readings for a word the documents use as it is, nor for Latin words', () => {
    expect(COLLOQUIAL_EXPANDER.alternativesOf(tokensOf('بعتت'), 0, true)).toEqual([]);
    expect(COLLOQUIAL_EXPANDER.alternativesOf(tokensOf('protests'), 0, false)).toEqual([]);
  });
});
