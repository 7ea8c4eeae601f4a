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
    expect(asked('Токаев вроде штаб создал?')).toEqual(['токаев', 'штаб', 'создал']);
    expect(asked('кто вообще входит в одкб, напомните?')).toEqual(['входит', 'одкб']);
    // "real" and "actual" press the question as "really" and «реально» do: no passage says "real".
    expect(asked('did the attackers have real combat experience?')).toEqual(['attackers', 'combat', 'experience']);
    expect(asked("what's his actual job?")).toEqual(['job']);
    expect(asked('у нападавших был реальный боевой опыт?')).toEqual(['нападавших', 'боевой', 'опыт']);
  });

  it('drops "thank you" and a "thank" opening or closing the message, and keeps the verb of "did X thank Y?"', () => {
    expect(asked('thank you, how many died?')).toEqual(['died']);
    expect(asked('how many died thank u')).toEqual(['died']);
    expect(asked('did tokayev thank russia for the help?')).toEqual(['tokayev', 'thank', 'russia', 'help']);
  });

  it('drops English phrases that only frame the question ("in the first place", "by the way") and an opening "wait"', () => {
    expect(asked('wait, who asked for the CSTO troops in the first place?')).toEqual(['asked', 'csto', 'troops']);
    expect(asked('by the way, which place was first attacked?')).toEqual(['place', 'first', 'attacked']);
    expect(asked('how long did the troops wait?')).toContain('wait');
  });

  it('drops a tag closing a question that asks to confirm a guess, and keeps "right" where it is the noun', () => {
    expect(asked('who heads the council, the armenian pm right?')).toEqual(['heads', 'council', 'armenian', 'pm']);
    expect(asked('совет возглавляет премьер Армении, верно?')).toEqual(['совет', 'возглавляет', 'премьер', 'армении']);
    expect(asked('رئيس المجلس هو رئيس وزراء أرمينيا صح؟')).not.toContain('صح');
    expect(asked('did the protesters have the right?')).toContain('right');
    expect(asked('is the right to protest in the constitution, right?')).toEqual(['right', 'protest', 'constitution']);
  });

  it('drops «собираться» before an infinitive ("going to"), and keeps it where it means gathering', () => {
    expect(asked('что собираются сделать с результатами расследования')).toEqual(['сделать', 'результатами', 'расследования']);
    expect(asked('где собирались протестующие')).toContain('собирались');
  });

  it('drops «сильно» after «насколько» or «как» ("how much"), and keeps it elsewhere', () => {
    expect(asked('насколько сильно подорожал газ?')).toEqual(['подорожал', 'газ']);
    expect(asked('полиция сильно пострадала?')).toContain('сильно');
  });

  it('drops «на самом деле» ("actually")', () => {
    expect(asked('что на самом деле случилось')).toEqual(['случилось']);
    expect(asked('какие дела у миротворцев')).toContain('дела');
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

  it('drops Arabic greetings, the vocative, politeness and the requests of each dialect', () => {
    // (The dialect's interrogatives, ليش and شو, are left to the dialect lists.)
    expect(asked('يا جماعة حد يعرف ليش قطعوا النت؟ لو سمحتو')).toEqual(['ليش', 'قطعوا', 'النت']);
    expect(asked('مرحبا، ممكن تقلي شو صار بالمطار؟ شكرا')).toEqual(['شو', 'صار', 'بالمطار']);
    expect(asked('السلام عليكم، عايز اعرف مين بعت القوات')).toEqual(['مين', 'بعت', 'القوات']);
    expect(asked('سلام خويا بغيت نعرف علاش قطعو الانترنت')).toEqual(['علاش', 'قطعو', 'الانترنت']);
    expect(asked('أريد أن أعرف من أرسل القوات')).toEqual(['ارسل', 'القوات']);
    expect(asked('طيب المتظاهرين السلميين رح يلاحقوهن؟')).not.toContain('طيب');
    // "In the end" (Levantine بالآخر, Gulf بالأخير) presses the question; no passage says it.
    expect(asked('توكاييف بدو يحاسب مين بالآخر؟')).toEqual(['توكاييف', 'بدو', 'يحاسب', 'مين']);
    expect(asked('وش صار بالأخير؟')).toEqual(['وش', 'صار']);
  });

  it('drops «بعينها» ("in particular") and the head of an adverbial phrase («وبشكل متزامن»), keeping the words that say how', () => {
    expect(asked('هل تركزت الهجمات في منطقة بعينها أم وقعت بشكل متزامن؟')).toEqual(['تركزت', 'الهجمات', 'منطقه', 'وقعت', 'متزامن']);
    expect(asked('هل أعلنت الحكومة ذلك بصورة رسمية وبشكل علني؟')).toEqual(['اعلنت', 'الحكومه', 'رسميه', 'علني']);
  });

  it('reads a question of many opening words at once (each is looked at once, not again for every word after it)', () => {
    const tokens = analyze(`${'شباب '.repeat(60)}ليش قطعوا النت`);
    expect(tokens.filter((_, i) => isChatFiller(tokens, i))).toHaveLength(60);
  });

  it('keeps the same Arabic words where they are what the question asks about', () => {
    expect(asked('ما مهمة قوات حفظ السلام؟')).toContain('السلام'); // peace, not a greeting
    expect(asked('متى تسلم توكاييف السلطة؟')).toContain('تسلم'); // took over, not "thanks"
    expect(asked('ما حد الطوارئ؟')).toContain('حد'); // a limit, not "anyone"
    expect(asked('ماذا طلب الشباب؟')).toContain('الشباب');
    expect(asked('هل كان الوضع طيب؟')).toContain('طيب');
  });
});
