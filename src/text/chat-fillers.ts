import type { AnalyzedToken } from './analyze.js';

/*
 * What English and Russian chat questions wrap around what they ask: greetings, thanks, address terms ("guys",
 * «ребята»), politeness ("pls", «пожалуйста»), hedges and discourse markers ("like", "kinda", «короче», «типа»), and
 * the requests that open a question ("can you tell me…", "does anyone know…", «подскажите…», «кто-нибудь знает…»).
 * None says what the question is about, and each would otherwise be its weightiest word, missing from every passage
 * ("hey guys does anyone know what happened in Almaty"). The Arabic ones are the dialect lists' (src/text/colloquial).
 *
 * The classes follow R. Carter and M. McCarthy, "Cambridge Grammar of English" (2006), §§ 106–111 (discourse markers,
 * interjections, vocatives, politeness markers), and A. Baranov et al., «Путеводитель по дискурсивным словам русского
 * языка» (1993), with the chat spellings of both (pls, plz, thx, idk; плиз, щас). Normalised (lower case, ё as е).
 * Query side only: the documents are news, not chat.
 */

/** Words a chat question wraps around what it asks, wherever they stand. */
const FILLERS: ReadonlySet<string> = new Set([
  // Greetings, thanks and address terms.
  'hey', 'hi', 'hello', 'hiya', 'yo', 'guys', 'folks', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody',
  'thanks', 'thank', 'thx', 'ty', 'bro', 'mate', 'dude',
  'привет', 'здравствуйте', 'здрасте', 'ребята', 'ребят', 'народ', 'друзья', 'спасибо', 'пасиб', 'коллеги',
  // Politeness.
  'please', 'pls', 'plz', 'pleaseee', 'kindly', 'пожалуйста', 'плиз', 'пжл', 'пж',
  // Hedges and discourse markers.
  'ok', 'okay', 'yeah', 'yep', 'well', 'like', 'literally', 'honestly', 'seriously', 'kinda', 'sorta', 'lol', 'btw',
  'idk', 'tbh', 'imo', 'anyways', 'though', 'gonna', 'wanna', 'gotta', 'u', 'ur', 'ya',
  'короче', 'типа', 'блин', 'кстати', 'слушайте', 'слушай', 'реально', 'щас', 'вообщем', 'ваще', 'кароче',
]);

/** Verbs of a request to the bot: "tell me", «подскажите». English ones only where they open the request. */
const REQUEST_VERBS: ReadonlySet<string> = new Set(['tell', 'explain', 'know', 'wonder', 'wondering', 'idea']);
/** Russian imperatives addressed to whoever reads the question: always a request, never what it asks about. */
const RUSSIAN_REQUESTS: ReadonlySet<string> = new Set([
  'подскажите', 'скажите', 'расскажите', 'объясните', 'подскажи', 'скажи', 'расскажи', 'объясни', 'поясните', 'поясни',
]);
/** Russian "knows" in «кто-нибудь знает…», «вы не знаете…». */
const RUSSIAN_KNOW: ReadonlySet<string> = new Set(['знает', 'знаете', 'знаешь']);

/**
 * Words before an English request verb that make it one: "can you tell", "pls explain", "does anyone know", "I want
 * to know", "I wonder", "any idea". "What did Tokayev tell the nation?" keeps its "tell".
 */
const REQUESTERS: ReadonlySet<string> = new Set([
  'you', 'u', 'ya', 'anyone', 'anybody', 'someone', 'somebody', 'pls', 'please', 'plz', 'i', 'im', "i'm", 'to', 'wanna', 'any', 'no', 'dunno',
]);

/** Russian words before знает/знаете that make it a request: «кто-нибудь знает», «вы не знаете», «никто не знает». */
const RUSSIAN_KNOWERS: ReadonlySet<string> = new Set(['нибудь', 'то', 'кто', 'вы', 'не', 'ты', 'ли']);

/** "I want to know…", "I'd like to know…", «хочу узнать…»: the wish and its verb of knowing wrap the question. */
const WISHES: ReadonlySet<string> = new Set(['want', 'wanted', 'like', 'need', 'curious', 'хочу', 'хотел', 'хотела', 'хотелось', 'интересно']);
const KNOWING: ReadonlySet<string> = new Set(['know', 'understand', 'узнать', 'знать', 'понять']);

/** Whether the words at i (past a "to") know: "want [to] know". */
function knowingAt(tokens: readonly AnalyzedToken[], i: number): boolean {
  const at = tokens[i]?.normalized === 'to' ? i + 1 : i;
  return KNOWING.has(tokens[at]?.normalized ?? '');
}

/** Whether the question's i-th word only wraps the question (a greeting, "pls", "does anyone know"), not what it asks. */
export function isChatFiller(tokens: readonly AnalyzedToken[], i: number): boolean {
  const token = tokens[i]!;
  if (token.script !== 'latin' && token.script !== 'cyrillic') return false;
  const word = token.normalized;
  if (FILLERS.has(word) || RUSSIAN_REQUESTS.has(word)) return true;
  if (WISHES.has(word) && knowingAt(tokens, i + 1)) return true;
  const previous = tokens[i - 1]?.normalized;
  if (KNOWING.has(word) && previous !== undefined && (WISHES.has(previous) || (previous === 'to' && WISHES.has(tokens[i - 2]?.normalized ?? '')))) return true;
  if (REQUEST_VERBS.has(word)) return previous === undefined || REQUESTERS.has(previous);
  if (RUSSIAN_KNOW.has(word)) return previous === undefined || RUSSIAN_KNOWERS.has(previous);
  return false;
}
