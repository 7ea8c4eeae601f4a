import { cite, SOURCES as S, type Asks } from './word-list.js';

/** A question opening of several words whose kind differs from its first word's, or is certain where that is not. */
export interface QuestionPhrase {
  /** The words as people type them (normalise before comparing). */
  words: readonly string[];
  asks: Asks;
}

/** Where the phrases come from. */
export const COLLOQUIAL_QUESTION_PHRASES_SOURCE = cite(S.abdelMassih, S.cowell, S.holes1990, S.harrell, S.singer, S.ryding);

const phrases = (asks: Asks, ...list: string[]): QuestionPhrase[] => list.map((p) => ({ words: p.split(' '), asks }));

/**
 * Multi-word interrogatives: "how much" built on "what" (قد إيه), "why" built on "what" (عشان إيه، على شو),
 * "whose" built on "of" (بتاع مين), "from where" and "until when" built on the ambiguous من / إلى / حتى,
 * "what is the reason / number / name of" in MSA and the dialects.
 */
export const COLLOQUIAL_QUESTION_PHRASES: readonly QuestionPhrase[] = [
  ...phrases('how-many', 'قد إيه', 'أد إيه', 'شحال من', 'قداش من', 'ما عدد', 'ما هو عدد', 'كم عدد', 'إيه عدد', 'شو عدد', 'شنو عدد'),
  ...phrases('why', 'عشان إيه', 'علشان إيه', 'ليه كده', 'على شو', 'مشان شو', 'منشان شو', 'لأي سبب', 'ما سبب', 'ما هو سبب',
    'ما السبب', 'إيه سبب', 'إيه السبب', 'شو سبب', 'شو السبب', 'وش السبب', 'شنو السبب', 'بسبب إيه', 'بسبب شو', 'بسبب شنو'),
  ...phrases('where', 'من أين', 'إلى أين', 'من فين', 'من وين', 'على فين', 'على وين'),
  ...phrases('when', 'منذ متى', 'إلى متى', 'حتى متى', 'من إمتى', 'لحد إمتى', 'لغاية إمتى', 'من إيمتى', 'من متى', 'لين متى',
    'في أي وقت', 'أي ساعة', 'أي يوم'),
  ...phrases('who', 'بتاع مين', 'تبع مين', 'حق منو', 'حق مين', 'مال منو', 'ديال من', 'ديال شكون', 'تاع من', 'متاع شكون',
    'ما اسم', 'ما هو اسم', 'إيه اسم', 'شو اسم', 'ايش اسم', 'وش اسم', 'شنو اسم'),
  ...phrases('how', 'وش لون', 'ايش لون', 'بأي طريقة'),
  ...phrases('yes-no', 'واش كاين', 'واش فيه'),
];
