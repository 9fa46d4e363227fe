import type { RequestEnvelope, ResponseEnvelope, interfaces } from 'ask-sdk-model';
import type { RemindersState } from './reminders-api';
import { type EnvelopeOptions, type Turn, connectionsResponse, permissionAnswer } from './envelope';

/** A voice permission request the skill just sent (Connections.SendRequest, AskFor): Alexa asks, and answers the skill. */
export interface PendingPermission {
  readonly token: string;
  readonly scopes: readonly string[];
}

/** What Alexa itself says to ask for reminders: the skill cannot change it. */
export const PERMISSION_PROMPT = 'Do you give Back Coach permission to update your reminders? You can say I approve, or no.';

export function permissionAsked(response: ResponseEnvelope): PendingPermission | undefined {
  const directive = response.response.directives?.find((found) => found.type === 'Connections.SendRequest') as interfaces.connections.SendRequestDirective | undefined;
  if (directive?.name !== 'AskFor') return undefined;
  const asked: unknown = directive.payload?.permissionScopes;
  const scopes = Array.isArray(asked) ? asked.map((scope) => scope?.permissionScope).filter((scope): scope is string => typeof scope === 'string') : [];
  return { token: directive.token, scopes };
}

/** How Alexa takes the answer: "I approve" or a yes grants it, a no refuses it, anything else is no answer. */
export function consentTo(said: string): 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' {
  const words = said.trim().toLowerCase();
  if (/^(i approve|approve|yes|yeah|yep|sure|ok|okay|हाँ|हां|haan)\b/.test(words)) return 'ACCEPTED';
  if (/^(no|nope|nah|i don't|deny|नहीं|ना|nahi)\b/.test(words)) return 'DENIED';
  return 'NOT_ANSWERED';
}

/**
 * The user's answer to Alexa's question, as Alexa delivers it: a Connections.Response in the same session. An approval
 * also grants the permission where the Reminders API checks it, as Alexa's account settings would.
 */
export function answerPermission(
  conversation: { send(make: (opts: EnvelopeOptions) => RequestEnvelope): Promise<Turn> },
  reminders: RemindersState,
  asked: PendingPermission,
  said: string,
): Promise<Turn> {
  const consent = consentTo(said);
  if (consent === 'ACCEPTED') reminders.granted = true;
  const scope = asked.scopes[0] ?? 'alexa::alerts:reminders:skill:readwrite';
  return conversation.send((opts) => connectionsResponse(opts, { name: 'AskFor', payload: permissionAnswer(scope, consent), token: asked.token }));
}
