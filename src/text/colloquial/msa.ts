import { SOURCES as S } from './word-list.js';
import type { Asks, Homograph } from './word-list.js';

/** An MSA interrogative and what it asks for. */
export interface MsaInterrogative {
  form: string;
  asks: Asks;
  homograph?: Homograph;
}

/** Where the MSA interrogatives come from. */
export const MSA_INTERROGATIVES_SOURCE = S.ryding;

/**
 * The MSA interrogatives (Ryding 2005, on interrogative words). ما, من and أي are also "not / that", "from" and "any"
 * (homograph `function`); ماهو and ماهي are "what is" written as one word and the dialects' "is not". أية is left
 * out: normalised, it is spelled like Egyptian إيه "what". عمّ (عن ما) is left out: it is spelled like Levantine عم.
 */
export const MSA_INTERROGATIVES: readonly MsaInterrogative[] = [
  { form: 'ما', asks: 'what', homograph: 'function' },
  { form: 'ماذا', asks: 'what' },
  { form: 'ماهو', asks: 'what', homograph: 'function' },
  { form: 'ماهي', asks: 'what', homograph: 'function' },
  { form: 'لماذا', asks: 'why' },
  { form: 'متى', asks: 'when' },
  { form: 'أيان', asks: 'when' },
  { form: 'أين', asks: 'where' },
  { form: 'كم', asks: 'how-many' },
  { form: 'من', asks: 'who', homograph: 'function' },
  { form: 'ممن', asks: 'who', homograph: 'function' },
  { form: 'كيف', asks: 'how' },
  { form: 'أي', asks: 'which', homograph: 'function' },
  { form: 'هل', asks: 'yes-no' },
];
