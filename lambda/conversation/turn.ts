import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type Catalogue, catalogueFor } from '../content/catalogue';
import type { Level } from '../content/types';
import type { SkillDependencies } from '../dependencies';
import { type LocalDate, localDate } from '../domain/calendar';
import { type Translator, translator } from '../i18n/translator';
import { Speech } from '../speech/ssml';
import { type HowToPosition, type Offer, type SessionState, readSessionState } from './state';

export const DEFAULT_LEVEL: Level = 'beginner';

interface ReplyBase {
  /** Said before the notice, when the notice is due (a greeting). */
  readonly lead?: Speech;
  readonly speech: Speech;
  /** Health guidance: the first one in a session carries the not-medical-advice notice. */
  readonly health?: boolean;
  readonly card?: { readonly title: string; readonly text: string };
}

/** Either the session ends, or it stays open with a reprompt and whatever the next turn needs to know. */
export type Reply =
  | (ReplyBase & { readonly end: true })
  | (ReplyBase & { readonly end?: false; readonly reprompt: Speech; readonly howTo?: HowToPosition; readonly offer?: Offer });

/** One request's view of the conversation: who is speaking, in which language, and how to answer. */
export interface Turn {
  readonly input: HandlerInput;
  readonly t: Translator;
  readonly catalogue: Catalogue;
  readonly state: SessionState;
  readonly level: Level;
  /** The user's calendar date now, in the device's time zone. */
  today(): Promise<LocalDate>;
  reply(reply: Reply): Response;
}

export function beginTurn(input: HandlerInput, deps: SkillDependencies): Turn {
  const t = translator(input.requestEnvelope.request.locale, deps.rng);
  const state = readSessionState(input.attributesManager.getSessionAttributes());
  let today: Promise<LocalDate> | undefined;
  return {
    input,
    t,
    catalogue: catalogueFor(t.locale),
    state,
    level: state.level ?? DEFAULT_LEVEL,
    today: () => (today ??= deps.timeZoneOf(input).then((zone) => localDate(deps.now(), zone))),
    reply: (reply) => respond(input, t, state, reply),
  };
}

function respond(input: HandlerInput, t: Translator, state: SessionState, reply: Reply): Response {
  const withNotice = reply.health === true && !state.noticeGiven;
  const spoken = new Speech();
  if (reply.lead) spoken.append(reply.lead);
  if (withNotice) spoken.say(t.t('notice'));
  spoken.append(reply.speech);
  const builder = input.responseBuilder.speak(spoken.toSsml());
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (reply.end === true) return builder.withShouldEndSession(true).getResponse();

  const reprompt = reply.reprompt.toSsml();
  const next: SessionState = {
    noticeGiven: state.noticeGiven || withNotice,
    ...(state.level && { level: state.level }),
    ...(reply.howTo && { howTo: reply.howTo }),
    ...(reply.offer && { offer: reply.offer }),
    last: { speech: spoken.toSsml(), reprompt },
  };
  input.attributesManager.setSessionAttributes(next);
  return builder.reprompt(reprompt).withShouldEndSession(false).getResponse();
}
