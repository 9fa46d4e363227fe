import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot, canfulfill, interfaces } from 'ask-sdk-model';
import { screenEventOf } from '../apl/screen';
import type { WorkoutScreenEvent } from '../apl/workout-document';

/** Guards that never throw, whatever shape the envelope has. */
export function requestType(input: HandlerInput): string | undefined {
  const type: unknown = input.requestEnvelope?.request?.type;
  return typeof type === 'string' ? type : undefined;
}

/**
 * Intents the model keeps apart for what their words say, answered as another. "Let's go", "start it", "I'm ready" are a
 * start that names nothing: to "Ready for step 2?" or "Want to hear how?", a yes. "Start my workout" names the workout,
 * and starts it from a lesson too (found by a helper trying the console: it read the lesson's next step, every time).
 * "No, it's fine now" is a no, which, with a workout paused for pain and nothing asked, goes on. "Go to the next
 * exercise" is a skip, but at the end of a move, with the next one named as coming, it goes on to it.
 */
export const INTENT_ALIASES: Readonly<Record<string, string>> = { LetsGoIntent: 'StartWorkoutIntent', PainGoneIntent: 'AMAZON.NoIntent', NextExerciseIntent: 'SkipExerciseIntent' };

/** The request's intent, an alias answered as the intent it stands for (see INTENT_ALIASES). */
export function intentName(input: HandlerInput): string | undefined {
  const name = modelIntentName(input);
  return name !== undefined && Object.hasOwn(INTENT_ALIASES, name) ? INTENT_ALIASES[name] : name;
}

/** The intent as the model heard it, aliases and all. */
function modelIntentName(input: HandlerInput): string | undefined {
  if (requestType(input) !== 'IntentRequest') return undefined;
  const name: unknown = (input.requestEnvelope.request as IntentRequest).intent?.name;
  return typeof name === 'string' ? name : undefined;
}

/** "Let's go", "start it", "I'm ready": go-words alone, no workout named (LetsGoIntent). */
export function saidGoWords(input: HandlerInput): boolean {
  return modelIntentName(input) === 'LetsGoIntent';
}

/** "Go to the next exercise": a skip that names where to go, not what to leave (NextExerciseIntent). */
export function saidNextExercise(input: HandlerInput): boolean {
  return modelIntentName(input) === 'NextExerciseIntent';
}

/** "No, it's fine now", "it doesn't hurt anymore": a no that says pain has passed (PainGoneIntent). */
export function saidPainGone(input: HandlerInput): boolean {
  return modelIntentName(input) === 'PainGoneIntent';
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

/** The slots of an IntentRequest, or of the intent a CanFulfillIntentRequest asks about. */
function slotsOf(input: HandlerInput): Record<string, unknown> | undefined {
  const type = requestType(input);
  if (type !== 'IntentRequest' && type !== 'CanFulfillIntentRequest') return undefined;
  const slots: unknown = (input.requestEnvelope.request as IntentRequest | canfulfill.CanFulfillIntentRequest).intent?.slots;
  return typeof slots === 'object' && slots !== null ? (slots as Record<string, unknown>) : undefined;
}

function slot(input: HandlerInput, name: string): Slot | undefined {
  const slots = slotsOf(input);
  const found: unknown = slots && Object.hasOwn(slots, name) ? slots[name] : undefined;
  return typeof found === 'object' && found !== null ? (found as Slot) : undefined;
}

/** The intent Alexa asks whether the skill could answer, before the user has named it (CanFulfillIntentRequest). */
export function askedIntent(input: HandlerInput): string | undefined {
  if (requestType(input) !== 'CanFulfillIntentRequest') return undefined;
  const name: unknown = (input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest).intent?.name;
  return typeof name === 'string' ? name : undefined;
}

/** True for a slot of one of the skill's own types: Alexa sends entity resolution for those, and none for its built-in types. */
export function isCustomSlot(input: HandlerInput, name: string): boolean {
  return Array.isArray(slot(input, name)?.resolutions?.resolutionsPerAuthority);
}

/** The names of the slots that carry something said. */
export function filledSlots(input: HandlerInput): string[] {
  return Object.keys(slotsOf(input) ?? {}).filter((name) => slotValue(input, name) !== undefined);
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
