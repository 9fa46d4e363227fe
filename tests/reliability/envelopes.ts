import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { SESSIONS } from '../../lambda/content/sessions';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { LEVELS } from '../../lambda/content/types';
import { ACTIVITIES } from '../../lambda/domain/progress';
import { buildInteractionModel } from '../../scripts/model/build';
import { ACCESS_TOKEN, SKILL_ID } from '../support/skill-harness';

/**
 * Request envelopes for property tests: a plausible request (so the deep paths are reached) with some of its
 * parts replaced by garbage or left out. Everything passes through JSON, as a Lambda event does.
 */

const KB_100 = 100_000;
/** Prebuilt, so the generators stay cheap: plain, markup, entities, astral characters, digits. */
const HUGE_STRINGS = [
  'a'.repeat(KB_100),
  '<speak>'.repeat(KB_100 / 7),
  '&amp;<'.repeat(KB_100 / 6),
  '💪'.repeat(KB_100 / 2),
  '9'.repeat(KB_100),
  `PT${'9'.repeat(KB_100)}M`,
] as const;

const huge = fc.constantFrom(...HUGE_STRINGS);

/** Names Object.prototype also has are here on purpose: a lookup table keyed by the wire must not find them. */
const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;

/** Any wrong value: JSON of any shape, the awkward constants, and 100 KB strings. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 4 },
  { arbitrary: fc.constantFrom(null, 0, -1, 1e308, true, false, '', ' ', [], {}, [null], { 0: 'a' }, '__proto__', 'constructor'), weight: 3 },
  { arbitrary: huge, weight: 1 },
);

/** Mostly a sensible value, sometimes garbage: rare enough per field that whole requests still reach the deep paths. */
function usually<T>(valid: fc.Arbitrary<T>, weight = 12): fc.Arbitrary<T | unknown> {
  return fc.oneof({ arbitrary: valid, weight }, { arbitrary: garbage, weight: 1 });
}

/** A list of changes, empty most of the time. */
function sometimes<T>(changes: fc.Arbitrary<readonly T[]>): fc.Arbitrary<readonly T[]> {
  return fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: changes, weight: 1 });
}

const model = buildInteractionModel('en-US').interactionModel.languageModel;
const exerciseIds = EN_US_CATALOGUE.exercises.map((exercise) => exercise.id);
const typeIds: Readonly<Record<string, readonly string[]>> = Object.fromEntries(model.types.map((type) => [type.name, type.values.map((value) => value.id)]));

/** Sent by many requests, as a retry would be; crafted undo attempts name it too. */
const REPEATED_REQUEST_ID = 'amzn1.echo-api.request.repeated';

const USERS = ['amzn1.ask.account.FUZZ-A', 'amzn1.ask.account.FUZZ-B', 'amzn1.ask.account.FUZZ-C', 'amzn1.ask.account.FUZZ-D'] as const;
const DEVICES = ['amzn1.ask.device.FUZZ-1', 'amzn1.ask.device.FUZZ-2', 'amzn1.ask.device.FUZZ-3'] as const;

/** Entity resolution as Alexa sends it, and in shapes it never should. */
function resolutions(ids: readonly string[]): fc.Arbitrary<unknown> {
  const authority = `amzn1.er-authority.echo-sdk.${SKILL_ID}.Type`;
  const id = fc.oneof({ arbitrary: fc.constantFrom(...ids, 'yoga', '', 'constructor'), weight: 4 }, { arbitrary: garbage, weight: 1 });
  const match = id.map((value) => ({ resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'x', id: value } }] }] }));
  const noMatch = fc.constant({ resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }] });
  const wrongShape = fc.oneof(
    fc.constant({ resolutionsPerAuthority: {} }),
    fc.constant({ resolutionsPerAuthority: [null, 7] }),
    fc.constant({ resolutionsPerAuthority: [{ status: 'ER_SUCCESS_MATCH', values: 'superman' }] }),
    fc.constant({ resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [] }] }),
    fc.constant({ resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [null, { value: null }] }] }),
    fc.constant({ resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: ['superman'] } }] }] }),
    garbage,
  );
  return fc.oneof({ arbitrary: match, weight: 4 }, { arbitrary: noMatch, weight: 2 }, { arbitrary: wrongShape, weight: 2 });
}

const SPOKEN: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.DATE': ['2026-11-27', '2026-11-24', '2026-11-01', 'PRESENT_REF', '2026-W48', '2026-W48-WE', '2026-11', 'XXXX-WXX', '2026-02-30', '0000-01-01', '9999-12-31', '2026-W53', '1900-W01-WE'],
  'AMAZON.DURATION': ['PT30M', 'PT1H30M', 'PT45S', 'PT30H', 'P1D', 'PT', 'P', 'PT0M', 'PT.5M', 'P99999999D', 'PT1e3M'],
  'AMAZON.NUMBER': ['2000', '0', '100000', '100001', '5000000', '-5', '1e3', '12.5', '?', '007', '999999999'],
  'AMAZON.DayOfWeek': ['monday', 'Saturday', 'SUNDAY', 'funday', 'sunday '],
};

function slotArbitrary(name: string, type: string): fc.Arbitrary<unknown> {
  const ids = typeIds[type];
  const value = usually(fc.oneof(fc.constantFrom(...(ids ?? SPOKEN[type] ?? ['something'])), fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_KEYS)));
  return usually(
    fc.record(
      {
        name: usually(fc.constant(name)),
        value,
        confirmationStatus: usually(fc.constantFrom('NONE', 'CONFIRMED', 'DENIED')),
        ...(ids && { resolutions: resolutions(ids) }),
        slotValue: garbage,
      },
      { requiredKeys: ['name'] },
    ),
  );
}

const INTENT_NAMES = [...model.intents.map((intent) => intent.name), 'UnknownIntent', 'AMAZON.ScrollDownIntent', 'amazon.helpintent', '', ...PROTOTYPE_KEYS];

/** The intents that read or write progress, asked more often so the store paths get their share of garbage. */
const STORE_INTENTS = ['LogActivityIntent', 'FinishedTodayIntent', 'WeeklyProgressIntent', 'SetLevelIntent', 'SetRestDayIntent', 'UndoIntent', 'StartWorkoutIntent', 'ResumeWorkoutIntent', 'AMAZON.YesIntent', 'AMAZON.PauseIntent', 'AMAZON.StopIntent', 'AMAZON.NextIntent'];

const intent = fc.oneof({ arbitrary: fc.constantFrom(...STORE_INTENTS), weight: 1 }, { arbitrary: fc.constantFrom(...INTENT_NAMES), weight: 1 }).chain((name) => {
  const declared = model.intents.find((candidate) => candidate.name === name)?.slots ?? [];
  // Slots of the intent, plus ones that belong elsewhere or nowhere.
  const slots = fc.record(
    Object.fromEntries(
      [...declared, { name: 'activity', type: 'ActivityName' }, { name: 'exercise', type: 'ExerciseName' }, { name: 'bogus', type: 'Bogus' }].map((slot) => [
        slot.name,
        slotArbitrary(slot.name, slot.type),
      ]),
    ),
    { requiredKeys: [] },
  );
  return fc.record({ name: usually(fc.constant(name)), confirmationStatus: fc.constant('NONE'), slots: usually(slots) }, { requiredKeys: ['name'] });
});

const date = usually(fc.constantFrom('2026-11-24', '2026-11-23', '2026-11-25', '2025-01-01', '2026-02-30', 'today'));
const week = usually(fc.constantFrom('2026-W48', '2026-W47', '2026-W53', '2026-W00', '2020-W53', 'W48'));

/** Speech for "repeat" to say again: the skill's own SSML, and what it must refuse (foreign tags, long breaks, too big). */
const replayed = fc.constantFrom(
  'Today is a <sub alias="hit">HIIT</sub> day. <break time="500ms"/> Want to start?',
  'Tom &amp; Jerry. What next?',
  'x'.repeat(4_000),
  'x'.repeat(4_001),
  '中'.repeat(1_333),
  '中'.repeat(1_334),
  'x'.repeat(8_000),
  '<audio src="https://example.com/a.mp3"/>',
  '<amazon:whisper>psst</amazon:whisper>',
  '<speak>nested</speak>',
  '&bogus;',
  '<break time="10001ms"/>',
  '<break time="99999ms"/>',
  'a "quoted" word',
  'bell\u0007',
  'lone \ud800 surrogate',
  'back\\slash',
);

/** Whatever a session may carry back: the skill's own attributes, crafted ones, and off-by-one values. */
const attributes = fc.record(
  {
    noticeGiven: usually(fc.boolean()),
    profileLoaded: usually(fc.boolean()),
    level: usually(fc.constantFrom(...LEVELS, 'olympic')),
    restDay: usually(fc.integer({ min: 0, max: 8 })),
    lastLog: usually(
      fc.record(
        {
          week,
          weekday: usually(fc.integer({ min: 1, max: 7 })),
          activity: usually(fc.constantFrom(...ACTIVITIES, 'yoga')),
          minutes: usually(fc.integer({ min: -1, max: 700 })),
          extraSteps: usually(fc.integer({ min: -1, max: 200_000 })),
          requestId: usually(fc.constantFrom(REPEATED_REQUEST_ID, 'amzn1.echo-api.request.crafted', 'x'.repeat(201))),
        },
        { requiredKeys: ['week', 'weekday', 'activity', 'requestId'] },
      ),
    ),
    workout: usually(
      fc.record(
        {
          sessionId: usually(fc.constantFrom(...Object.keys(SESSIONS), 'strength-z', 'toString')),
          index: usually(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(-1, 1.5, 200))),
          date,
          levels: usually(fc.constantFrom('bbbbb', 'biaab', 'a', '', 'x')),
          done: usually(fc.constantFrom('0', '1f', 'f'.repeat(50), 'zz')),
          familiar: usually(fc.oneof(fc.integer({ min: -1, max: 40 }), fc.constant(0.5))),
          paused: usually(fc.boolean()),
        },
        { requiredKeys: ['sessionId', 'index', 'date'] },
      ),
    ),
    howTo: usually(
      fc.record({ exerciseId: usually(fc.constantFrom(...exerciseIds, 'nope', 'constructor')), step: usually(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(-1, 99, 100, 2.5))) }, { requiredKeys: ['exerciseId', 'step'] }),
    ),
    offer: usually(
      fc.record(
        {
          kind: usually(
            fc.constantFrom('howTo', 'day', 'tips', 'plan', 'today', 'pickExercise', 'confirmReset', 'confirmDelete', 'resumeWorkout', 'startWorkout', 'bogus', 'constructor'),
          ),
          exerciseId: usually(fc.constantFrom(...exerciseIds, 'nope', '')),
          date,
          topic: usually(fc.constantFrom('diet', 'lifestyle', 'avoid', 'gossip')),
          from: usually(fc.integer({ min: -5, max: 60 })),
        },
        { requiredKeys: ['kind'] },
      ),
    ),
    last: usually(fc.record({ speech: usually(replayed), reprompt: usually(replayed) }, { requiredKeys: [] })),
    extra: garbage,
  },
  { requiredKeys: [] },
);

const REQUEST_TYPES = [
  'IntentRequest',
  'LaunchRequest',
  'SessionEndedRequest',
  'Alexa.Presentation.APL.UserEvent',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'Messaging.MessageReceived',
  'CanFulfillIntentRequest',
  'System.ExceptionEncountered',
  'Connections.Response',
  'Dialog.API.Invoked',
  'Made.Up.Request',
];

const locale = usually(
  fc.constantFrom('en-US', 'en-US', 'en-US', 'en-GB', 'en-IN', 'de-DE', 'ja-JP', 'EN-us', 'en', 'en_US', 'x', '', '-', 'en-US-u-ca-buddhist', 'zh-Hant-TW', ...PROTOTYPE_KEYS),
);

let nextRequest = 0;

/** A request addressed to the skill (the right applicationId); everything else may be missing or wrong. */
export function addressedEnvelope(apiEndpoint: string): fc.Arbitrary<RequestEnvelope> {
  return fc
    .record({
      type: fc.oneof({ arbitrary: fc.constantFrom(...REQUEST_TYPES), weight: 2 }, { arbitrary: fc.constant('IntentRequest'), weight: 5 }, { arbitrary: garbage, weight: 1 }),
      intent: usually(intent),
      locale,
      requestId: fc.oneof({ arbitrary: fc.constant('fresh'), weight: 8 }, { arbitrary: fc.constant(REPEATED_REQUEST_ID), weight: 1 }, { arbitrary: garbage, weight: 1 }),
      timestamp: usually(fc.constant('2026-11-24T15:00:00Z')),
      reason: usually(fc.constantFrom('USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR')),
      error: garbage,
      arguments: usually(fc.constantFrom(['next'], ['repeat'], ['other'], [])),
      user: usually(fc.constantFrom(...USERS)),
      sessionUser: usually(fc.constantFrom(...USERS)),
      device: usually(fc.constantFrom(...DEVICES)),
      supportedInterfaces: usually(fc.constantFrom({}, { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } }, { 'Alexa.Presentation.APL': null })),
      apiEndpoint: fc.oneof({ arbitrary: fc.constant(apiEndpoint), weight: 6 }, { arbitrary: fc.constantFrom('not a url', 'http://127.0.0.1:1', '', 'ftp://x'), weight: 1 }, { arbitrary: garbage, weight: 1 }),
      apiAccessToken: usually(fc.constant(ACCESS_TOKEN)),
      sessionNew: usually(fc.boolean()),
      attributes: fc.option(usually(attributes), { nil: undefined }),
      /** Parts left out entirely. */
      omit: sometimes(fc.subarray(['session', 'session.user', 'context.System.user', 'context.System.device', 'request', 'request.locale', 'request.requestId', 'request.intent.slots', 'context.System.apiEndpoint'] as const, { maxLength: 2 })),
      /** Parts of the right shape's parents replaced whole. */
      replace: sometimes(fc.array(fc.tuple(fc.constantFrom('session', 'session.user', 'context.System.user', 'context.System.device', 'request', 'request.intent', 'context.Viewport', 'version'), garbage), { maxLength: 1 })),
    })
    .map((parts) => {
      nextRequest += 1;
      const envelope = asJson({
        version: '1.0',
        session: {
          new: parts.sessionNew,
          sessionId: 'amzn1.echo-api.session.fuzz',
          application: { applicationId: SKILL_ID },
          user: { userId: parts.sessionUser },
          ...(parts.attributes !== undefined && { attributes: parts.attributes }),
        },
        context: {
          System: {
            application: { applicationId: SKILL_ID },
            user: { userId: parts.user },
            device: { deviceId: parts.device, supportedInterfaces: parts.supportedInterfaces },
            apiEndpoint: parts.apiEndpoint,
            apiAccessToken: parts.apiAccessToken,
          },
        },
        request: {
          type: parts.type,
          requestId: parts.requestId === 'fresh' ? `amzn1.echo-api.request.fuzz-${nextRequest}` : parts.requestId,
          timestamp: parts.timestamp,
          locale: parts.locale,
          ...(parts.type === 'IntentRequest' && { intent: parts.intent, dialogState: 'COMPLETED' }),
          ...(parts.type === 'CanFulfillIntentRequest' && { intent: parts.intent }),
          ...(parts.type === 'SessionEndedRequest' && { reason: parts.reason, error: parts.error }),
          ...(parts.type === 'Alexa.Presentation.APL.UserEvent' && { arguments: parts.arguments }),
        },
      });
      for (const path of parts.omit) setPath(envelope, path, undefined);
      for (const [path, value] of parts.replace) setPath(envelope, path, value);
      // Typed as what the skill is declared to take; the point is that it often isn't.
      return asJson(envelope) as unknown as RequestEnvelope;
    });
}

/** The same requests, sent to this skill by mistake or by someone else: wrong, missing or malformed application ids. */
export function misaddressedEnvelope(apiEndpoint: string): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      addressedEnvelope(apiEndpoint),
      fc.oneof(
        fc.constantFrom('context', 'context.System', 'context.System.application', 'context.System.application.applicationId').map((path) => [path, undefined] as const),
        fc.tuple(fc.constant('context.System.application.applicationId'), fc.oneof(garbage, fc.constantFrom(`${SKILL_ID} `, SKILL_ID.toUpperCase(), 'amzn1.ask.skill.other'))),
        fc.tuple(fc.constantFrom('context', 'context.System', 'context.System.application'), garbage),
      ),
    )
    .filter(([, [path, value]]) => !(path.endsWith('applicationId') && value === SKILL_ID))
    .map(([envelope, [path, value]]) => {
      const copy = asJson(envelope);
      setPath(copy, path, value);
      return asJson(copy);
    });
}

/** A Lambda event is parsed JSON: no undefined, no NaN, nothing shared with the generated values (which must stay as they were). */
function asJson(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** Sets (or with undefined, deletes) a dotted path; a parent that is not an object leaves the envelope as it is. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: unknown = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) return;
  const last = keys[keys.length - 1] ?? '';
  if (value === undefined) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
}

/** The ids a request names for its user, where the store may key its writes. */
export function namedUsers(envelope: unknown): { context?: string; session?: string } {
  const e = envelope as { context?: { System?: { user?: { userId?: unknown } } }; session?: { user?: { userId?: unknown } } } | null;
  const context = e?.context?.System?.user?.userId;
  const session = e?.session?.user?.userId;
  return {
    ...(typeof context === 'string' && context !== '' && { context }),
    ...(typeof session === 'string' && session !== '' && { session }),
  };
}
