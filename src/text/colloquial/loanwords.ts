import { means, type Draft } from './word-list.js';

/**
 * Loanwords for the phone and the internet that speakers of every dialect use and type alike (the MADAR lexicon,
 * Bouamor et al. 2018, which covers the cities of all six lists; spellings as CODA*, Habash et al. 2018, writes
 * loanwords): every dialect's noun list holds them. A news article writes هاتف and الإنترنت; انترنت itself is MSA.
 */
export const PHONE_AND_INTERNET: readonly Draft[] = [
  ...means('نت', 'إنترنت'),
  ...means('انترنيت', 'إنترنت'),
  ...means('موبايل', 'هاتف جوال محمول'),
  ...means('موبايلات', 'هواتف'),
  ...means('تليفون تلفون', 'هاتف'),
];
