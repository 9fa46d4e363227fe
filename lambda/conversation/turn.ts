import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import { type Catalogue, catalogueFor } from '../content/catalogue';
import type { Level } from '../content/types';
import type { SkillDependencies } from '../dependencies';
import { type LocalDate, type Weekday, localDate } from '../domain/calendar';
import { DEFAULT_REST_DAY } from '../domain/weekly-plan';
import { type Translator, translator } from '../i18n/translator';
import { Speech } from '../speech/ssml';
import { type ActivityLog, type Profile, type ProgressStore, StoreUnavailableError, type UserHistory } from '../store/progress-store';
import { userKey } from '../store/user-key';
import { inSession, requestLocale } from './requests';
import { type HowToPosition, type Offer, type SessionState, type SessionWorkout, readSessionState } from './state';

export const DEFAULT_LEVEL: Level = 'beginner';

interface ReplyBase {
  /** Said before the notice, when the notice is due (a greeting). */
  readonly lead?: Speech;
  readonly speech: Speech;
  /** Health guidance: the first one in a session carries the not-medical-advice notice. */
  readonly health?: boolean;
  readonly card?: { readonly title: string; readonly text: string };
  /** Screen directives; only sent when the device has a screen (see `screen`). */
  readonly directives?: readonly Directive[];
}

/** Either the session ends, or it stays open with a reprompt and whatever the next turn needs to know. */
export type Reply =
  | (ReplyBase & { readonly end: true })
  | (ReplyBase & {
      readonly end?: false;
      readonly reprompt: Speech;
      readonly howTo?: HowToPosition;
      readonly offer?: Offer;
      readonly lastLog?: ActivityLog;
      /** The guided workout's new place; it otherwise carries over as it was, and `null` ends it. */
      readonly workout?: SessionWorkout | null;
    });

/** What carries from turn to turn whatever the answer: the notice, and the user's settings once known. */
type Carried = { -readonly [K in 'noticeGiven' | 'profileLoaded' | 'level' | 'restDay' | 'workout']?: SessionState[K] };

/** One request's view of the conversation: who is speaking, in which language, and how to answer. */
export interface Turn {
  readonly input: HandlerInput;
  readonly t: Translator;
  readonly catalogue: Catalogue;
  readonly state: SessionState;
  /** The user's level: from the session or the profile once read, else the default. */
  readonly level: Level;
  readonly restDay: Weekday;
  /** True when the device can show APL. */
  readonly screen: boolean;
  /** The user's calendar date now, in the device's time zone. */
  today(): Promise<LocalDate>;
  /** Runs `work` against the store for this user; rejects with StoreUnavailableError when there is no store or no user. */
  withStore<T>(work: (store: ProgressStore, userKey: string) => Promise<T>): Promise<T>;
  /** The profile and recent weeks: one read, at most once per request. Rejects when the store fails. */
  history(): Promise<UserHistory>;
  /** Makes level and rest day the user's own: reads the profile unless this session already did; a failing store leaves the defaults. */
  personalise(): Promise<void>;
  /** Takes settings the user just changed into this session. */
  learn(profile: Profile): void;
  markNoticeGiven(): void;
  reply(reply: Reply): Response;
}

function userIdOf(input: HandlerInput): string | undefined {
  const id: unknown = input.requestEnvelope?.context?.System?.user?.userId ?? input.requestEnvelope?.session?.user?.userId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The store as one request sees it: once a call has timed out, later calls in the same request fail at once, so a slow
 * store costs an answer one wait (STORE_TIMEOUTS), not one per call, and the answer still comes in time.
 */
function oneWaitPerRequest(store: ProgressStore): ProgressStore {
  let timedOut: StoreUnavailableError | undefined;
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (timedOut) throw timedOut;
      try {
        return await call(...args);
      } catch (error) {
        if (error instanceof StoreUnavailableError && error.reason === 'timeout') timedOut = error;
        throw error;
      }
    };
  return {
    warm: () => store.warm(),
    history: guard(store.history.bind(store)),
    recordActivity: guard(store.recordActivity.bind(store)),
    undoActivity: guard(store.undoActivity.bind(store)),
    saveWorkout: guard(store.saveWorkout.bind(store)),
    updateProfile: guard(store.updateProfile.bind(store)),
    resetWeek: guard(store.resetWeek.bind(store)),
    deleteUser: guard(store.deleteUser.bind(store)),
  };
}

/** Whether a store call went through: false when the store was unreachable; any other failure is thrown on. */
export async function stored(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (error) {
    if (error instanceof StoreUnavailableError) return false;
    throw error;
  }
}

/** One Turn per request: every handler's canHandle and the chosen handle share it, so the session is parsed once. */
const turns = new WeakMap<HandlerInput, Turn>();

export function beginTurn(input: HandlerInput, deps: SkillDependencies): Turn {
  let turn = turns.get(input);
  if (!turn) turns.set(input, (turn = makeTurn(input, deps)));
  return turn;
}

function makeTurn(input: HandlerInput, deps: SkillDependencies): Turn {
  const t = translator(requestLocale(input), deps.rng);
  const state = readSessionState(inSession(input) ? input.attributesManager.getSessionAttributes() : undefined);
  const carried: Carried = {
    noticeGiven: state.noticeGiven,
    profileLoaded: state.profileLoaded,
    level: state.level,
    restDay: state.restDay,
    workout: state.workout,
  };
  const store = deps.store && oneWaitPerRequest(deps.store);
  const id = userIdOf(input);
  const key = id === undefined ? undefined : userKey(id);
  let today: Promise<LocalDate> | undefined;
  let history: Promise<UserHistory> | undefined;

  const learn = (profile: Profile) => {
    if (profile.level) carried.level = profile.level;
    if (profile.restDay) carried.restDay = profile.restDay;
    if (profile.noticeHeard) carried.noticeGiven = true;
  };
  const withStore = async <T>(work: (store: ProgressStore, userKey: string) => Promise<T>): Promise<T> => {
    // No store, or a request that names no user: to the user, both are progress that can't be reached.
    if (!store || !key) throw new StoreUnavailableError('rejected');
    return work(store, key);
  };
  const loadHistory = () =>
    (history ??= withStore(async (store, userKey) => {
      const loaded = await store.history(userKey);
      carried.profileLoaded = true;
      if (loaded.profile) learn(loaded.profile);
      return loaded;
    }));

  return {
    input,
    t,
    catalogue: catalogueFor(t.locale),
    state,
    get level() {
      return carried.level ?? DEFAULT_LEVEL;
    },
    get restDay() {
      return carried.restDay ?? DEFAULT_REST_DAY;
    },
    screen: input.requestEnvelope.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined,
    withStore,
    today() {
      // Everything that needs the user's today also needs the store: let the client load while the zone is looked up.
      store?.warm();
      return (today ??= deps.timeZoneOf(input).then((zone) => localDate(deps.now(), zone)));
    },
    history: loadHistory,
    async personalise() {
      if (carried.profileLoaded || !store || !key) return;
      await loadHistory().catch((error: unknown) => deps.log.warn('profile unavailable, using defaults', { error: (error as Error).name }));
    },
    learn,
    markNoticeGiven: () => {
      carried.noticeGiven = true;
    },
    reply: (reply) => respond(input, t, carried, reply),
  };
}

/**
 * What goes back out in the session is only what the skill understands: attributes no handler replaced (an end of
 * session, an event, the error answer) would otherwise be echoed as they arrived, unchecked and of any size.
 */
export function keepOwnSessionAttributes(input: HandlerInput): void {
  if (inSession(input)) input.attributesManager.setSessionAttributes({ ...readSessionState(input.attributesManager.getSessionAttributes()) });
}

function respond(input: HandlerInput, t: Translator, carried: Carried, reply: Reply): Response {
  const withNotice = reply.health === true && !carried.noticeGiven;
  const spoken = new Speech();
  if (reply.lead) spoken.append(reply.lead);
  if (withNotice) spoken.say(t.t('notice'));
  spoken.append(reply.speech);
  const builder = input.responseBuilder.speak(spoken.toSsml());
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  for (const directive of reply.directives ?? []) builder.addDirective(directive);
  if (reply.end === true) return builder.withShouldEndSession(true).getResponse();

  const reprompt = reply.reprompt.toSsml();
  const workout = reply.workout === null ? undefined : (reply.workout ?? carried.workout);
  const next: SessionState = {
    noticeGiven: carried.noticeGiven === true || withNotice,
    ...(carried.profileLoaded && { profileLoaded: true }),
    ...(carried.level && { level: carried.level }),
    ...(carried.restDay && { restDay: carried.restDay }),
    ...(reply.howTo && { howTo: reply.howTo }),
    ...(reply.offer && { offer: reply.offer }),
    ...(reply.lastLog && { lastLog: reply.lastLog }),
    ...(workout && { workout }),
    last: { speech: spoken.toSsml(), reprompt },
  };
  if (inSession(input)) input.attributesManager.setSessionAttributes(next);
  return builder.reprompt(reprompt).withShouldEndSession(false).getResponse();
}
