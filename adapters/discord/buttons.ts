import {
  ButtonStyle,
  ComponentType,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIMessageTopLevelComponent,
} from 'discord.js';
import type { UiLanguage } from '../../src/answer/ui-strings.js';
import type { VoteTally, VoteValue } from '../../src/store/store.js';
import { decodeCustomId, encodeCustomId, type ButtonAction } from './custom-id.js';
import { DISCORD_BUTTON_LABEL_MAX_CHARS, truncateText } from './limits.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import { DISCORD_STRINGS } from './strings.js';

/** The two button styles the bot uses: blue for the main action, grey for the rest. */
export type ButtonLook = ButtonStyle.Primary | ButtonStyle.Secondary;

/** The emoji of each vote, as the buttons and the acknowledgement show it. */
export const VOTE_EMOJI: Record<VoteValue, string> = { 1: '👍', [-1]: '👎' };

/** A button that does `action`, as a list of one; empty when its custom_id would not fit Discord's 100 characters. */
export function actionButton(action: ButtonAction, label: string | undefined, emoji: string, style: ButtonLook): APIButtonComponentWithCustomId[] {
  const customId = encodeCustomId(action);
  if (!customId) return [];
  const text = label ? { label: truncateText(label, DISCORD_BUTTON_LABEL_MAX_CHARS) } : {};
  return [{ type: ComponentType.Button, custom_id: customId, ...text, emoji: { name: emoji }, style }];
}

/** 👍 or 👎 of an answer, labelled with its count once it has votes. */
function voteButton(answerId: number, value: VoteValue, count: number): APIButtonComponentWithCustomId[] {
  return actionButton({ kind: 'vote', answerId, value }, count > 0 ? String(count) : undefined, VOTE_EMOJI[value], ButtonStyle.Secondary);
}

/** The 👍 and 👎 buttons of a stored answer, with the counts so far. */
export function voteButtons(answerId: number, tally: VoteTally): APIButtonComponentWithCustomId[] {
  return [...voteButton(answerId, 1, tally.up), ...voteButton(answerId, -1, tally.down)];
}

/** The 📌 button, labelled for what a press does: pin, or unpin a pinned message. */
export function pinButton(language: UiLanguage, pinned = false): APIButtonComponentWithCustomId[] {
  const label = pinned ? MODERATION_STRINGS[language].unpin : DISCORD_STRINGS[language].pin;
  return actionButton({ kind: 'pin' }, label, '📌', ButtonStyle.Secondary);
}

/**
 * A message's components (as JSON) with every button `change` returns a new one for replaced; everything else is kept
 * as it was. Updating a message from its own components needs no stored copy of how it was rendered.
 */
export function mapButtons(
  components: readonly APIMessageTopLevelComponent[],
  change: (action: ButtonAction | undefined) => APIButtonComponent | undefined,
): APIMessageTopLevelComponent[] {
  return components.map((component) => {
    if (component.type !== ComponentType.ActionRow) return component;
    const buttons = component.components.map((b) => (b.type === ComponentType.Button && 'custom_id' in b ? change(decodeCustomId(b.custom_id)) ?? b : b));
    return { ...component, components: buttons };
  });
}

/** The stored answer id the 👍/👎 of a message carry, if it has them. */
export function votedAnswerId(components: readonly APIMessageTopLevelComponent[]): number | undefined {
  let answerId: number | undefined;
  mapButtons(components, (action) => {
    if (action?.kind === 'vote') answerId ??= action.answerId;
    return undefined;
  });
  return answerId;
}

/** The components with the 👍/👎 of one answer showing a new tally. */
export function withVoteCounts(components: readonly APIMessageTopLevelComponent[], answerId: number, tally: VoteTally): APIMessageTopLevelComponent[] {
  return mapButtons(components, (action) =>
    action?.kind === 'vote' && action.answerId === answerId ? voteButton(answerId, action.value, action.value > 0 ? tally.up : tally.down)[0] : undefined,
  );
}

/** The components with the 📌 button labelled for the message's new pin state. */
export function withPinState(components: readonly APIMessageTopLevelComponent[], language: UiLanguage, pinned: boolean): APIMessageTopLevelComponent[] {
  return mapButtons(components, (action) => (action?.kind === 'pin' ? pinButton(language, pinned)[0] : undefined));
}
