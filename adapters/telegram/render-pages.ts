import { UI_STRINGS, type UiLanguage } from '../../src/answer/ui-strings.js';
import type { Highlight } from '../../src/answer/answer.js';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { documentSpans, examplesBlock, highlightSpans, renderBlocks } from './render.js';
import { bold, italic, plain, type Block } from './rich-text.js';
import { TELEGRAM_STRINGS } from './strings.js';

/** /start and /help: what the bot does, how to ask here, in groups and inline, the commands, examples. */
export function renderHelp(language: UiLanguage, username: string, examples: readonly string[]): string[] {
  const t = TELEGRAM_STRINGS[language];
  const blocks: Block[] = [
    { spans: [plain(`📚 ${t.helpIntro}`)] },
    { spans: [plain(t.helpHowTo(username))] },
  ];
  if (examples.length) blocks.push({ spans: [bold(UI_STRINGS[language].examplesHeading)] }, examplesBlock(examples));
  blocks.push({ spans: [plain(t.helpCommands)] }, { spans: [italic(t.helpModerators)] });
  return renderBlocks(blocks, language);
}

/** /sources: every document with its number, outlet, headline, date and link. */
export function renderSourcesList(documents: readonly SourceDocument[], language: UiLanguage): string[] {
  const t = TELEGRAM_STRINGS[language];
  const lines: Block[] = documents.map((doc, i) => ({ spans: [plain(`${i + 1}. `), ...documentSpans(doc, language)] }));
  return renderBlocks([{ spans: [bold(`📚 ${t.sourcesHeading}`)] }, ...lines], language);
}

/** The 📄 button: one passage in full, with its document and the footer. */
export function renderPassage(passage: Passage, document: SourceDocument | undefined, language: UiLanguage, highlights: readonly Highlight[] = []): string[] {
  const ui = UI_STRINGS[language];
  const blocks: Block[] = [
    { spans: [plain('📄 '), bold(document?.title ?? passage.docId)] },
    { quote: true, spans: highlightSpans(passage.text, highlights) },
    { spans: [...(document ? documentSpans(document, language) : []), plain('\n\n'), italic(ui.quotedFooter)] },
  ];
  return renderBlocks(blocks, language);
}

/** A short notice (usage, refusal, hint), optionally followed by example questions. */
export function renderNotice(text: string, language: UiLanguage, examples: readonly string[] = []): string[] {
  const blocks: Block[] = [{ spans: [plain(text)] }];
  if (examples.length) blocks.push(examplesBlock(examples));
  return renderBlocks(blocks, language);
}
