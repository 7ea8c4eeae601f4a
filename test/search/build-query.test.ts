import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_WEIGHTS, DEFAULT_TERM_OPTIONS } from '../../src/search/analyzer-config.js';
import { buildQuery, FORM_CREDIT } from '../../src/search/build-query.js';
import { COLLOQUIAL_EXPANDER } from '../../src/search/colloquial-expander.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import type { QueryExpander } from '../../src/search/query-expander.js';
import { consonantSkeleton } from '../../src/text/consonant-skeleton.js';
import { stemEnglish } from '../../src/text/stem-latin-cyrillic.js';

const GAZETTEER = new Gazetteer([{ id: 'almaty', kind: 'place', ar: ['ألماتي'], en: ['Almaty'] }]);

/** One alternative a stub expander offers a word: a translation or a synonym. */
type Offer = { text: string; credit: number; via: 'translation' | 'synonym' };

/** A stub expander offering a question word (normalised) the alternative `offer` gives it, and nothing else. */
function expanderOf(offer: (word: string) => Offer | undefined): QueryExpander {
  return {
    isFunctionWord: () => false,
    alternativesOf: (tokens: readonly { normalized: string }[], i: number) => {
      const found = offer(tokens[i]!.normalized);
      return found ? [found] : [];
    },
  };
}

/** A stub expander offering each word of the table (normalised) its alternative. */
function offering(table: Readonly<Record<string, Offer>>): QueryExpander {
  return expanderOf((word) => (Object.hasOwn(table, word) ? table[word] : undefined));
}

/** The stems of the question's concepts written as names. */
function names(question: string): string[] {
  const query = buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, () => 0);
  return query.concepts.filter((c) => c.name).map((c) => c.stems.join(' '));
}

describe('buildQuery (names)', () => {
  it('marks a capitalised Latin or Cyrillic word inside its sentence as a name', () => {
    expect(names('What is the capital of Peru?')).toEqual(['peru']);
    expect(names('Какая столица Австралии?')).toEqual(['австрал']);
  });

  it('does not mark the first word of a sentence, nor a lower-case word', () => {
    expect(names('Peru capital?')).toEqual([]);
    expect(names('Tell me more. Capital cities of peru')).toEqual([]);
  });

  it('does not mark Arabic words or gazetteer entities', () => {
    expect(names('ما هي عاصمة البيرو؟')).toEqual([]);
    expect(names('What happened in Almaty?')).toEqual([]);
  });

  it('tags each term with the concept it comes from, and stem pairs with none', () => {
    const query = buildQuery('ميناء الصيادين', GAZETTEER, DEFAULT_TERM_OPTIONS, () => 0);
    for (const term of query.terms) {
      if (term.field === 'pair') expect(term.concept).toBeUndefined();
      else expect(query.concepts[term.concept!]!.stems.length).toBeGreaterThan(0);
    }
    expect(new Set(query.terms.map((t) => t.concept))).toEqual(new Set([0, 1, undefined]));
  });
});

describe('buildQuery (alternatives)', () => {
  const expander = {
    isFunctionWord: (t: { normalized: string }) => t.normalized === 'عشان',
    alternativesOf: (tokens: readonly { normalized: string }[], i: number) => {
      const word = tokens[i]!.normalized;
      if (word === 'النت') return [{ text: 'الإنترنت', credit: 0.8, via: 'synonym' as const }, { text: 'الشبكة العالمية', credit: 0.5, via: 'synonym' as const }];
      if (word === 'state') return [{ text: 'حالة الطوارئ', credit: 0.7, via: 'translation' as const, span: 3, whole: true }];
      return [];
    },
  };
  const vocabulary = new Set(['انترنت', 'طوارء', 'حال', 'قطع']);
  // The documents say «حالة الطوارئ», not «الشبكة العالمية»: they have the one phrase, and neither word of the other.
  const phrases = new Set(['حال طوارء']);
  const df = (field: string, term: string) => ((field === 'stem' && vocabulary.has(term)) || (field === 'pair' && phrases.has(term)) ? 3 : 0);

  it('keeps alternatives the documents contain, with their credit, as stem terms of the concept', () => {
    const query = buildQuery('ليش قطعوا النت', GAZETTEER, DEFAULT_TERM_OPTIONS, df, expander);
    const net = query.concepts.find((c) => c.stems.includes('نت'))!;
    expect(net.alternatives).toEqual([{ stem: 'انترنت', credit: 0.8, via: 'synonym' }]);
    const c = query.concepts.indexOf(net);
    expect(query.terms).toContainEqual({ field: 'stem', term: 'انترنت', weight: 0.8, concept: c });
  });

  it('offers no synonym that texts use as a preposition: حول ("about") for نقل ("transfer"), though a dictionary lists حوّل', () => {
    const synonyms = { isFunctionWord: () => false, alternativesOf: () => [{ text: 'حول', credit: 0.7, via: 'synonym' as const }, { text: 'ترحيل', credit: 0.7, via: 'synonym' as const }] };
    const documents = (field: string, term: string) => (field === 'stem' && (term === 'حول' || term === 'ترحيل') ? 3 : 0);
    const query = buildQuery('نقل', GAZETTEER, DEFAULT_TERM_OPTIONS, documents, synonyms);
    expect(query.concepts[0]!.alternatives?.map((a) => a.stem)).toEqual(['ترحيل']);
  });

  it("weighs an alternative the documents hold only as another cut of their words (استمر in استمرت) as it would weigh as a stem", () => {
    const translating = { isFunctionWord: () => false, alternativesOf: () => [{ text: 'استمر', credit: 0.8, via: 'translation' as const }] };
    const onlyCut = (field: string, term: string) => (field === 'forms' && term === 'استمر' ? 2 : 0);
    const forms = (df: (field: string, term: string) => number) => buildQuery('continue', GAZETTEER, DEFAULT_TERM_OPTIONS, df, translating).terms.find((t) => t.field === 'forms');
    // The forms field weighs a fifth of the stem field: five times the credit there is the credit as a stem.
    expect(forms(onlyCut)?.weight).toBeCloseTo(0.8 * 5);
    // Where the documents also have it as a word, that word counts as a stem, and its other cuts at the credit.
    expect(forms((field, term) => (term === 'استمر' ? 2 : 0))?.weight).toBeCloseTo(0.8);
    expect(DEFAULT_FIELD_WEIGHTS.stem / DEFAULT_FIELD_WEIGHTS.forms).toBeCloseTo(5);
  });

  it("weighs an alternative verb as a stem would in the feminine past when the documents narrate it so at least as often (بدأت)", () => {
    const offering = (via: 'translation' | 'synonym') => ({ isFunctionWord: () => false, alternativesOf: () => [{ text: 'بدأ', credit: 0.8, via }] });
    const forms = (base: number, feminine: number, via: 'translation' | 'synonym' = 'translation') => buildQuery('begin', GAZETTEER, DEFAULT_TERM_OPTIONS, (field, term) => {
      if (field === 'forms') return term === 'بدا' ? feminine : 0;
      return field === 'stem' ? (term === 'بدا' ? base : term === 'بدات' ? feminine : 0) : 0;
    }, offering(via)).terms.find((t) => t.field === 'forms')?.weight;
    expect(forms(1, 3)).toBeCloseTo(0.8 * 5);
    expect(forms(1, 3, 'synonym')).toBeCloseTo(0.8 * 5);
    expect(forms(2, 2)).toBeCloseTo(0.8 * 5);
    // Mostly in the base form: the feminine past is a rarer form of it, among the other cuts.
    expect(forms(3, 1)).toBeCloseTo(0.8);
  });

  it('drops function words the expander names', () => {
    const query = buildQuery('قطعوا النت عشان ايه', GAZETTEER, DEFAULT_TERM_OPTIONS, df, expander);
    expect(query.concepts.flatMap((c) => c.stems)).not.toContain('عشان');
  });

  it('keeps a word typed with a final hamza that a dialect function word becomes once normalised («هدأ», calmed, is no «هدا», this)', () => {
    const stems = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, () => 0, COLLOQUIAL_EXPANDER).concepts.flatMap((c) => c.stems);
    expect(stems('هل هدأ الشارع؟')).toContain('هدا');
    expect(stems('شو صار بالشارع هدا؟')).not.toContain('هدا');
  });

  it('keeps a phrase alternative meant as a whole only where the documents have it as a phrase (its words apart mean other things)', () => {
    const only = (documents: Set<string>) => buildQuery('state of emergency declared', GAZETTEER, DEFAULT_TERM_OPTIONS,
      (field, term) => ((field === 'stem' && vocabulary.has(term)) || (field === 'pair' && documents.has(term)) ? 3 : 0), expander);
    expect(only(phrases).concepts.some((c) => c.alternatives?.length)).toBe(true);
    expect(only(new Set()).concepts.some((c) => c.alternatives?.length)).toBe(false);
  });

  it('makes the words a phrase alternative stands for one concept', () => {
    const query = buildQuery('state of emergency declared', GAZETTEER, DEFAULT_TERM_OPTIONS, df, expander);
    const phrase = query.concepts.find((c) => c.alternatives?.length)!;
    expect(phrase.stems).toEqual([stemEnglish('state'), stemEnglish('emergency')]);
    expect(phrase.alternatives!.map((a) => a.stem).sort()).toEqual(['حال', 'طوارء']);
  });
});

describe('buildQuery (an alternative naming a gazetteer entry)', () => {
  const gazetteer = new Gazetteer([
    { id: 'police', kind: 'term', ar: ['الشرطة'] },
    { id: 'internet', kind: 'term', ar: ['الإنترنت'] },
  ]);
  const expander = {
    isFunctionWord: () => false,
    alternativesOf: (tokens: readonly { normalized: string }[], i: number) => {
      const word = tokens[i]!.normalized;
      if (word === 'conditions') return [{ text: 'شرط', credit: 0.8, via: 'translation' as const }];
      if (word === 'net') return [{ text: 'إنترنت', credit: 0.8, via: 'translation' as const }];
      return [];
    },
  };
  const df = (field: string) => (field === 'entity' || field === 'stem' ? 3 : 0);

  it('makes the word the entry its alternative names, not one that only shares its stem («شرط» is no «الشرطة»)', () => {
    const conceptOf = (question: string, stem: string) => buildQuery(question, gazetteer, DEFAULT_TERM_OPTIONS, df, expander).concepts.find((c) => c.stems.includes(stem))!;
    expect(conceptOf('the net', 'net').entity).toBe('internet');
    expect(conceptOf('the conditions', stemEnglish('conditions')).entity).toBeUndefined();
  });

  it('does not read an English word a dictionary translates as a misspelt name of the same skeleton ("followers" is no Belarus)', () => {
    const withBelarus = new Gazetteer([{ id: 'belarus', kind: 'place', ar: ['بيلاروسيا'], en: ['Belarus'] }]);
    const followers = offering({ followers: { text: 'أنصار', credit: 0.8, via: 'translation' } });
    const entityOf = (question: string) => buildQuery(question, withBelarus, DEFAULT_TERM_OPTIONS, df, followers).concepts[0]!.entity;
    expect(entityOf('followers')).toBeUndefined();
    // A word no dictionary knows, of a name's skeleton, is still the name misspelt.
    expect(entityOf('belaruss')).toBe('belarus');
  });

  it('does not make a word an entry the question names itself ("the findings of the investigation": no second one)', () => {
    const withInvestigation = new Gazetteer([{ id: 'investigation', kind: 'term', ar: ['التحقيق'], en: ['investigation'] }]);
    // A dictionary reading "findings" as the inquiry itself: the entry, unless the question names that inquiry too.
    const findings = offering({ findings: { text: 'التحقيق', credit: 0.8, via: 'translation' } });
    const conceptOf = (question: string) => buildQuery(question, withInvestigation, DEFAULT_TERM_OPTIONS, df, findings).concepts.find((c) => c.stems.includes(stemEnglish('findings')))!;
    expect(conceptOf('the findings').entity).toBe('investigation');
    expect(conceptOf('the findings of the investigation').entity).toBeUndefined();
  });

  it('does not make a word an entry its alternative qualifies, before or after it (a cosmodrome is no airport, rioters no riots)', () => {
    const withAirport = new Gazetteer([{ id: 'airport', kind: 'term', ar: ['مطار'] }, { id: 'riots', kind: 'term', ar: ['الشغب'] }]);
    const spaceport = offering({
      cosmodrome: { text: 'مطار فضائي', credit: 0.8, via: 'translation' },
      rioters: { text: 'مثيرو الشغب', credit: 0.8, via: 'translation' },
    });
    const entityOf = (question: string, stem: string) => buildQuery(question, withAirport, DEFAULT_TERM_OPTIONS, df, spaceport).concepts.find((c) => c.stems.includes(stem))!.entity;
    expect(entityOf('the cosmodrome', stemEnglish('cosmodrome'))).toBeUndefined();
    // «مثيرو الشغب» names those who stir the riots: the riots only qualify them, as «مقر مكافحة الإرهاب» (штаб) is an
    // HQ, not terrorism.
    expect(entityOf('the rioters', stemEnglish('rioters'))).toBeUndefined();
  });

  it('makes a word an entry its synonym names only when the whole synonym is the entry (publishing is no troops)', () => {
    const withTroops = new Gazetteer([{ id: 'troops', kind: 'term', ar: ['القوات'] }, { id: 'riots', kind: 'term', ar: ['أعمال الشغب'] }]);
    const synonyms = offering({
      نشرته: { text: 'نشر القوات', credit: 0.7, via: 'synonym' },
      الاضطرابات: { text: 'أعمال الشغب', credit: 0.7, via: 'synonym' },
    });
    const entityOf = (question: string, k: number) => buildQuery(question, withTroops, DEFAULT_TERM_OPTIONS, df, synonyms).concepts[k]!.entity;
    expect(entityOf('ما نشرته الصحف', 0)).toBeUndefined();
    expect(entityOf('الاضطرابات في المدينة', 0)).toBe('riots');
  });

  it('does not make an adjective describing the noun before it the entry its synonym names (emergency measures)', () => {
    const withEmergency = new Gazetteer([{ id: 'state-of-emergency', kind: 'term', ar: ['الطوارئ'] }]);
    const synonyms = expanderOf((word) => (/طار.ه?$/.test(word) ? { text: 'الطوارئ', credit: 0.7, via: 'synonym' } : undefined));
    const entityOf = (question: string, k: number) => buildQuery(question, withEmergency, DEFAULT_TERM_OPTIONS, df, synonyms).concepts[k]!.entity;
    expect(entityOf('الإجراءات الطارئة', 1)).toBeUndefined();
    expect(entityOf('الاجتماع الطارئ', 1)).toBeUndefined();
    expect(entityOf('إجراءات طارئة', 1)).toBe('state-of-emergency');
  });

  it('does not make a title the entry of another title its synonym names (a commander is no president)', () => {
    const withPresident = new Gazetteer([{ id: 'president', kind: 'term', ar: ['الرئيس'] }, { id: 'riots', kind: 'term', ar: ['أعمال الشغب'] }]);
    const synonyms = offering({
      قاءد: { text: 'رئيس', credit: 0.7, via: 'synonym' },
      القاءد: { text: 'الرئيس', credit: 0.7, via: 'synonym' },
      الاضطرابات: { text: 'أعمال الشغب', credit: 0.7, via: 'synonym' },
    });
    const entityOf = (question: string, k: number) => buildQuery(question, withPresident, DEFAULT_TERM_OPTIONS, df, synonyms).concepts[k]!.entity;
    expect(entityOf('منو قائد القوات؟', 0)).toBeUndefined();
    expect(entityOf('من هو القائد العسكري؟', 0)).toBeUndefined();
    expect(entityOf('الاضطرابات في المدينة', 0)).toBe('riots');
  });
});

describe('buildQuery (the noun of an organisation\'s kind before its name)', () => {
  const gazetteer = new Gazetteer([
    { id: 'csto', kind: 'org', ar: ['الأمن الجماعي'], en: ['CSTO'] },
    { id: 'almaty', kind: 'place', ar: ['ألماتي'] },
  ]);
  const conceptsOf = (question: string) => buildQuery(question, gazetteer, DEFAULT_TERM_OPTIONS, () => 1).concepts.map((c) => `${c.stems.join(' ')}${c.entity ? `=${c.entity}` : ''}`);

  it('takes «حلف», "alliance", «блок» into the organisation\'s mention', () => {
    expect(conceptsOf('من هم أعضاء حلف الأمن الجماعي')).toContain('حلف امن جماع=csto');
    expect(conceptsOf('who is in the CSTO alliance')).not.toContain('allianc');
  });

  it('leaves the noun a word of its own before a place', () => {
    expect(conceptsOf('حلف ألماتي')).toContain('حلف');
  });
});

describe('buildQuery (a dictionary word cut short)', () => {
  // The documents say «والوقود» and «في هذا الصدد»: the stems وقود and صدد. A bare وقود is cut as و + قود.
  const df = (field: string, term: string) => (field === 'stem' && (term === 'وقود' || term === 'صدد') ? 2 : 0);
  const expander: QueryExpander = {
    isFunctionWord: () => false,
    alternativesOf: (tokens, i) => (tokens[i]!.normalized === 'المحروقات' ? [{ text: 'وقود', credit: 0.7, via: 'synonym' as const }]
      : tokens[i]!.normalized === 'собирался' ? [{ text: 'بصدد', credit: 0.8, via: 'translation' as const }] : []),
  };

  it("searches an alternative the light stemmer cuts short bare by the documents' stem of it (وقود, not قود)", () => {
    const concept = buildQuery('اسعار المحروقات', GAZETTEER, DEFAULT_TERM_OPTIONS, df, expander).concepts.find((c) => c.stems.includes('محروق'))!;
    expect(concept.alternatives).toEqual([{ stem: 'وقود', credit: 0.7, via: 'synonym' }]);
  });

  it('does not cut an alternative shorter than the stemmer does: بصدد "about to" is not the صدد of «في هذا الصدد»', () => {
    const concept = buildQuery('он собирался', GAZETTEER, DEFAULT_TERM_OPTIONS, df, expander).concepts.find((c) => c.tokens.includes(1))!;
    expect(concept.alternatives ?? []).toEqual([]);
  });
});

/** The alternative stems of a question word's concept, over documents holding one stem only. */
function alternativesOver(documentStem: string) {
  const df = (field: string, term: string) => (field === 'stem' && term === documentStem ? 2 : 0);
  return (question: string, stem: string) =>
    buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, df).concepts.find((c) => c.stems.includes(stem))?.alternatives?.map((a) => a.stem) ?? [];
}

describe('buildQuery (the future)', () => {
  // The documents say «وستغادر البلاد»: the stem ستغادر.
  const alternativesOf = alternativesOver('ستغادر');

  it('offers a present verb the documents lack in their future form (يغادر → ستغادر)', () => {
    expect(alternativesOf('متى يغادر الجنود؟', 'يغادر')).toContain('ستغادر');
    expect(alternativesOf('متى تغادر القوات؟', 'تغادر')).toContain('ستغادر');
  });

  it("offers a future question's synonym in the documents' future too, where they also have its base form (دعم → سيدعم)", () => {
    const synonym = { isFunctionWord: () => false, alternativesOf: () => [{ text: 'دعم', credit: 0.7, via: 'synonym' as const }] };
    // The documents say «لدعم…» and «سيدعم هذا القرار».
    const df = (field: string, term: string) => (field === 'stem' && (term === 'دعم' || term === 'سيدعم') ? 2 : 0);
    const alternatives = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, df, synonym).concepts[0]!.alternatives?.map((a) => a.stem);
    expect(alternatives('سيساند')).toEqual(['دعم', 'سيدعم']);
    expect(alternatives('ساند')).toEqual(['دعم']);
  });

  it("reads a Russian verb of the first person plural as the future («победим»): its translation in the documents' future", () => {
    const translation = { isFunctionWord: () => false, alternativesOf: () => [{ text: 'انتصر', credit: 0.8, via: 'translation' as const }] };
    // The documents say «سننتصر معا» ("we will win together"), not the dictionary form.
    const df = (field: string, term: string) => (field === 'stem' && term === 'سننتصر' ? 1 : 0);
    const alternatives = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, df, translation).concepts[0]!.alternatives?.map((a) => a.stem) ?? [];
    expect(alternatives('победим')).toContain('سننتصر');
    expect(alternatives('победил')).not.toContain('سننتصر');
  });

  it('offers none for a past verb: "when did they leave?" is not answered by "they will leave"', () => {
    expect(alternativesOf('متى غادرت القوات؟', 'غادرت')).not.toContain('ستغادر');
  });
});

describe('buildQuery (the persons of the imperfect)', () => {
  // The documents say «ألا يتعرض المتظاهرون»: the stem يتعرض.
  const alternativesOf = alternativesOver('يتعرض');

  it("offers a future or another person of an imperfect verb the documents lack in theirs (سيتعرض، ستتعرض → يتعرض)", () => {
    expect(alternativesOf('هل سيتعرض المتظاهرون للملاحقة؟', 'سيتعرض')).toContain('يتعرض');
    expect(alternativesOf('هل ستتعرض المظاهرات للملاحقة؟', 'ستتعرض')).toContain('يتعرض');
    expect(alternativesOf('هل تتعرض المظاهرات للملاحقة؟', 'تتعرض')).toContain('يتعرض');
  });
});

describe('buildQuery (the passive auxiliary)', () => {
  it('weighs تم as a frame: a passage with the same passive is nearer, one without it no worse', () => {
    const query = buildQuery('هل تم اعتقال قادة المعارضة؟', GAZETTEER, DEFAULT_TERM_OPTIONS, () => 1);
    expect(query.concepts.filter((c) => c.frame).map((c) => c.stems)).toEqual([['تم']]);
  });
});

describe('buildQuery (verbs of naming and saying)', () => {
  const framed = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, () => 1).concepts.filter((c) => c.frame).map((c) => c.stems.join(' '));

  it('weighs the verb of "how did X describe the events?" as a frame: the answer quotes the description, seldom the verb', () => {
    expect(framed('how did the minister describe the situation?')).toEqual(['describ']);
    expect(framed('who described the talks as a failure?')).toEqual([]);
  });

  it('weighs the verb of "what did X say…?" as a frame: the documents quote X under any verb of speech', () => {
    expect(framed('what did the minister say he was setting up?')).toEqual(['say']);
    expect(framed('when did the minister say it?')).toEqual([]);
  });
});

describe('buildQuery (a clause describing a named thing)', () => {
  const gazetteer = new Gazetteer([
    { id: 'un', kind: 'org', ar: ['الأمم المتحدة'], en: ['United Nations'] },
    { id: 'usa', kind: 'place', ar: ['واشنطن'], en: ['Washington'] },
    { id: 'protesters', kind: 'term', ar: ['المحتجون'], en: ['protesters'] },
  ]);
  const framed = (question: string) => buildQuery(question, gazetteer, DEFAULT_TERM_OPTIONS, () => 1).concepts.filter((c) => c.frame).map((c) => c.entity ?? c.stems.join(' '));

  it('weighs the words of a relative clause after a named organisation, place or person as a frame', () => {
    // "When was the United Nations, which Washington hosts, founded?": the passage telling it need not say so.
    expect(framed('متى تأسست الأمم المتحدة التي تستضيفها واشنطن؟')).toEqual(['تستضيف', 'usa']);
  });

  it('frames a clause after an adjective of the named thing too, up to five of its words', () => {
    // "When was the international United Nations, which includes six former Soviet republics, founded?"
    expect(framed('متى تأسست الأمم المتحدة الدولية التي تضم ست جمهوريات سوفياتية سابقة؟')).toEqual(['تضم', 'ست', 'جمهور', 'سوف', 'سابق']);
  });

  it('leaves a clause after a term, which restricts what is asked ("the protesters who marched peacefully")', () => {
    expect(framed('هل سيلاحق المحتجون الذين تظاهروا سلميا؟')).toEqual([]);
  });
});

describe('buildQuery (the official account)', () => {
  const gazetteer = new Gazetteer([{ id: 'statement', kind: 'term', ar: ['البيان'], en: ['statement'] }]);
  const framed = (question: string) => buildQuery(question, gazetteer, DEFAULT_TERM_OPTIONS, () => 1).concepts.filter((c) => c.frame).map((c) => c.entity ?? c.stems.join(' '));

  it('weighs "the official statement" as a frame, a gazetteer term among its words too', () => {
    expect(framed('بمَ فسّر البيان الرسمي ظهور الجماعات؟')).toEqual(['فسر', 'statement', 'رسم']);
    expect(framed('ماذا قال البيان عن الجماعات؟')).not.toContain('statement');
  });
});

describe('buildQuery (a place that only locates the country a noun names)', () => {
  const gazetteer = new Gazetteer([
    { id: 'central-asia', kind: 'place', ar: ['آسيا الوسطى'] },
    { id: 'belarus', kind: 'place', ar: ['بيلاروسيا'] },
  ]);
  const framed = (question: string) => buildQuery(question, gazetteer, DEFAULT_TERM_OPTIONS, () => 1).concepts.filter((c) => c.frame).map((c) => c.entity ?? c.stems.join(' '));

  it('weighs the region of «its neighbour in Central Asia» as a frame: the question is about the neighbour', () => {
    expect(framed('ماذا قال الوزير عن جارته في آسيا الوسطى؟')).toContain('central-asia');
    expect(framed('كيف تبدو الأوضاع في الدولة الواقعة بآسيا الوسطى؟')).toContain('central-asia');
  });

  it('leaves a place that is what the question asks about, or a name that opens with ب', () => {
    expect(framed('ما الدول في آسيا الوسطى؟')).not.toContain('central-asia');
    expect(framed('ماذا قالت آسيا الوسطى؟')).not.toContain('central-asia');
    expect(framed('من يحكم جمهورية بيلاروسيا؟')).not.toContain('belarus');
  });
});

describe('buildQuery (pressing words)', () => {
  it('asks for no concept of the adverbs that only press a question ("exactly", "at all")', () => {
    const stems = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, () => 0).concepts.map((c) => c.stems.join(' '));
    expect(stems('متى بدأت المظاهرات بالضبط')).toEqual(stems('متى بدأت المظاهرات'));
    expect(stems('في أي مدينة بالتحديد؟')).toEqual(stems('في أي مدينة؟'));
    expect(stems('when exactly did the protests start')).toEqual(stems('when did the protests start'));
    expect(stems('а что именно произошло')).toEqual(stems('а что произошло'));
  });
});

describe('buildQuery (the feminine past ت)', () => {
  it('offers a verb the documents lack as written without its ت, or with it, when the documents have that', () => {
    const known = new Set(['زاد', 'ارسلت']);
    const df = (field: string, term: string) => (field === 'stem' && known.has(term) ? 1 : 0);
    const alternativesOf = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, df).concepts.map((c) => c.alternatives?.map((a) => a.stem) ?? []);
    expect(alternativesOf('لماذا زادت الأسعار')[0]).toContain('زاد');
    expect(alternativesOf('من أرسل القوات')[0]).toContain('ارسلت');
    expect(alternativesOf('ما البيانات')[0]).toEqual([]);
  });

  it('offers a past verb typed without its last hamza (بدت) the documents\' spelling with it (بدأت)', () => {
    const df = (field: string, term: string) => (field === 'stem' && term === 'بدات' ? 1 : 0);
    const alternativesOf = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, df).concepts.map((c) => c.alternatives?.map((a) => a.stem) ?? []);
    expect(alternativesOf('متى بدت المظاهرات')[0]).toContain('بدات');
    expect(alternativesOf('متى بدأت المظاهرات')[0]).not.toContain('بدات'); // the documents' own word: nothing to add
  });
});

describe('buildQuery (another cut of a word)', () => {
  it('offers the documents\' word a letter attached to it hides (لاجتماع: ل + اجتماع) as the word, even when a reading offers it for less', () => {
    const df = (field: string, term: string) => (field === 'stem' && term === 'اجتماع' ? 1 : 0);
    const synonym = offering({ لاجتماع: { text: 'اجتماع', credit: 0.7, via: 'synonym' } });
    const alternatives = buildQuery('حضروا لاجتماع', GAZETTEER, DEFAULT_TERM_OPTIONS, df, synonym).concepts[1]!.alternatives ?? [];
    expect(alternatives.filter((a) => a.stem === 'اجتماع')).toEqual([{ stem: 'اجتماع', credit: FORM_CREDIT, via: 'spelling' }]);
  });
});

describe('buildQuery (misspelt names)', () => {
  const gazetteer = new Gazetteer([{ id: 'kazakhstan', kind: 'place', ar: ['كازاخستان'], en: ['Kazakhstan'] }]);
  const entityOf = (question: string, entityFrequency = 1) => buildQuery(question, gazetteer, DEFAULT_TERM_OPTIONS, (field) => (field === 'entity' ? entityFrequency : 0)).concepts.map((c) => c.entity);

  it('reads an unknown word with the skeleton of a name as that name, also behind an attached letter', () => {
    expect(entityOf('ارسلت لكازخستان')).toEqual([undefined, 'kazakhstan']);
    expect(entityOf('what happened in Kazakstan')).toContain('kazakhstan');
  });

  it('does not when the documents never name it', () => {
    expect(entityOf('ارسلت لكازخستان', 0)).toEqual([undefined, undefined]);
  });
});

describe('buildQuery (consonant skeletons)', () => {
  // A dictionary that knows one English word, and documents that hold every word.
  const dictionary: QueryExpander = {
    isFunctionWord: () => false,
    alternativesOf: (tokens, i) => (tokens[i]!.normalized === 'start' ? [{ text: 'بدأ', credit: 0.8, via: 'translation' }] : []),
  };
  const skeletonsOf = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, () => 1, dictionary)
    .terms.filter((t) => t.field === 'skeleton').map((t) => t.term);

  it('searches the skeleton of a word that may be a name written otherwise', () => {
    expect(skeletonsOf('what happened in zhanaozen')).toContain(consonantSkeleton('zhanaozen'));
  });

  it('does not search the skeleton of an English or Russian word the documents hold translations of', () => {
    // "start" is STRT, the skeleton of «صدرت» ("issued").
    expect(consonantSkeleton('start')).toBe(consonantSkeleton('صدرت'));
    expect(skeletonsOf('when did it start')).toEqual([]);
  });
});

describe('buildQuery (roots)', () => {
  it('gives a colloquial past plural written without its alif (طلبو) the root of its stem, as طلبوا has', () => {
    const roots = (question: string) => buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, (field, term) => (field === 'root' && term === 'طلب' ? 1 : 0))
      .concepts.map((c) => c.root);
    expect(roots('طلبو')).toEqual(['طلب']);
    expect(roots('طلبوا')).toEqual(['طلب']);
  });
});

describe('buildQuery (participles)', () => {
  const alternativesOf = (question: string, documentStem: string) =>
    buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, (field, term) => (field === 'stem' && term === documentStem ? 1 : 0))
      .concepts.flatMap((c) => (c.alternatives ?? []).map((a) => a.stem));

  it("searches a participle's verb where the documents have it (الحاضرون → حضر، المهاجمون → هاجم), below the word", () => {
    expect(alternativesOf('من الحاضرون', 'حضر')).toEqual(['حضر']);
    expect(alternativesOf('من المهاجمون', 'هاجم')).toEqual(['هاجم']);
  });

  it('adds nothing the documents lack', () => {
    expect(alternativesOf('من الحاضرون', 'غاب')).toEqual([]);
  });
});

describe('buildQuery (the elative)', () => {
  // Documents that hold the question's own words (مدن، كبير، طويل، قليل) and one more stem.
  const alternativesOf = (question: string, documentStem: string) =>
    buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, (field, term) => (field === 'stem' && [documentStem, 'مدن', 'كبير', 'طريق', 'طويل', 'عدد', 'قليل'].includes(term) ? 1 : 0))
      .concepts.flatMap((c) => (c.alternatives ?? []).map((a) => ({ stem: a.stem, credit: a.credit })));

  it("searches an adjective's elative the documents use (المدن الكبيرة → الكبرى، أكبر), below the word", () => {
    for (const stem of ['كبر', 'اكبر']) {
      const [found, ...more] = alternativesOf('المدن الكبيرة', stem);
      expect(more).toEqual([]);
      expect(found?.stem).toBe(stem);
      expect(found!.credit).toBeGreaterThan(0);
      expect(found!.credit).toBeLessThan(FORM_CREDIT);
    }
  });

  it('adds nothing the documents lack, nor for words of other patterns (طويل is hollow, قليل doubled)', () => {
    expect(alternativesOf('المدن الكبيرة', 'عظم')).toEqual([]);
    expect(alternativesOf('الطريق الطويل', 'اطول')).toEqual([]);
    expect(alternativesOf('عدد قليل', 'اقل')).toEqual([]);
  });
});

describe('buildQuery (typing slips)', () => {
  const documentStems = new Set(['استقالت', 'حكوم', 'فعل', 'اعل']);
  const frequency = (field: string, term: string) => (field === 'stem' && documentStems.has(term) ? 1 : 0);
  const slipsOf = (question: string) =>
    buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, frequency).concepts.map((c) => (c.alternatives ?? []).map((a) => a.stem));

  it('reads a word the documents lack as the stem one slip away that they have', () => {
    expect(slipsOf('متى اسقالت الحكومة؟')).toContainEqual(['استقالت']);
  });

  it('reads no slip into a short stem, which is a slip away from too many words', () => {
    expect(slipsOf('ليش الناس زعلانة؟').flat()).not.toContain('فعل');
    expect(slipsOf('ليش الناس زعلانة؟').flat()).not.toContain('اعل');
  });
});
