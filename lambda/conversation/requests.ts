import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot, interfaces } from 'ask-sdk-model';
import { screenEventOf } from '../apl/screen';
import type { WorkoutScreenEvent } from '../apl/workout-document';

/** Guards that never throw, whatever shape the envelope has. */
export function requestType(input: HandlerInput): string | undefined {
  const type: unknown = input.requestEnvelope?.request?.type;
  return typeof type === 'string' ? type : undefined;
}

export function intentName(input: HandlerInput): string | undefined {
  if (requestType(input) !== 'IntentRequest') return undefined;
  const name: unknown = (input.requestEnvelope.request as IntentRequest).intent?.name;
  return typeof name === 'string' ? name : undefined;
}

/** The request's locale as sent; anything but a string counts as none (the default locale). */
export function requestLocale(input: HandlerInput): string | undefined {
  const locale: unknown = input.requestEnvelope?.request?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** True when the request belongs to a session; the SDK throws on session attributes for any other (skill events, messages). */
export function inSession(input: HandlerInput): boolean {
  return Boolean(input.requestEnvelope?.session);
}

export function isRequest(input: HandlerInput, type: string): boolean {
  return requestType(input) === type;
}

/** The entry of `table` for the request's intent: own entries only, so an intent named `constructor` matches nothing. */
export function forIntent<T>(input: HandlerInput, table: Readonly<Record<string, T>>): T | undefined {
  const name = intentName(input);
  return name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}

export function isIntent(input: HandlerInput, ...names: readonly string[]): boolean {
  const name = intentName(input);
  return name !== undefined && names.includes(name);
}

function slot(input: HandlerInput, name: string): Slot | undefined {
  if (requestType(input) !== 'IntentRequest') return undefined;
  const slots: unknown = (input.requestEnvelope.request as IntentRequest).intent?.slots;
  if (typeof slots !== 'object' || slots === null) return undefined;
  const found: unknown = (slots as Record<string, unknown>)[name];
  return typeof found === 'object' && found !== null ? (found as Slot) : undefined;
}

/** What the user said for a slot, if anything. */
export function slotValue(input: HandlerInput, name: string): string | undefined {
  const value: unknown = slot(input, name)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export type ResolvedSlot =
  | { readonly status: 'match'; readonly id: string }
  | { readonly status: 'no-match'; readonly spoken: string }
  | { readonly status: 'empty' };

/** A custom-type slot through entity resolution: the catalogue id Alexa matched, or what was said that matched nothing. */
export function resolvedSlot(input: HandlerInput, name: string): ResolvedSlot {
  const spoken = slotValue(input, name);
  if (spoken === undefined) return { status: 'empty' };
  const authorities: unknown = slot(input, name)?.resolutions?.resolutionsPerAuthority;
  if (Array.isArray(authorities)) {
    for (const authority of authorities) {
      const id: unknown = authority?.status?.code === 'ER_SUCCESS_MATCH' ? authority?.values?.[0]?.value?.id : undefined;
      if (typeof id === 'string' && id !== '') return { status: 'match', id };
    }
  }
  return { status: 'no-match', spoken };
}

/** The screen button touched ("next", "repeat"), when the request is an APL UserEvent from the workout screen. */
export function screenEvent(input: HandlerInput): WorkoutScreenEvent | undefined {
  if (!isRequest(input, 'Alexa.Presentation.APL.UserEvent')) return undefined;
  return screenEventOf((input.requestEnvelope.request as interfaces.alexa.presentation.apl.UserEvent).arguments);
}
