import { PermissionFlagsBits } from 'discord.js';
import { APPLICATION_ID, discordMessage, type MessageFields } from './fake-discord.js';

export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const USER_ID = '400000000000000001';

const F = PermissionFlagsBits;
const base = F.ViewChannel | F.SendMessages | F.ReadMessageHistory | F.UseApplicationCommands;
/** Channel permissions as Discord computes them for interaction payloads. */
export const PERMISSIONS = {
  member: base,
  moderator: base | F.PinMessages,
  oldModerator: base | F.ManageMessages,
  bot: base | F.EmbedLinks | F.PinMessages,
  botWithoutPin: base | F.EmbedLinks,
};

let counter = 800000000000000000n;
/** A fresh snowflake. */
export const snowflake = (): string => String(++counter);

/** Options every interaction payload takes. */
export interface InteractionOptions {
  locale?: string;
  memberPermissions?: bigint;
  appPermissions?: bigint;
  /** Outside a server (a DM with the bot). */
  dm?: boolean;
  /** The channel; default CHANNEL_ID. */
  channelId?: string;
  /** Who interacts; default USER_ID. */
  userId?: string;
}

/** The common part of an INTERACTION_CREATE payload, with a unique id and token. */
function interaction(type: number, data: unknown, options: InteractionOptions = {}) {
  const id = snowflake();
  const channelId = options.channelId ?? CHANNEL_ID;
  const user = { id: options.userId ?? USER_ID, username: 'asker', discriminator: '0', avatar: null, global_name: 'Asker' };
  const where = options.dm
    ? { channel: { id: channelId, type: 1, recipients: [user] }, user, authorizing_integration_owners: { '1': user.id }, context: 1 }
    : {
        guild_id: GUILD_ID,
        guild_locale: 'en-US',
        channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: 'news' },
        member: {
          user,
          roles: [],
          permissions: String(options.memberPermissions ?? PERMISSIONS.member),
          joined_at: '2022-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
          pending: false,
        },
        authorizing_integration_owners: { '0': GUILD_ID },
        context: 0,
      };
  return {
    id,
    application_id: APPLICATION_ID,
    type,
    data,
    token: `interaction-token-${id}`,
    version: 1,
    locale: options.locale ?? 'en-US',
    app_permissions: String(options.appPermissions ?? PERMISSIONS.bot),
    entitlements: [],
    attachment_size_limit: 8_388_608,
    ...where,
  };
}

/** `/kz <sub>` with its options. */
export function slashCommand(sub: string, subOptions: Array<{ name: string; type: number; value: unknown; focused?: boolean }> = [], options?: InteractionOptions, type = 2) {
  return interaction(type, { id: '600000000000000001', name: 'kz', type: 1, options: [{ type: 1, name: sub, options: subOptions }] }, options);
}

/** `/kz ask question:<question> [private:<bool>]`. */
export function askPayload(question: string, options: InteractionOptions & { private?: boolean } = {}) {
  const subOptions = [{ name: 'question', type: 3, value: question }];
  if (options.private !== undefined) subOptions.push({ name: 'private', type: 5, value: options.private as unknown as string });
  return slashCommand('ask', subOptions, options);
}

/** Autocomplete of `/kz ask question:` with what the user typed so far. */
export function autocompletePayload(typed: string, options?: InteractionOptions) {
  return slashCommand('ask', [{ name: 'question', type: 3, value: typed, focused: true }], options, 4);
}

/** A message as it appears in interaction payloads. */
export function messageObject(fields: MessageFields = {}) {
  return discordMessage({ id: snowflake(), channelId: CHANNEL_ID, timestamp: '2022-01-07T10:00:00.000Z', ...fields });
}

/** A press of a button with this custom_id on a message (in the message's channel unless options say otherwise). */
export function buttonPayload(customId: string, message = messageObject(), options: InteractionOptions = {}) {
  return { ...interaction(3, { custom_id: customId, component_type: 2 }, { channelId: message.channel_id, ...options }), message };
}

/** The "Ask sanad" message command on a message with this text. */
export function askMessagePayload(content: string, options?: InteractionOptions) {
  const target = messageObject({ content, authorId: USER_ID });
  return interaction(2, { id: '600000000000000002', name: 'Ask sanad', type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } }, options);
}
