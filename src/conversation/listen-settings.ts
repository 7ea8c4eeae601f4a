import { bold, notice, text, type Block, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { ListenSettings } from './chat-settings.js';
import type { ChatRequest } from './conversation-deps.js';
import { listenChoices, type ListenMode, type ListenPlace } from './listen-mode.js';
import { replyLanguage } from './reply-language.js';

/** /settings (Telegram) and /kz settings (Discord), and a press of one of their choices. */
export interface ListenSettingsRequest extends ChatRequest {
  /**
   * The kind of chat the setting is for; `private` (a private chat: settings are for groups) and `unsupported` (a
   * voice channel…) get a short explanation instead.
   */
  place: ListenPlace | 'private' | 'unsupported';
  /** The chat the setting is for, when not the request's own (Discord: the channel the command names). */
  target?: string;
  /** How the heading names the chat (Discord: the channel's mention); default "this group". */
  targetName?: string;
  /** Whether the person may change the setting (the platform's moderators). */
  moderator: boolean;
  /** Whether the platform delivers the messages the listening modes need (Discord: the Message Content intent). Default true. */
  readsMessages?: boolean;
}

function settingsReply(request: ListenSettingsRequest & { place: ListenPlace }, current: ListenMode, lead?: string): Reply {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const w = WORDING[language].listen;
  const chatId = request.target ?? request.chatId;
  const choices = listenChoices(request.place);
  const blocks: Block[] = [
    ...(lead ? [{ kind: 'paragraph' as const, spans: [text(lead)] }] : []),
    { kind: 'paragraph', spans: [bold(w.heading(request.targetName ?? w.thisGroup))] },
    { kind: 'paragraph', spans: [text(choices.map((m) => `${m === current ? '✓' : '•'} ${w.modes[m]}: ${w.explain[m]}`).join('\n'))] },
  ];
  if (request.readsMessages === false) blocks.push({ kind: 'paragraph', spans: [text(w.needsMessageContent)] });
  else if (current === 'questions') blocks.push({ kind: 'paragraph', spans: [text(w.questionsNeedAccess)] });
  return {
    language, tone: 'notice', blocks,
    actions: choices.map((mode) => ({ kind: 'listen', mode, chosen: mode === current, label: w.modes[mode], chatId, place: request.place })),
  };
}

/** The reply when the setting cannot be shown or changed here; undefined when it can. */
function refusal(request: ListenSettingsRequest): Reply | undefined {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const w = WORDING[language].listen;
  if (request.place === 'private') return notice(language, w.groupsOnly);
  if (request.place === 'unsupported') return notice(language, w.unsupportedChannel, 'refusal');
  if (!request.moderator) return notice(language, w.notModerator[request.platform], 'refusal');
  return undefined;
}

const targetOf = (request: ListenSettingsRequest) => ({ platform: request.platform, chatId: request.target ?? request.chatId });

/** The settings for a moderator: each choice as a button, the current one marked ✓; members are refused. */
export async function showListenSettings(settings: ListenSettings, request: ListenSettingsRequest): Promise<Reply> {
  const refused = refusal(request);
  if (refused || request.place === 'private' || request.place === 'unsupported') return refused!;
  return settingsReply({ ...request, place: request.place }, await settings.modeOf(targetOf(request), request.place));
}

/**
 * A moderator's choice: stored (kept across restarts, seen by other instances within LISTEN_CACHE_MS), then the
 * settings again with the new choice marked and a confirmation on top. A member, a choice this kind of chat does not
 * offer (an old or forged button), or a store that cannot keep it gets a refusal and changes nothing.
 */
export async function changeListenMode(settings: ListenSettings, request: ListenSettingsRequest & { mode: string }): Promise<Reply> {
  const refused = refusal(request);
  if (refused || request.place === 'private' || request.place === 'unsupported') return refused!;
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const mode = listenChoices(request.place).find((m) => m === request.mode);
  if (!mode) return notice(language, WORDING[language].unknownAction, 'refusal');
  if (!(await settings.set(targetOf(request), mode, request.userId))) return notice(language, WORDING[language].storeUnavailable, 'refusal');
  return settingsReply({ ...request, place: request.place }, mode, WORDING[language].listen.changed(WORDING[language].listen.modes[mode]));
}
