/**
 * Words of money as questions and news write them: currencies by name (دولار، تنغي، روبل، dollar, tenge, рубль…),
 * their signs ($, €, ₸, ₽), the word "currency" (العملة، currency, валюта; not «عمله» without the article, also "he did
 * it") and "in money" (в денежном выражении). A question asking an amount in money ("how much did the damage cost in
 * dollars?", «ما عملة كازاخستان؟») is answered only by a passage that speaks of money, not by any count («…نحو خمس
 * طائرات»).
 */
const ARABIC_MONEY = /^(?:(?:[وفبل]|بال|وبال|لل|ال|وال)?(?:دولار|دولارات|تنغي|تنجي|تينغي|تنغه|روبل|روبلات|يورو|ريال|ريالات|جنيه|جنيهات|درهم|دراهم|دينار|دنانير|عملات)|(?:[وف]?(?:بال|ال|لل))عمله)$/;
const LATIN_MONEY = /^(?:dollars?|usd|tenge|kzt|roubles?|rubles?|euros?|currenc(?:y|ies)|money)$/;
const CYRILLIC_MONEY = /^(?:доллар|тенге|рубл|евро|валют|денежн|деньг)/;
const MONEY_SIGNS = /[$€₸₽£]/;

/** Whether a word (normalised, lower case) names money, a currency or "currency". */
function isMoneyWord(word: string): boolean {
  return ARABIC_MONEY.test(word) || LATIN_MONEY.test(word) || CYRILLIC_MONEY.test(word);
}

/**
 * Whether a text speaks of money: one of its words (analysed tokens) names a currency, "currency" or "in money", or it
 * holds a sign of money ($, €, ₸, ₽, £). Of a question: it asks an amount of money; of a passage: it can give one.
 */
export function speaksOfMoney(tokens: ReadonlyArray<{ normalized: string }>, text: string): boolean {
  return tokens.some((t) => isMoneyWord(t.normalized)) || MONEY_SIGNS.test(text);
}
