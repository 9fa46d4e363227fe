import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import type { Catalogue } from '../content/catalogue';
import type { Level } from '../content/types';
import type { RemindersClient, SkillDependencies } from '../dependencies';
import { type LocalDate, UTC, type Weekday, daysBetween, isValidTimeZone, localDate, localHour } from '../domain/calendar';
import { reachableWeeks } from '../domain/log-day';
import type { Profile } from '../domain/progress';
import { DEFAULT_REST_DAY, type PlannedDay, type WeekPlan, planOn, readWeekPlan, weekPlanOf } from '../domain/weekly-plan';
import type { Translator } from '../i18n/translator';
import { catalogueFor, loadLocale, translator } from '../locales';
import { Speech } from '../speech/ssml';
import { usualTimeZone } from '../services/time-zone';
import { withinBudget } from '../services/within-budget';
import { PROFILE_RETENTION_DAYS, type ProgressStore, StoreUnavailableError, type UserHistory, type WriteContext } from '../store/progress-store';
import { shortKey, userKey } from '../store/user-key';
import { type Known, type NextTurn, carry } from './carry';
import { type Mode, modeOf } from './mode';
import { inSession, requestLocale } from './requests';
import { type Caution, type FeltNote, type Offer, type SessionState, readSessionState } from './state';

export const DEFAULT_LEVEL: Level = 'beginner';

interface ReplyBase {
  /** Said before the notice, when the notice is due (a greeting). */
  readonly lead?: Speech;
  readonly speech: Speech;
  /** Health guidance: the first one a user hears carries the not-medical-advice notice. */
  readonly health?: boolean;
  /** The answer itself says what the notice says ("is this medical advice?"): it counts as heard, and is not said twice. */
  readonly noticeInAnswer?: boolean;
  readonly card?: { readonly title: string; readonly text: string };
  /** A card in the Alexa app asking the user to allow these permissions (where they cannot be asked for by voice). */
  readonly askForPermissions?: readonly string[];
  /** Screen directives; only sent when the device has a screen (see apl/). */
  readonly directives?: readonly Directive[];
}

/**
 * Either the session ends, or it stays open with a reprompt and what the next turn needs (see carry.ts), or Alexa
 * takes the next turn (a directive such as Connections.SendRequest speaks to the user and answers with a request of
 * its own): no reprompt, and the session neither ended nor held open by the skill.
 */
export type Reply =
  | (ReplyBase & { readonly end: true })
  | (ReplyBase & NextTurn & { readonly end?: false; readonly reprompt: Speech })
  | (ReplyBase & NextTurn & { readonly handOver: true });
export type OpenReply = Extract<Reply, { reprompt: Speech }>;

/** One request's view of the conversation: who is speaking, in which language, what is under way, and how to answer. */
export interface Turn {
  readonly input: HandlerInput;
  readonly deps: SkillDependencies;
  readonly t: Translator;
  readonly catalogue: Catalogue;
  /** The session as it arrived, parsed field by field. */
  readonly state: SessionState;
  readonly mode: Mode;
  /** The question the last answer asked, if any. */
  readonly offer: Offer | undefined;
  /** The user's level: from the session or the profile once read, else the default. */
  readonly level: Level;
  readonly restDay: Weekday;
  /** The plan of the week `date` is in, Monday to Sunday: the week a rest day changed in keeps its days gone by. */
  weekPlanOf(date: LocalDate): readonly PlannedDay[];
  /** The session planned on `date`, as weekPlanOf plans its week. */
  planOn(date: LocalDate): PlannedDay;
  /** This week's plan, as kept when the rest day changed mid-week, if it was. */
  readonly keptWeek: WeekPlan | undefined;
  /** True when the device can show APL. */
  readonly screen: boolean;
  /**
   * When the user spoke, from the request's timestamp (milliseconds since the epoch); undefined when it is missing or
   * not a time. Turns of one session are measured against each other with it (how long a step ran), never the calendar.
   */
  readonly spokeAt: number | undefined;
  /** The user's calendar date now, in the device's time zone. */
  today(): Promise<LocalDate>;
  /** In the small hours (before 4 AM on the device's clock), the date the night began; else undefined. */
  nightBegan(): Promise<LocalDate | undefined>;
  /** The hour of the day on the device's clock now, 0 to 23. */
  hourNow(): Promise<number>;
  /**
   * Whether today is the device's own: false only when no zone could be learned (the Settings API down, nothing in
   * the session or the store for the device, a locale of many zones) and UTC stood in.
   */
  timeZoneKnown(): Promise<boolean>;
  /** The device's IANA time zone, looked up once per request. */
  timeZone(): Promise<string>;
  /** Runs `work` against the store for this user; rejects with StoreUnavailableError when there is no store or no user. */
  withStore<T>(work: (store: ProgressStore, userKey: string) => Promise<T>): Promise<T>;
  /** The profile and recent weeks: one read, at most once per request. Rejects when the store fails. */
  history(): Promise<UserHistory>;
  /**
   * Makes level and rest day the user's own: reads the profile unless this session already did; a failing store leaves
   * the defaults. Given a budget, waits no longer than that: a read still under way answers as for a new user.
   */
  personalise(budgetMs?: number): Promise<void>;
  /** Takes settings the user just changed into this session. */
  learn(profile: Profile): void;
  /**
   * After the answer: the notice said in a request that read the profile is remembered in it (unless this request
   * already wrote that); a profile this request read and that is due for renewal is renewed, if nothing else was written.
   */
  afterReply(): Promise<void>;
  /** The notice was written into the profile by this request ("open Back Coach"): nothing more to remember. */
  noticeRemembered(): void;
  /**
   * True while the not-medical-advice notice is still to be said: a health answer in this request says it. A request
   * that writes the profile before such an answer remembers it in that same write (one write a request).
   */
  readonly noticeDue: boolean;
  /** The Reminders API for this user, made once per request so its calls share one budget; none without API access. */
  reminders(): RemindersClient | undefined;
  /** Whether workout reminders were offered: saved in the profile, or said this session and not saved yet. */
  readonly remindersOffered: 'unsaved' | 'saved' | undefined;
  /** Workout reminders were just offered, or that offer was just written into the profile (`saved`). */
  offeredReminders(saved: boolean): void;
  /** A condition, a pregnancy or an injury told this session, or a doctor's okay said since. */
  readonly caution: Caution | undefined;
  /** Takes a caution told, or a doctor's okay (`cleared`), into this session: the last said stands. */
  noteCaution(caution: Caution): void;
  /** Pain or feeling unwell told this session with no workout under way, or (`cleared`) said since to have passed. */
  readonly felt: FeltNote | undefined;
  /** An age under 18 told this session (see Known.young). */
  readonly young: boolean;
  noteYoung(): void;
  forgetYoung(): void;
  /** Takes pain or feeling unwell told into the session (one told after another of a different kind: `general`). */
  noteFelt(felt: FeltNote): void;
  reply(reply: Reply): Response;
}

function deviceIdOf(input: HandlerInput): string | undefined {
  const id: unknown = input.requestEnvelope?.context?.System?.device?.deviceId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function userIdOf(input: HandlerInput): string | undefined {
  const id: unknown = input.requestEnvelope?.context?.System?.user?.userId ?? input.requestEnvelope?.session?.user?.userId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The store as one request sees it. Every write carries what the request knows (now, when its session began, the
 * zone the device just reported) and history asks for the device's zone. Once a call has timed out, later calls in the
 * same request fail at once, so a slow store costs an answer one wait (STORE_TIMEOUTS), not one per call, and the
 * answer still comes in time.
 */
function storeForRequest(store: ProgressStore, context: () => WriteContext, deviceKey: () => string | undefined, now: () => Date): ProgressStore & { readonly writes: number } {
  let timedOut: StoreUnavailableError | undefined;
  let writes = 0;
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>, write = true) =>
    async (...args: A): Promise<R> => {
      if (timedOut) throw timedOut;
      if (write) writes += 1;
      try {
        return await call(...args);
      } catch (error) {
        if (error instanceof StoreUnavailableError && error.reason === 'timeout') timedOut = error;
        throw error;
      }
    };
  return {
    warm: () => store.warm(),
    history: guard((user: string) => {
      const device = deviceKey();
      return store.history(user, device === undefined ? {} : { device });
    }, false),
    recordActivity: guard((user: string, log: Parameters<ProgressStore['recordActivity']>[1]) => store.recordActivity(user, log, context())),
    undoActivity: guard((user: string, log: Parameters<ProgressStore['undoActivity']>[1]) => store.undoActivity(user, log)),
    removeEntry: guard((user: string, week: string, entry: Parameters<ProgressStore['removeEntry']>[2]) => store.removeEntry(user, week, entry)),
    saveWorkout: guard((user: string, week: string, place: Parameters<ProgressStore['saveWorkout']>[2]) => store.saveWorkout(user, week, place, context())),
    updateProfile: guard((user: string, changes: Parameters<ProgressStore['updateProfile']>[1]) => store.updateProfile(user, changes, context())),
    renewProfile: guard((user: string) => store.renewProfile(user, context())),
    resetWeek: guard((user: string, week: string) => store.resetWeek(user, week)),
    deleteUser: guard((user: string) => store.deleteUser(user, { ...context(), guardWeeks: reachableWeeks(localDate(now(), UTC)) })),
    get writes() {
      return writes;
    },
  };
}

/** The call's result, or `undefined` when the store could not be reached; any other failure is thrown on. */
export async function unlessUnavailable<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof StoreUnavailableError) return undefined;
    throw error;
  }
}

/** Whether a store call went through: false when the store was unreachable; any other failure is thrown on. */
export async function stored(call: Promise<unknown>): Promise<boolean> {
  return (await unlessUnavailable(call.then(() => true))) === true;
}

const TURN = 'turn';

/** Builds the request's Turn before any handler is asked, so every canHandle and the chosen handle share one. */
export function turnInterceptor(deps: SkillDependencies): RequestInterceptor {
  return {
    async process(input) {
      await loadLocale(requestLocale(input));
      const turn = makeTurn(input, deps);
      input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [TURN]: turn });
      if (readsProfileFirst(input, turn.state)) await turn.personalise(FIRST_READ_BUDGET_MS);
    },
  };
}

/**
 * How long a session's first request waits for the profile before answering as for a new user (the notice said, the
 * default level). A warm read takes a few milliseconds and a cold one, the store's SDK loaded on the way, about 150 ms
 * at the function's memory size (bench/RESULTS.md); a store that is down costs a question no more than this.
 */
export const FIRST_READ_BUDGET_MS = 300;
/** How far into the next day the night before still counts (see Turn.nightBegan): until 4 AM. */
const SMALL_HOURS_MS = 4 * 3_600_000;

/** Requests that end or leave: nothing they answer needs the user's profile. */
const LEAVING = new Set(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent']);

/**
 * A session's first request reads the profile before any handler answers (one read; the rest of the session carries
 * what it learned), so a one-shot question ("ask Back Coach how do I do a superman") knows whether this user has heard
 * the notice, ever, and gives the dose at their own level. A failed or slow read answers as for a new user: the notice
 * is said.
 */
function readsProfileFirst(input: HandlerInput, state: SessionState): boolean {
  const { request, session } = input.requestEnvelope;
  if (request?.type !== 'IntentRequest' || LEAVING.has(request.intent?.name)) return false;
  return session?.new !== false && !state.noticeGiven && !state.profileLoaded;
}

/** The request's timestamp in milliseconds, if it is one. */
function requestInstant(input: HandlerInput): number | undefined {
  const stamp: unknown = input.requestEnvelope?.request?.timestamp;
  const ms = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** The Turn the interceptor built for this request. */
export function turnOf(input: HandlerInput): Turn {
  const made: unknown = input.attributesManager.getRequestAttributes()[TURN];
  if (!made) throw new Error('no turn: the turn interceptor is not registered');
  return made as Turn;
}

function makeTurn(input: HandlerInput, deps: SkillDependencies): Turn {
  const t = translator(requestLocale(input), deps.rng);
  const state = readSessionState(inSession(input) ? input.attributesManager.getSessionAttributes() : undefined);
  const known: { -readonly [K in keyof Known]: Known[K] } = {
    noticeGiven: state.noticeGiven,
    ...(state.profileLoaded && { profileLoaded: true }),
    ...(state.level && { level: state.level }),
    ...(state.restDay && { restDay: state.restDay }),
    ...(state.weekPlan && { weekPlan: state.weekPlan }),
    ...(state.timeZone && { timeZone: state.timeZone }),
    ...(state.remindersOffered && { remindersOffered: state.remindersOffered }),
    ...(state.caution && { caution: state.caution }),
    ...(state.felt && { felt: state.felt }),
    ...(state.young && { young: true }),
  };
  // A session keeps the time it began, so a deletion made after it can refuse what it would write back.
  const since = state.since ?? (input.requestEnvelope.session?.new ? deps.now().getTime() : undefined);
  if (since !== undefined) known.since = since;
  const deviceId = deviceIdOf(input);
  // Hashed when the store first needs them: a content-only answer hashes nothing (see store/user-key.ts).
  let hashedDevice: { key: string | undefined } | undefined;
  const deviceKey = () => (hashedDevice ??= { key: deviceId === undefined ? undefined : shortKey(deviceId) }).key;
  /** The zone the Settings API gave this request: remembered for the device by whatever this request writes. */
  let reported: string | undefined;
  const context = (): WriteContext => {
    const device = reported === undefined ? undefined : deviceKey();
    return {
      at: deps.now().getTime(),
      ...(inSession(input) && { since: since ?? 0 }),
      ...(reported !== undefined && device !== undefined && { zone: { device, zone: reported } }),
    };
  };
  const store = deps.store && storeForRequest(deps.store, context, deviceKey, deps.now);
  let reminders: { client: RemindersClient | undefined } | undefined;
  const id = userIdOf(input);
  let key: string | undefined;
  const keyOf = () => (id === undefined ? undefined : (key ??= userKey(id)));
  let today: Promise<LocalDate> | undefined;
  let zone: Promise<{ zone: string; known: boolean }> | undefined;
  let history: Promise<UserHistory> | undefined;
  // The notice, said in this request's answer, and already written into the profile by it.
  let noticeSaid = false;
  let noticeStored = false;

  const learn = (profile: Profile) => {
    if (profile.level) known.level = profile.level;
    if (profile.restDay) known.restDay = profile.restDay;
    // A week kept is read with the rest day it was kept beside: one without the other is the profile as it was.
    if (profile.weekPlan !== undefined) known.weekPlan = readWeekPlan(profile.weekPlan);
    else if (profile.restDay) delete known.weekPlan;
    if (profile.noticeHeard) known.noticeGiven = true;
    if (profile.remindersOffered) known.remindersOffered = 'saved';
    // A caution told in an earlier session, not yet answered by a doctor's okay: this session's answers know it too
    // (found in review: a move asked about in a later session said nothing of asking a doctor first).
    // An age told this session waits for HIIT only: a caution kept from before waits for every workout, so it stands
    // over it (found in review: a first read that failed, an age told, and then strength started unasked).
    if (profile.checkFirst && (known.caution === undefined || known.caution === 'age')) known.caution = 'earlier';
    // An age told in an earlier session, HIIT not yet okayed: HIIT waits in this one too (found in review: a "no" to the
    // doctor question mid-HIIT, and the next session's "resume my workout" went on unasked).
    if (profile.hiitCheckFirst && known.caution === undefined) known.caution = 'age';
    // Under 18, told in an earlier session: answers about eating stay a growing body's, and no workout is offered to
    // start (found by a helper trying the console: the next session's plan offered one, and spoke of cutting calories).
    if (profile.young) known.young = true;
  };
  const withStore = async <T>(work: (store: ProgressStore, userKey: string) => Promise<T>): Promise<T> => {
    // No store, or a request that names no user: to the user, both are progress that can't be reached.
    const user = keyOf();
    if (!store || !user) throw new StoreUnavailableError('rejected');
    return work(store, user);
  };
  let historySettled = false;
  const loadHistory = () =>
    (history ??= settles(withStore(async (store, userKey) => {
      const loaded = await store.history(userKey);
      if (loaded.deletion?.pending) {
        // A deletion left unfinished (a throttled batch, a timeout) is finished first; nothing of the user is read.
        try {
          deps.log.info('finished a pending deletion', { items: await store.deleteUser(userKey) });
        } catch (error) {
          deps.log.error('deletion failed', { trigger: 'pending', error: (error as Error).name });
        }
        return { weeks: [] };
      }
      known.profileLoaded = true;
      if (loaded.profile) learn(loaded.profile);
      return loaded;
    })));
  const settles = <T>(promise: Promise<T>): Promise<T> => {
    promise.then(
      () => (historySettled = true),
      () => (historySettled = true),
    );
    return promise;
  };
  /**
   * The device's zone: from the Settings API, else the session, else the store (the one read, shared with history),
   * else the usual zone of the locale's country; UTC when none is known. A zone learned is carried in the session.
   */
  const zoneOf = () =>
    (zone ??= (async () => {
      reported = await deps.timeZoneOf(input);
      const remembered = reported ?? state.timeZone ?? (store && id !== undefined && deviceId !== undefined ? (await loadHistory().catch(() => undefined))?.deviceZone : undefined);
      if (remembered !== undefined && isValidTimeZone(remembered)) {
        known.timeZone = remembered;
        return { zone: remembered, known: true };
      }
      const usual = usualTimeZone(requestLocale(input));
      return usual === undefined ? { zone: UTC, known: false } : { zone: usual, known: true };
    })());

  return {
    input,
    deps,
    t,
    catalogue: catalogueFor(t.locale),
    state,
    mode: modeOf(state),
    offer: state.offer,
    get level() {
      return known.level ?? DEFAULT_LEVEL;
    },
    get restDay() {
      return known.restDay ?? DEFAULT_REST_DAY;
    },
    get keptWeek() {
      return known.weekPlan;
    },
    weekPlanOf: (date) => weekPlanOf(date, known.restDay ?? DEFAULT_REST_DAY, known.weekPlan),
    planOn: (date) => planOn(date, known.restDay ?? DEFAULT_REST_DAY, known.weekPlan),
    screen: input.requestEnvelope.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined,
    spokeAt: requestInstant(input),
    withStore,
    timeZone: () => zoneOf().then((found) => found.zone),
    today() {
      // Everything that needs the user's today also needs the store: let the client load while the zone is looked up.
      store?.warm();
      return (today ??= zoneOf().then((found) => localDate(deps.now(), found.zone)));
    },
    timeZoneKnown: () => zoneOf().then(({ known: isKnown }) => isKnown),
    async nightBegan() {
      const { zone } = await zoneOf();
      const now = deps.now();
      const earlier = localDate(new Date(now.getTime() - SMALL_HOURS_MS), zone);
      return daysBetween(earlier, localDate(now, zone)) === 1 ? earlier : undefined;
    },
    hourNow: () => zoneOf().then(({ zone }) => localHour(deps.now(), zone)),
    history: loadHistory,
    async personalise(budgetMs) {
      if (known.profileLoaded || !store || id === undefined) return;
      const read = loadHistory().then(
        () => true,
        (error: unknown) => {
          deps.log.warn('profile unavailable, using defaults', { error: (error as Error).name });
          return false;
        },
      );
      if (budgetMs === undefined) await read;
      else if ((await withinBudget(read, budgetMs)) === undefined) deps.log.warn('profile read over budget, using defaults', { budgetMs });
    },
    learn,
    reminders: () => (reminders ??= { client: deps.reminders?.(input) }).client,
    get remindersOffered() {
      return known.remindersOffered;
    },
    offeredReminders(saved) {
      known.remindersOffered = saved ? 'saved' : (known.remindersOffered ?? 'unsaved');
    },
    get caution() {
      return known.caution;
    },
    noteCaution(caution) {
      // A condition told after an okay for another is asked about in its turn (found in review: a pregnancy told after
      // a heart condition was okayed went unasked).
      known.caution = caution;
    },
    get felt() {
      return known.felt;
    },
    get young() {
      return known.young === true;
    },
    noteYoung() {
      known.young = true;
    },
    forgetYoung() {
      delete known.young;
    },
    noteFelt(felt) {
      // Found in review: pain, then a fever, asked only about the fever, and a no started the workout.
      known.felt = felt === 'cleared' || known.felt === undefined || known.felt === 'cleared' || known.felt === felt ? felt : 'general';
    },
    noticeRemembered() {
      noticeStored = true;
    },
    get noticeDue() {
      return !known.noticeGiven;
    },
    async afterReply() {
      // A read the answer did not wait for (over its budget) is not waited for now either.
      if (!history || !historySettled || !store || !key) return;
      const loaded = await history.catch(() => undefined);
      // Said in this session (a workout started without opening the skill) and not yet in the profile: remembered by the
      // first request that reads the profile and writes nothing else (one write a request), so a later session stays
      // quiet. A session's first request reads the profile (readsProfileFirst), so a one-shot question that says the
      // notice remembers it here; a content answer later in a session never reads the store, and so never writes this.
      const noticeGiven = noticeSaid || state.noticeGiven;
      if (noticeGiven && !noticeStored && store.writes === 0 && loaded && !loaded.profile?.noticeHeard) {
        const changes = { noticeHeard: true, ...(!loaded.profile && { createdAt: deps.now().toISOString() }) };
        if (!(await stored(store.updateProfile(key, changes)))) deps.log.warn('could not save the notice');
        return;
      }
      if (store.writes > 0) return;
      // Renewed about once a month: a profile that has gone 30 days since is due.
      const due = loaded?.profileExpiresAt === undefined || loaded.profileExpiresAt * 1000 - deps.now().getTime() < (PROFILE_RETENTION_DAYS - 30) * 86_400_000;
      if (loaded?.profile && due && !(await stored(store.renewProfile(key)))) deps.log.warn('could not renew the profile');
    },
    reply: (reply) => {
      if (saysNotice(known, reply)) noticeSaid = true;
      return respond(input, t, state, known, reply);
    },
  };
}

/** After a handler answered: what the Turn does once the answer is known (see Turn.afterReply). */
export const afterReply = {
  async process(input: HandlerInput): Promise<void> {
    await turnOf(input).afterReply();
  },
} satisfies ResponseInterceptor;

/**
 * What goes back out in the session is only what the skill understands: attributes no handler replaced (an end of
 * session, an event, the error answer) would otherwise be echoed as they arrived, unchecked and of any size.
 */
export const keepOwnSessionAttributes = {
  // Synchronous, so the error handler can call it directly.
  process(input: HandlerInput): void {
    if (inSession(input)) input.attributesManager.setSessionAttributes({ ...readSessionState(input.attributesManager.getSessionAttributes()) });
  },
} satisfies ResponseInterceptor;

/** Whether this answer says the not-medical-advice notice: a health answer in a session that has not heard it. */
function saysNotice(known: Known, reply: Reply): boolean {
  return reply.health === true && !known.noticeGiven;
}

function respond(input: HandlerInput, t: Translator, before: SessionState, known: Known & { noticeGiven: boolean }, reply: Reply): Response {
  const withNotice = saysNotice(known, reply);
  const spoken = new Speech();
  if (reply.lead) spoken.append(reply.lead);
  if (withNotice && reply.noticeInAnswer !== true) spoken.say(t.t('notice'));
  spoken.append(reply.speech);
  const builder = input.responseBuilder.speak(spoken.toSsml());
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (reply.askForPermissions) builder.withAskForPermissionsConsentCard([...reply.askForPermissions]);
  for (const directive of reply.directives ?? []) builder.addDirective(directive);
  if ('end' in reply && reply.end === true) return builder.withShouldEndSession(true).getResponse();
  if ('handOver' in reply) {
    if (inSession(input)) input.attributesManager.setSessionAttributes(carry(before, { ...known, noticeGiven: known.noticeGiven || withNotice }, reply, { speech: spoken.toSsml() }));
    return builder.getResponse();
  }

  const reprompt = reply.reprompt.toSsml();
  // Only an answer that ends on the doctor question leaves it pending (carry.ts).
  const asksCleared = reply.offer === undefined && reprompt.includes(t.t('workout.carryOn.cleared'));
  const next = carry(before, { ...known, noticeGiven: known.noticeGiven || withNotice }, { ...reply, asksCleared }, { speech: spoken.toSsml(), reprompt });
  if (inSession(input)) input.attributesManager.setSessionAttributes(next);
  return builder.reprompt(reprompt).withShouldEndSession(false).getResponse();
}
