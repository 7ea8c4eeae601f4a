import { describe, expect, it } from 'vitest';
import { imperfectiveCandidates, russianLemmaCandidates } from '../../src/text/russian-lemma-candidates.js';

describe('russianLemmaCandidates', () => {
  it('offers the nominative of a cardinal number in another case, first (двух, пяти → два, пять, not пята "heel")', () => {
    expect(russianLemmaCandidates('двух')[0]).toBe('два');
    expect(russianLemmaCandidates('двумя')[0]).toBe('два');
    expect(russianLemmaCandidates('пяти')[0]).toBe('пять');
    expect(russianLemmaCandidates('четырьмя')[0]).toBe('четыре');
    expect(russianLemmaCandidates('семью')[0]).not.toBe('семь');
  });

  it('offers the infinitive of a past-tense verb', () => {
    expect(russianLemmaCandidates('отключили')).toContain('отключить');
    expect(russianLemmaCandidates('погибли')).toContain('погибнуть');
    expect(russianLemmaCandidates('собрались')).toContain('собраться');
    expect(russianLemmaCandidates('погиб')).toContain('погибнуть');
    expect(russianLemmaCandidates('ввели')).toContain('ввести');
    expect(russianLemmaCandidates('привезли')).toContain('привезти');
    expect(russianLemmaCandidates('унесли')).toContain('унести');
    expect(russianLemmaCandidates('выросли')).toContain('вырасти');
    expect(russianLemmaCandidates('перерос')).toContain('перерасти');
    expect(russianLemmaCandidates('спас')).toContain('спасти');
    expect(russianLemmaCandidates('помог')).toContain('помочь');
  });

  it('offers the infinitive of a verb whose stem changes in the present or the past (-овать, -евать, -асть, -дать, -рать)', () => {
    expect(russianLemmaCandidates('атакуют')).toContain('атаковать');
    expect(russianLemmaCandidates('требует')).toContain('требовать');
    expect(russianLemmaCandidates('воюет')).toContain('воевать');
    expect(russianLemmaCandidates('напали')).toContain('напасть');
    expect(russianLemmaCandidates('передадут')).toContain('передать');
    expect(russianLemmaCandidates('привезут')).toContain('привезти');
    expect(russianLemmaCandidates('несет')).toContain('нести');
    expect(russianLemmaCandidates('жгли')).toContain('жечь');
    expect(russianLemmaCandidates('дерутся')).toContain('драться');
    expect(russianLemmaCandidates('соберутся')).toContain('собраться');
    expect(russianLemmaCandidates('берут')).toContain('брать');
  });

  it('offers the infinitive of a reflexive present, with and without its -ся (dictionaries often list only one)', () => {
    expect(russianLemmaCandidates('стабилизируется')).toEqual(expect.arrayContaining(['стабилизироваться', 'стабилизировать']));
    expect(russianLemmaCandidates('начинается')).toEqual(expect.arrayContaining(['начинаться', 'начинать']));
    expect(russianLemmaCandidates('продлится')).toEqual(expect.arrayContaining(['продлиться', 'продлить']));
    expect(russianLemmaCandidates('закончится')).toContain('закончить');
  });

  it('offers the infinitive of a participle', () => {
    expect(russianLemmaCandidates('убиты')).toContain('убить');
    expect(russianLemmaCandidates('задержаны')).toContain('задержать');
    expect(russianLemmaCandidates('протестующие')).toContain('протестовать');
  });

  it('offers the infinitive of a participle whose last consonant changed', () => {
    expect(russianLemmaCandidates('захвачены')).toContain('захватить');
    expect(russianLemmaCandidates('освобождены')).toContain('освободить');
    expect(russianLemmaCandidates('поражены')).toContain('поразить');
    expect(russianLemmaCandidates('запущены')).toContain('запустить');
    expect(russianLemmaCandidates('прекращено')).toContain('прекратить');
    expect(russianLemmaCandidates('брошены')).toContain('бросить');
    expect(russianLemmaCandidates('направлены')).toContain('направить');
    expect(russianLemmaCandidates('остановлен')).toContain('остановить');
    expect(russianLemmaCandidates('введены')).toContain('ввести');
  });

  it('offers the nominative singular of a noun', () => {
    expect(russianLemmaCandidates('цены')).toContain('цена');
    expect(russianLemmaCandidates('аэропорту')).toContain('аэропорт');
    expect(russianLemmaCandidates('россии')).toContain('россия');
  });

  it('offers the infinitive of a verb of going, whose stem changes', () => {
    expect(russianLemmaCandidates('вышли')[0]).toBe('выйти');
    expect(russianLemmaCandidates('уйдут')[0]).toBe('уйти');
    expect(russianLemmaCandidates('ушла')[0]).toBe('уйти');
    expect(russianLemmaCandidates('придут')[0]).toBe('прийти');
    expect(russianLemmaCandidates('пришли')[0]).toBe('прийти');
    expect(russianLemmaCandidates('подошли')[0]).toBe('подойти');
    expect(russianLemmaCandidates('шли')[0]).toBe('идти');
    expect(russianLemmaCandidates('разошлись')[0]).toBe('разойтись');
    expect(russianLemmaCandidates('пошлина')).not.toContain('пойти');
  });

  it('offers the imperfective partners of a perfective infinitive', () => {
    expect(imperfectiveCandidates('прекратить')).toContain('прекращать');
    expect(imperfectiveCandidates('подтвердить')).toContain('подтверждать');
    expect(imperfectiveCandidates('отправить')).toContain('отправлять');
    expect(imperfectiveCandidates('показать')).toContain('показывать');
    expect(imperfectiveCandidates('снять')).toContain('снимать');
    expect(imperfectiveCandidates('уехать')).toContain('уезжать');
    expect(imperfectiveCandidates('разослать')).toContain('рассылать');
    // The root's о turns into а before -ивать/-ывать.
    expect(imperfectiveCandidates('остановить')).toContain('останавливать');
    expect(imperfectiveCandidates('спросить')).toContain('спрашивать');
    expect(imperfectiveCandidates('устроить')).toContain('устраивать');
    expect(imperfectiveCandidates('показать')).not.toContain('паказывать');
    expect(imperfectiveCandidates('прекратить')).not.toContain('прекратить');
  });

  it('puts back a fleeting vowel', () => {
    expect(russianLemmaCandidates('миротворцев')).toContain('миротворец');
  });

  it('never offers the word itself, and nothing for a short word', () => {
    expect(russianLemmaCandidates('цена')).not.toContain('цена');
    expect(russianLemmaCandidates('ли')).toEqual([]);
  });
});
