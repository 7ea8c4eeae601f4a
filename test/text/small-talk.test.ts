import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { smallTalkOf, smallTalkOfSymbols } from '../../src/text/small-talk.js';

const talk = (message: string) => smallTalkOf(analyze(message));

describe('smallTalkOf', () => {
  it.each([
    ['السلام عليكم ورحمة الله وبركاته', 'greeting'],
    ['صباح الخير يا شباب', 'greeting'],
    ['hi there!', 'greeting'],
    ['Good morning', 'greeting'],
    ['Добрый день', 'greeting'],
    ['hi, how are you?', 'greeting'],
    ['مرحبا كيف الحال', 'greeting'],
    ['شلونك', 'greeting'],
    ['Привет, как дела?', 'greeting'],
    ['شكرا جزيلا', 'thanks'],
    ['مشكور يا غالي', 'thanks'],
    ['بارك الله فيك', 'thanks'],
    ['thank you so much!', 'thanks'],
    ['ok thanks', 'thanks'],
    ['Спасибо большое', 'thanks'],
    ['مع السلامة', 'farewell'],
    ['bye!', 'farewell'],
    ['До свидания', 'farewell'],
    ['تمام', 'acknowledgement'],
    ['ok got it', 'acknowledgement'],
    ['Понятно', 'acknowledgement'],
  ])('reads %s as %s', (message, kind) => {
    expect(talk(message)).toBe(kind);
  });

  it('reads any word of a question as a question, whatever courtesy comes with it', () => {
    for (const message of [
      'thanks, and how many died?', 'hello, when did the protests start?', 'ok and?', 'شكرا، ومتى بدأت الاحتجاجات؟',
      'السلام عليكم، مين بعت القوات؟', 'Спасибо, а сколько погибло?', 'قوات حفظ السلام', 'الله', 'good airport',
      'how are the peacekeepers?', 'كيف حال المتظاهرين؟', 'what is up with the internet',
    ]) expect(talk(message), message).toBeUndefined();
  });

  it('reads the emoji of a message without words', () => {
    expect(smallTalkOfSymbols('🙏🙏')).toBe('thanks');
    expect(smallTalkOfSymbols('👍')).toBe('acknowledgement');
    expect(smallTalkOfSymbols('👋')).toBe('greeting');
    expect(smallTalkOfSymbols('👍🏽 👍')).toBe('acknowledgement');
    expect(smallTalkOfSymbols('❤️')).toBe('thanks');
    expect(smallTalkOfSymbols('🔥')).toBeUndefined();
    expect(smallTalkOfSymbols('😀🔥👍🏽')).toBeUndefined();
  });
});
