import { means, type Draft } from './word-list.js';

/**
 * Eleven to nineteen as Gulf and Iraqi speakers say them alike (Holes 1990; Qafisheh 1977; Erwin 1963): the
 * Gulf and Iraqi number lists both hold them.
 */
export const GULF_IRAQI_TEENS: readonly Draft[] = [
  ...means('احدعش', 'أحد_عشر'),
  ...means('اثنعش', 'اثنا_عشر'),
  ...means('ثلطعش', 'ثلاثة_عشر'),
  ...means('اربعطعش', 'أربعة_عشر'),
  ...means('خمسطعش', 'خمسة_عشر'),
  ...means('سطعش', 'ستة_عشر'),
  ...means('سبعطعش', 'سبعة_عشر'),
  ...means('ثمنطعش', 'ثمانية_عشر'),
  ...means('تسعطعش', 'تسعة_عشر'),
];
