import type { Platform } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { examplesOf } from './answer-reply.js';
import { text, type Block, type Reply } from './reply.js';
import { WORDING } from './wording.js';

/** Help: what the bot does, how to ask on this platform, example questions (with ❓ buttons), what moderators can do. */
export function helpReply(platform: Platform, language: UiLanguage, examples: readonly string[], botName = ''): Reply {
  const w = WORDING[language];
  const shown = examplesOf(examples);
  const blocks: Block[] = [
    { kind: 'heading', spans: [text(`📚 ${w.helpTitle}`)] },
    { kind: 'paragraph', spans: [text(w.helpIntro)] },
    { kind: 'paragraph', spans: [text(w.helpHowTo[platform](botName))] },
  ];
  if (shown.blocks.length) blocks.push({ kind: 'heading', spans: [text(w.examplesHeading)] }, ...shown.blocks);
  if (w.helpModerators[platform]) blocks.push({ kind: 'paragraph', spans: [text(w.helpModerators[platform])] });
  return { language, tone: 'notice', blocks, actions: shown.actions };
}
