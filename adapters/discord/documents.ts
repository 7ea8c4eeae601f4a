import {
  ComponentType, MessageFlags, type APIActionRowComponent, type APITextInputComponent, Routes, TextInputStyle, type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction,
} from 'discord.js';
import { downloadBytes, MAX_UPLOAD_BYTES, type ChatNote, type CorrectionForm, type NoteSender, type Reply } from '../../src/index.js';
import * as C from './commands.js';
import { correctionFormId, keyOfCorrectionForm, type ButtonAction } from './custom-id.js';
import { NO_MENTIONS, requestOf, toEditBody, toReplyBody, type DiscordDeps } from './handlers.js';
import { renderReply } from './render.js';

/** Longest value of each field of the correction form (Discord allows 4,000; a link may be long, a date is 10). */
const FORM_FIELD_MAX_CHARS = { title: 300, outlet: 300, date: 10, url: 1000 } as const;
/** Discord's limit on a modal's title and a text input's label (https://discord.com/developers/docs/components/reference#text-input). */
const MODAL_LABEL_MAX_CHARS = 45;

/**
 * `/kz documents add|list|remove`, for the user alone (ephemeral): add downloads the attachment (or takes the link)
 * and shows the preview with its buttons; list shows a page; remove asks to confirm.
 */
export async function routeDocumentsCommand(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const docs = deps.conversation.documents;
  const request = requestOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = async (): Promise<Reply> => {
    switch (interaction.options.getSubcommand(false)) {
      case C.DOCUMENTS_ADD_SUBCOMMAND: {
        const file = interaction.options.getAttachment(C.FILE_OPTION);
        const link = interaction.options.getString(C.LINK_OPTION);
        if (file) {
          return docs.upload(request, {
            name: file.name, size: file.size, ...(file.contentType ? { mimeType: file.contentType } : {}),
            download: () => downloadBytes(file.url, { maxBytes: MAX_UPLOAD_BYTES }),
          });
        }
        // No file and no link: the link flow refuses it (not a link) in the user's words.
        return docs.link(request, link ?? '');
      }
      case C.DOCUMENTS_REMOVE_SUBCOMMAND: return docs.askRemove(request, interaction.options.getString(C.ID_OPTION) ?? '');
      default: return docs.list(request, interaction.options.getInteger(C.PAGE_OPTION) ?? 1);
    }
  };
  await interaction.editReply(toEditBody(await reply()));
}

/** Posts a note (a removed document's dropped pins) in a Discord channel: registered as this process's Discord sender. */
export function discordNoteSender(rest: DiscordDeps['rest']): NoteSender {
  return async (note) => {
    const { content, embeds } = renderReply(note.reply);
    await rest.post(Routes.channelMessages(note.chatId), { body: { ...(content ? { content } : {}), embeds, allowed_mentions: NO_MENTIONS } });
  };
}

/** Sends the notes about dropped pins through the bots of this process, or queues them for the process that runs their platform. */
async function sendNotes(deps: DiscordDeps, notes: readonly ChatNote[], log: (what: object, message: string) => void): Promise<void> {
  const { undelivered, failed, queued } = await deps.conversation.chatNotes.deliver(notes);
  if (queued) log({ queued }, 'notes about dropped pins queued for the process that runs their platform');
  for (const note of undelivered) log({ platform: note.platform, chatId: note.chatId }, 'dropped pins in a chat of a platform this process does not run: not told');
  for (const { note, error } of failed) log({ platform: note.platform, chatId: note.chatId, error: String(error) }, 'note about dropped pins not sent');
}

/** The correction form of a preview: its four fields, filled in with what would be served. */
async function showCorrectionForm(interaction: ButtonInteraction, deps: DiscordDeps, key: string): Promise<void> {
  const form = await deps.conversation.documents.correctionForm(requestOf(interaction), key);
  if ('refusal' in form) return void (await interaction.reply(toReplyBody(form.refusal, true)));
  const row = ({ name, label, value }: CorrectionForm['fields'][number]): APIActionRowComponent<APITextInputComponent> => ({
    type: ComponentType.ActionRow,
    components: [{
      type: ComponentType.TextInput, custom_id: name, label: label.slice(0, MODAL_LABEL_MAX_CHARS), style: TextInputStyle.Short, required: false,
      max_length: FORM_FIELD_MAX_CHARS[name], ...(value ? { value: value.slice(0, FORM_FIELD_MAX_CHARS[name]) } : {}),
      ...(name === 'date' ? { placeholder: '2022-01-06' } : {}),
    }],
  });
  await interaction.showModal({ custom_id: correctionFormId(key), title: form.title.slice(0, MODAL_LABEL_MAX_CHARS), components: form.fields.map(row) });
}

/**
 * A document button: ✅ adds, ✖ cancels (the preview is replaced by the result), ✏️ opens the correction form; in the
 * list ✖ asks to remove (a new message), then ✅ removes (posting a note in each channel whose pins were dropped) or
 * keeps. Refusals come as a new message for the presser alone, leaving the buttons in place.
 */
export async function routeDocumentButton(interaction: ButtonInteraction, deps: DiscordDeps, action: Extract<ButtonAction, { kind: 'document' }>, log: (what: object, message: string) => void): Promise<void> {
  const docs = deps.conversation.documents;
  const request = requestOf(interaction);
  if (action.op === 'correct') return showCorrectionForm(interaction, deps, action.ref);
  if (action.op === 'remove') return void (await interaction.reply(toReplyBody(docs.askRemove(request, action.ref), true)));
  await interaction.deferUpdate();
  let notes: ChatNote[] = [];
  let reply: Reply;
  switch (action.op) {
    case 'add': reply = await docs.confirm(request, action.ref); break;
    case 'cancel': reply = await docs.cancel(request, action.ref); break;
    case 'confirm-remove': ({ reply, notes } = await docs.remove(request, action.ref)); break;
    case 'keep': reply = docs.keep(request); break;
  }
  if (reply.tone === 'refusal') await interaction.followUp(toReplyBody(reply, true));
  else await interaction.editReply(toEditBody(reply));
  await sendNotes(deps, notes, log);
}

/** The correction form sent: a new preview in place of the old one, or (invalid values) the reasons, the preview kept. */
export async function routeCorrectionForm(interaction: ModalSubmitInteraction, deps: DiscordDeps): Promise<boolean> {
  const key = keyOfCorrectionForm(interaction.customId);
  if (key === undefined) return false;
  const fields = Object.fromEntries((['title', 'outlet', 'date', 'url'] as const).map((id) => [id, interaction.fields.getTextInputValue(id)]));
  const reply = await deps.conversation.documents.correct(requestOf(interaction), key, fields);
  if (reply.tone === 'refusal' || !interaction.isFromMessage()) await interaction.reply(toReplyBody(reply, true));
  else await interaction.update(toEditBody(reply));
  return true;
}
