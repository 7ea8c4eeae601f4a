import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { isCompoundPrepositionNoun } from '../../src/text/compound-prepositions.js';

/** The words of a question that are the nouns of compound prepositions. */
function prepositionNouns(question: string): string[] {
  const tokens = analyze(question);
  return tokens.filter((_, i) => isCompoundPrepositionNoun(tokens, i)).map((t) => t.normalized);
}

describe('isCompoundPrepositionNoun', () => {
  it('finds the noun of a compound preposition right after its preposition', () => {
    expect(prepositionNouns('كم قتيلا سقط في صفوف الشرطة؟')).toEqual(['صفوف']);
    expect(prepositionNouns('هل قتل أحد على يد المسلحين؟')).toEqual(['يد']);
    expect(prepositionNouns('ماذا حدث في ظل حالة الطوارئ وعن طريق الجيش؟')).toEqual(['ظل', 'طريق']);
    expect(prepositionNouns('من كان على مقربة من المطار؟')).toEqual(['مقربه']);
    expect(prepositionNouns('متى سقط المطار بيد المسلحين؟')).toEqual(['بيد']);
    // "Beside", "on the part of", "for the sake of", "despite", "in addition to" (Ryding §16.4).
    expect(prepositionNouns('ما السلع التي جمدت أسعارها إلى جانب الغاز؟')).toEqual(['جانب']);
    expect(prepositionNouns('هل خرجوا من أجل الأسعار على الرغم من الحظر؟')).toEqual(['اجل', 'الرغم']);
    expect(prepositionNouns('لماذا استمرت بالرغم من ذلك بالإضافة إلى العنف؟')).toEqual(['بالرغم', 'بالاضافه']);
  });

  it('finds the Russian and English ones («в связи с», «в итоге», "according to", "on behalf of")', () => {
    expect(prepositionNouns('Кто в итоге возглавил Совет безопасности?')).toEqual(['итоге']);
    expect(prepositionNouns('что изменилось в связи с протестами?')).toEqual(['связи']);
    expect(prepositionNouns('сколько погибло в результате беспорядков?')).toEqual(['результате']);
    // «По версии/словам/мнению X» is "according to X": X is what the question names.
    expect(prepositionNouns('что случилось по версии МИД')).toEqual(['версии']);
    expect(prepositionNouns('по словам Токаева кто напал')).toEqual(['словам']);
    expect(prepositionNouns('according to the ministry, who attacked?')).toEqual(['according']);
    expect(prepositionNouns('who spoke on behalf of the csto?')).toEqual(['behalf']);
    // «С точки зрения» ("from the point of view of") has two nouns; «в отношении», «с учетом» one.
    expect(prepositionNouns('как он назвал события с точки зрения истории?')).toEqual(['точки', 'зрения']);
    expect(prepositionNouns('какие меры приняты в отношении протестующих?')).toEqual(['отношении']);
    // "Compared to/with", "in comparison with", «по сравнению с»; the verb of "how does X compare?" stays.
    expect(prepositionNouns("what's special about almaty compared to other cities?")).toEqual(['compared']);
    expect(prepositionNouns('чем Алматы выделяется по сравнению с другими городами?')).toEqual(['сравнению']);
    expect(prepositionNouns('how does almaty compare to other cities?')).toEqual([]);
    // "When it comes to" ("as regards"): its verb tells of no coming.
    expect(prepositionNouns('what did they do when it comes to foreigners?')).toEqual(['comes']);
    expect(prepositionNouns('when did the troops come to almaty?')).toEqual([]);
  });

  it('leaves the same noun alone elsewhere', () => {
    expect(prepositionNouns('كم صفوف الجنود؟')).toEqual([]);
    expect(prepositionNouns('ماذا رفع الرئيس بيده؟')).toEqual([]);
    expect(prepositionNouns('هل أغلق الطريق إلى المطار؟')).toEqual([]);
    expect(prepositionNouns('هل تبقى القوات إلى أجل غير مسمى في الجانب الغربي؟')).toEqual([]);
    expect(prepositionNouns('какие были связи у террористов?')).toEqual([]);
    expect(prepositionNouns('how many flights per day?')).toEqual([]);
  });
});
