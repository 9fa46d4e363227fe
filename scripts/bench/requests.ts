import type { RequestEnvelope, Slot, SupportedInterfaces } from 'ask-sdk-model';
import { type Conversation, type DeviceProfile, type Turn, intentRequest, newRequestId, newSessionId, resolvedSlot as slotFor } from '../sim/envelope';

export const BENCH_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-00000000bench';
/** The token the local Settings API expects (its default). */
export const BENCH_ACCESS_TOKEN = 'local-access-token';

/** A listener on a headless speaker; user `n` talks through device `n`. */
export function benchDevice(apiEndpoint: string, user: string | number, device: string | number = user): DeviceProfile {
  return {
    skillId: BENCH_SKILL_ID,
    userId: `amzn1.ask.account.BENCH-${user}`,
    deviceId: `amzn1.ask.device.BENCH-${device}`,
    apiEndpoint,
    apiAccessToken: BENCH_ACCESS_TOKEN,
    locale: 'en-US',
    supportedInterfaces: {} as SupportedInterfaces,
  };
}

/** A custom slot for the bench skill, once entity resolution matched `id`. */
export function resolvedSlot(name: string, type: string, id: string): Slot {
  return slotFor(BENCH_SKILL_ID, name, type, id);
}

const howToSuperman = { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') };
const strength = { activity: resolvedSlot('activity', 'ActivityName', 'strength') };
const walk = { activity: resolvedSlot('activity', 'ActivityName', 'walk') };

/** The first request of a new session, as Alexa sends it. */
function firstRequest(device: DeviceProfile, name: string, slots: Parameters<typeof intentRequest>[2]): RequestEnvelope {
  return intentRequest({ ...device, sessionId: newSessionId(), newSession: true, requestId: newRequestId() }, name, slots);
}

/** A request later in a session whose first request read the profile: it answers from what the session carries. */
function laterRequest(device: DeviceProfile, name: string, slots: Parameters<typeof intentRequest>[2]): RequestEnvelope {
  const attributes = { noticeGiven: true, profileLoaded: true };
  return intentRequest({ ...device, sessionId: newSessionId(), newSession: false, attributes, requestId: newRequestId() }, name, slots);
}

/**
 * The cold-start requests: one that needs only content (later in a session), a one-shot question (a session's first
 * request, which reads the profile once: the notice and the user's level), one that needs the store (a write).
 */
export const coldRequests = {
  content: (device: DeviceProfile) => laterRequest(device, 'ExerciseHowToIntent', howToSuperman),
  oneShot: (device: DeviceProfile) => firstRequest(device, 'ExerciseHowToIntent', howToSuperman),
  progress: (device: DeviceProfile) => firstRequest(device, 'LogActivityIntent', strength),
  /** The same user's next log: another activity, as a second log of the same one asks first whether it is meant. */
  nextProgress: (device: DeviceProfile) => firstRequest(device, 'LogActivityIntent', walk),
  expectContent: /Here's how to do the superman/i,
  expectProgress: /^Logged /,
} as const;

export interface BenchRequest {
  readonly name: string;
  /** Content requests read the profile once, as a session's first request, and write nothing (returning users). */
  readonly kind: 'content' | 'store';
  /** 'new': a user the store has never seen (first visit); 'returning': one with a profile and logs this week. */
  readonly user: 'new' | 'returning';
  /** Earlier turns of the same session that this request needs (not timed, not counted). */
  readonly before?: (chat: Conversation) => Promise<unknown>;
  readonly send: (chat: Conversation) => Promise<Turn>;
  /** What the answer must say, so an error path is never mistaken for the request measured. */
  readonly expect: RegExp;
}

/** Every request type measured warm, each the first of its session unless it needs earlier turns. */
export const WARM_REQUESTS: readonly BenchRequest[] = [
  { name: 'ExerciseHowToIntent', kind: 'content', user: 'returning', send: (chat) => chat.intent('ExerciseHowToIntent', howToSuperman), expect: /how to do the superman/i },
  { name: 'ExerciseListIntent', kind: 'content', user: 'returning', send: (chat) => chat.intent('ExerciseListIntent'), expect: /I can teach/ },
  { name: 'StubbornFatIntent', kind: 'content', user: 'returning', send: (chat) => chat.intent('StubbornFatIntent'), expect: /genetics/ },
  { name: 'DietTipsIntent', kind: 'content', user: 'returning', send: (chat) => chat.intent('DietTipsIntent'), expect: /calorie deficit/ },
  { name: 'AMAZON.HelpIntent', kind: 'content', user: 'returning', send: (chat) => chat.intent('AMAZON.HelpIntent'), expect: /lower back coach/ },
  { name: 'LaunchRequest (first visit)', kind: 'store', user: 'new', send: (chat) => chat.launch(), expect: /Welcome to Back Coach/ },
  { name: 'LaunchRequest (returning)', kind: 'store', user: 'returning', send: (chat) => chat.launch(), expect: /Welcome back/ },
  { name: 'WorkoutForDayIntent', kind: 'store', user: 'returning', send: (chat) => chat.intent('WorkoutForDayIntent'), expect: /^Today is/ },
  { name: 'WeeklyPlanIntent', kind: 'store', user: 'returning', send: (chat) => chat.intent('WeeklyPlanIntent'), expect: /Here's your week/ },
  // A user's first strength log of the day: a second one asks whether it is meant before it writes.
  { name: 'LogActivityIntent', kind: 'store', user: 'new', send: (chat) => chat.intent('LogActivityIntent', strength), expect: /Logged your strength session/ },
  { name: 'FinishedTodayIntent', kind: 'store', user: 'new', send: (chat) => chat.intent('FinishedTodayIntent'), expect: /Logged/ },
  { name: 'WeeklyProgressIntent', kind: 'store', user: 'returning', send: (chat) => chat.intent('WeeklyProgressIntent'), expect: /This week:/ },
  {
    name: 'SetLevelIntent',
    kind: 'store',
    user: 'returning',
    send: (chat) => chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'intermediate') }),
    expect: /Got it: intermediate/,
  },
  {
    name: 'UndoIntent (after a log)',
    kind: 'store',
    user: 'new',
    before: (chat) => chat.intent('LogActivityIntent', strength),
    send: (chat) => chat.intent('UndoIntent'),
    expect: /Done\. I took that off\./,
  },
  {
    name: 'AMAZON.YesIntent (reset the week)',
    kind: 'store',
    // A new user, so resetting does not wipe the week the other requests read.
    user: 'new',
    before: (chat) => chat.intent('ResetWeekIntent'),
    send: (chat) => chat.intent('AMAZON.YesIntent'),
    expect: /clean slate/,
  },
  { name: 'StartWorkoutIntent', kind: 'store', user: 'returning', send: (chat) => chat.intent('StartWorkoutIntent'), expect: /^Today is/ },
  {
    name: 'AMAZON.NextIntent (in a workout)',
    kind: 'store',
    user: 'returning',
    before: (chat) => chat.intent('StartWorkoutIntent'),
    send: (chat) => chat.intent('AMAZON.NextIntent'),
    // The first step depends on the day's plan; the error handler's log, not the words, catches a failure here.
    expect: /\w/,
  },
];
