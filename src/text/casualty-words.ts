/**
 * Words of people harmed (killed, died, injured, arrested, victims), as questions and news write them: MSA and dialect
 * («انقتل»، «اتصاب») by whole word, English and Russian by their start (погиб-, ранен-, задержан-). Not «الإصابة»
 * alone, also an infection («الإصابة بعدوى»).
 */
const ARABIC_CASUALTY = /^(?:[وفل]?(?:ال)?)(?:قتل|قتلي|قتلا|قتيل|مقتل|مات|ماتو|ماتوا|يموت|يموتون|موت|توفي|وفاه|وفيات|حتفه|حتفهم|لقي|لقوا|جرحي|جريح|جريحا|اصيب|اصيبو|اصيبوا|يصيب|تصيب|اصابات|مصاب|مصابين|اعتقل|اعتقال|معتقل|معتقلين|موقوف|موقوفين|ضحايا|ضحيه|انقتل|انقتلو|اتقتل|اتقتلو|اتصاب|انصاب)$/;
const FOREIGN_CASUALTY = /^(?:killed|dead|died|die|deaths?|injured|wounded|hurt|casualties|arrested|detained|victims?|погиб|убит|ранен|пострадав|задержан|арестован|жертв|умер|смерт)/;

/** Whether an analysed word (its normalised form and script) is a word of people harmed. */
export function isCasualtyWord(token: { normalized: string; script: string }): boolean {
  return token.script === 'arabic' ? ARABIC_CASUALTY.test(token.normalized) : FOREIGN_CASUALTY.test(token.normalized);
}
