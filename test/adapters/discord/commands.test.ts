import { ApplicationCommandOptionType, ApplicationCommandType, Locale, type APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ASK_MESSAGE_COMMAND, buildCommands } from '../../../adapters/discord/commands.js';
import { MAX_QUESTION_CHARS } from '../../../src/sanad.js';

/** Discord's name rule for chat-input commands and options (lowercase where a script has case). */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const DISCORD_LOCALES = new Set<string>(Object.values(Locale));

type Named = { name: string; name_localizations?: Record<string, string | null> | null; description?: string; description_localizations?: Record<string, string | null> | null; options?: APIApplicationCommandOption[] };

function walk(item: Named, visit: (item: Named) => void): void {
  visit(item);
  for (const option of item.options ?? []) walk(option as Named, visit);
}

describe('buildCommands', () => {
  const commands = buildCommands() as Named[];
  const [kz, askMessage] = commands as [Named & { type: number }, Named & { type: number }];

  it('declares /kz with ask, sources, help, pinned, unanswered, settings and documents, and the "Ask sanad" message command', () => {
    expect(kz.name).toBe('kz');
    expect(kz.type).toBe(ApplicationCommandType.ChatInput);
    expect(kz.options?.map((o) => o.name)).toEqual(['ask', 'sources', 'help', 'pinned', 'unanswered', 'settings', 'documents']);
    expect(askMessage).toMatchObject({ name: ASK_MESSAGE_COMMAND, type: ApplicationCommandType.Message });
    expect(askMessage.description).toBeUndefined();
  });

  it('autocompletes the question, limited to what the core reads', () => {
    const ask = kz.options![0] as Named;
    const [question, secret] = ask.options as unknown as [Record<string, unknown>, Record<string, unknown>];
    expect(question).toMatchObject({ name: 'question', type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: MAX_QUESTION_CHARS });
    expect(secret).toMatchObject({ name: 'private', type: ApplicationCommandOptionType.Boolean, required: false });
  });

  it('takes an optional period of 1 to 365 days for the digest, and no rights on the command (checked per use)', () => {
    const unanswered = kz.options![4] as Named;
    expect(unanswered.options).toEqual([
      expect.objectContaining({ name: 'days', type: ApplicationCommandOptionType.Integer, required: false, min_value: 1, max_value: 365 }),
    ]);
    expect(kz).not.toHaveProperty('default_member_permissions');
  });

  it('groups documents add (a file or a link), list (a page) and remove (an id)', () => {
    const documents = kz.options!.find((o) => o.name === 'documents')! as Named & { type: number };
    expect(documents.type).toBe(ApplicationCommandOptionType.SubcommandGroup);
    const [add, list, remove] = documents.options as unknown as Named[];
    expect(add!.options).toEqual([
      expect.objectContaining({ name: 'file', type: ApplicationCommandOptionType.Attachment, required: false }),
      expect.objectContaining({ name: 'link', type: ApplicationCommandOptionType.String, required: false }),
    ]);
    expect(list!.options).toEqual([expect.objectContaining({ name: 'page', type: ApplicationCommandOptionType.Integer, required: false })]);
    expect(remove!.options).toEqual([expect.objectContaining({ name: 'id', type: ApplicationCommandOptionType.String, required: true })]);
  });

  it('keeps every name and description within Discord\'s rules, in every locale', () => {
    walk(kz, (item) => {
      for (const name of [item.name, ...Object.values(item.name_localizations ?? {})]) {
        expect(name).toMatch(CHAT_INPUT_NAME);
        expect(name).toBe(name!.toLowerCase());
      }
      for (const description of [item.description, ...Object.values(item.description_localizations ?? {})]) {
        expect(description!.length).toBeGreaterThanOrEqual(1);
        expect(description!.length).toBeLessThanOrEqual(100);
      }
    });
    for (const name of Object.values(askMessage.name_localizations ?? {})) expect(name!.length).toBeLessThanOrEqual(32);
  });

  it('localises names and descriptions for English and Russian, and only into locales Discord has', () => {
    for (const command of commands) {
      walk(command, (item) => {
        const maps = [item.name_localizations, ...(item.description ? [item.description_localizations] : [])];
        for (const map of maps) {
          expect(Object.keys(map ?? {})).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'ru']));
          for (const locale of Object.keys(map ?? {})) expect(DISCORD_LOCALES.has(locale)).toBe(true);
        }
      });
    }
    expect((kz.options![0] as Named).name_localizations?.ru).toBe('спросить');
  });

  it('carries the Arabic wording in the default descriptions, since Discord has no Arabic locale', () => {
    walk(kz, (item) => expect(item.description).toMatch(/[\u0600-\u06FF]/));
  });
});

describe('buildCommands: /kz settings', () => {
  it('takes an optional text, announcement, forum or media channel, with names and descriptions in each language', () => {
    const [kz] = buildCommands() as Array<{ options?: Array<{ name: string; name_localizations?: Record<string, string>; description: string; options?: Array<Record<string, unknown>> }> }>;
    const settings = kz!.options!.find((o) => o.name === 'settings')!;
    expect(settings.name_localizations).toMatchObject({ ru: 'настройки' });
    expect(settings.description.length).toBeLessThanOrEqual(100);
    expect(settings.options).toEqual([expect.objectContaining({ name: 'channel', type: 7, required: false, channel_types: [0, 5, 15, 16] })]);
  });
});
