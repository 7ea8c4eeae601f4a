import type { SmallTalk } from '../text/small-talk.js';
import type { ListenMode } from '../conversation/listen-mode.js';
import type { Platform, VoteReason } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import type { DocumentWording } from './document-wording.js';
import { ARABIC } from './wording-ar.js';
import { ENGLISH } from './wording-en.js';
import { RUSSIAN } from './wording-ru.js';

/** Words that differ by platform (commands, the names of rights), in one language. */
export type PerPlatform<T = string> = Record<Platform, T>;

/** The commands and their options as the platforms' menus show them (Telegram's / list, Discord's slash commands). */
export interface CommandWording {
  start: string;
  help: string;
  sources: string;
  ask: string;
  pin: string;
  unpin: string;
  pinned: string;
  unanswered: string;
  /** Discord's one command for every use, named after the documents' topic. */
  topic: string;
  question: string;
  private: string;
  days: (defaultDays: number, maxDays: number) => string;
  /** Names of Discord's subcommands and options in this language (lower case, no spaces), and of the message command. */
  names: { ask: string; question: string; private: string; sources: string; help: string; pinned: string; unanswered: string; days: string; askMessage: string };
  /** Telegram's /documents, and Discord's /kz documents group with its subcommands and options. */
  documents: string;
  documentsAdd: string;
  documentsList: string;
  documentsRemove: string;
  documentFile: string;
  documentLink: string;
  documentId: string;
  documentPage: string;
  documentNames: { documents: string; add: string; list: string; remove: string; file: string; link: string; id: string; page: string };
}

/** Where the bot listens (issue 14 §4): the settings, their choices, and the refusals. */
export interface ListenWording {
  /** The heading of the settings, naming the chat (Telegram: "this group"; Discord: the channel). */
  heading: (chat: string) => string;
  /** What Telegram calls the group in the heading. */
  thisGroup: string;
  /** Each choice, as its button reads. */
  modes: Record<ListenMode, string>;
  /** What each choice does, one line each under the heading. */
  explain: Record<ListenMode, string>;
  /** The line above the choices after a change. */
  changed: (mode: string) => string;
  notModerator: PerPlatform;
  /** /settings in a private chat. */
  groupsOnly: string;
  /** Telegram "every question": the bot must see the group's messages. */
  questionsNeedAccess: string;
  /** Discord without the Message Content intent: only slash commands work. */
  needsMessageContent: string;
  /** A channel kind settings do not apply to (voice, DMs). */
  unsupportedChannel: string;
  /** Telegram's /settings and Discord's /kz settings, as the menus describe them, with the channel option. */
  command: string;
  channelOption: string;
  /** Discord's localised names of the subcommand and its option (lower case, no spaces). */
  names: { settings: string; channel: string };
}

/**
 * Every sentence the bot says in its own words, in one language: answers, buttons, help, notices, pins, votes and
 * the moderators' lists, for every platform. Quoted document text stays in its own language.
 */
export interface Wording {
  sources: string;
  passagesHeading: string;
  quotedFooter: string;
  notFound: string;
  notFoundHint: string;
  empty: string;
  noWords: string;
  tooLong: (maxChars: number) => string;
  /**
   * Replies in kind to a message that only greets, thanks, takes leave or acknowledges; `peace` answers السلام عليكم.
   * A greeting's reply goes on with `smallTalkIntro` and the example questions.
   */
  smallTalk: Record<SmallTalk | 'peace', string>;
  smallTalkIntro: string;
  /** A question about what the whole collection is about: the line above the headlines, and the one above the examples. */
  broadLead: string;
  broadHint: string;
  /** Its title among inline previews. */
  broadTitle: string;
  outletUnknown: string;
  /** An outlet with the agency it credits as its source: «RT عربي (نقلًا عن نوفوستي)». */
  outletCiting: (outlet: string, via: string) => string;
  examplesHeading: string;
  moreHeading: string;
  noMoreSources: string;
  /** The line above an answer the moderators pinned, given back for a similar question. */
  curatedLead: string;
  /** Label of the link to the pinned message. */
  curatedLink: string;

  /** Label of the 📄 button of the passage marked `mark` (①, ②…). */
  buttonPassage: (mark: string) => string;
  buttonMore: string;
  buttonPin: string;
  buttonUnpin: string;
  buttonFresh: string;
  buttonOpenInBot: string;

  helpTitle: string;
  helpIntro: string;
  /** How to ask and the commands, given the bot's name (Telegram's @username). */
  helpHowTo: PerPlatform<(bot: string) => string>;
  helpModerators: PerPlatform;
  documentsHeading: string;
  /** The last line of a list cut short: how many more. */
  andMore: (n: number) => string;

  askUsage: string;
  pinUsage: string;
  unpinUsage: string;
  unknownCommand: string;
  textOnly: string;
  digestUsage: string;
  buttonExpired: string;
  /** /passages in the terminal chat when there is no answer to show the passages of (none yet, or a decline). */
  noPassages: string;
  passageGone: string;
  unknownAction: string;
  apology: string;
  rateLimited: (seconds: number) => string;
  storeUnavailable: string;
  inlineExample: string;

  pinned: string;
  unpinned: string;
  pinNotModerator: PerPlatform;
  pinBotLacksRight: PerPlatform;
  pinListFull: (max: number) => string;
  pinOutsideServer: string;
  pinGone: string;
  pinFailed: string;
  /** The acknowledgement of a vote. */
  voted: (mark: string) => string;
  voteFailed: string;

  pinnedHeading: string;
  pinnedEmpty: string;
  digestHeading: (days: number) => string;
  digestUnanswered: string;
  digestDisliked: string;
  digestNoUnanswered: string;
  digestNoDisliked: string;
  digestFooter: string;
  digestNotModerator: PerPlatform;
  commands: CommandWording;
  listen: ListenWording;

  /** The short answer's note under its sources: the «» text is quoted word for word. */
  quotedShort: string;
  /** "When was it published?": the words before the report's date (📅 Published on …). */
  publishedOn: string;
  /** Under that report's source line: the date is the one the document states. */
  publishedNote: string;
  /** "Got the link to this report?": the words before the report's address (🔗 Link to the report: …). */
  linkIs: string;
  /** Under that report's source line: the address is the one the document gives. */
  linkNote: string;
  /** A report asked about that gives no date, or no address (📅 The report does not give its date.). */
  dateUnstated: string;
  linkUnstated: string;
  /** Under that report's source line: it is the report the question asks about. */
  unstatedNote: string;
  /** Under an Arabic quote, to a reader of another language: the quote is in Arabic. */
  quoteInArabic: string;
  /** Label of the quote's names, numbers and dates in the reader's language. */
  keyFacts: string;
  /** Label of the 📄 button that shows an answer's supporting passages. */
  buttonPassages: string;
  /** Label of a supporting passage, by its place in the answer (1, 2, …). */
  passageLabel: (n: number) => string;

  /** Feedback that says why (issue 14 §5): the optional reasons offered privately after a 👎, and their labels. */
  reasonPrompt: (question: string) => string;
  reasonLabels: Record<VoteReason, string>;
  reasonThanks: string;
  /** A reason for an answer the user has no 👎 on (any more). */
  reasonNoDislike: string;
  /** Telegram: the reasons could not be sent privately; the toast says a tap opens the private chat. */
  reasonOpenPrivate: string;
  /** The digest: the reasons given, after a disliked answer. */
  digestReasons: string;
  /** The digest's button that takes an item off it, and what the moderator is told. */
  buttonDismiss: string;
  dismissed: string;
  dismissNotModerator: PerPlatform;
  /** Adding, listing and removing documents from a chat. */
  docs: DocumentWording;
}

/** The bot's wording in Arabic, English and Russian. */
export const WORDING: Record<UiLanguage, Wording> = { ar: ARABIC, en: ENGLISH, ru: RUSSIAN };
