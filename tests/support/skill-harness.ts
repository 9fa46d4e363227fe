import type { RequestEnvelope, ResponseEnvelope, Slot, SupportedInterfaces } from 'ask-sdk-model';
import { expect } from 'vitest';
import type { SkillDependencies } from '../../lambda/dependencies';
import { translator } from '../../lambda/locales';
import { jsonLogger } from '../../lambda/services/logger';
import { alexaReminders } from '../../lambda/services/reminders';
import { settingsApiTimeZone } from '../../lambda/services/time-zone';
import { buildSkill } from '../../lambda/skill';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import { type AlexaApiServer, startAlexaApiServer } from '../../scripts/sim/alexa-api-server';
import { Conversation, type DeviceProfile, type Turn, resolvedSlot as slotFor, unmatchedSlot as noMatchFor } from '../../scripts/sim/envelope';
import { type MemoryProgressStore, memoryProgressStore } from '../../scripts/sim/memory-store';
import { speechToText } from '../../scripts/sim/speech-text';
import { expectValidSsml } from './ssml';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';
export const ACCESS_TOKEN = 'local-access-token';

export interface HarnessOptions {
  /** The instant requests arrive; Tuesday 24 November 2026, mid-morning in New York, by default. */
  readonly now?: string;
  readonly timeZone?: string;
  readonly skillId?: string;
  /** Where the skill keeps progress: a fresh in-memory store unless given one (to share it between harnesses). */
  readonly store?: MemoryProgressStore;
  /** Laid over the harness's own, the store included (a DynamoDB store pointed at a fault, say). */
  readonly dependencies?: Partial<SkillDependencies>;
}

export interface Harness {
  readonly api: AlexaApiServer;
  /** The in-memory store the skill runs on, unless `dependencies.store` replaced it: seed it, read it, or make it fail. */
  readonly store: MemoryProgressStore;
  readonly logs: string[];
  readonly handler: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
  setNow(iso: string): void;
  device(overrides?: Partial<DeviceProfile>): DeviceProfile;
  conversation(overrides?: Partial<DeviceProfile>): Conversation;
  close(): Promise<void>;
}

let users = 0;

/**
 * The real skill, built as index.ts builds it, with a fixed clock, a still rng, the Settings API on 127.0.0.1 and
 * progress in memory (held to the DynamoDB store's contract by tests/support/progress-store-contract.ts).
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = await startAlexaApiServer({ defaultTimeZone: options.timeZone ?? 'America/New_York', accessToken: ACCESS_TOKEN });
  const logs: string[] = [];
  const store = options.store ?? memoryProgressStore();
  let now = new Date(options.now ?? '2026-11-24T15:00:00Z');
  const log = jsonLogger((line) => logs.push(line));
  const skill = buildSkill({
    now: () => now,
    rng: () => 0,
    timeZoneOf: settingsApiTimeZone({ log, freshForMs: 0 }),
    log,
    store,
    skillId: options.skillId ?? SKILL_ID,
    reminders: alexaReminders({ log }),
    ...options.dependencies,
  });
  const handler = (event: RequestEnvelope) => skill.invoke(event, {});
  const device = (overrides: Partial<DeviceProfile> = {}): DeviceProfile => {
    users += 1;
    return {
      skillId: SKILL_ID,
      userId: `amzn1.ask.account.TEST${users}`,
      deviceId: `amzn1.ask.device.TEST${users}`,
      apiEndpoint: api.endpoint,
      apiAccessToken: ACCESS_TOKEN,
      locale: 'en-US',
      supportedInterfaces: {} as SupportedInterfaces,
      ...overrides,
    };
  };
  return {
    api,
    store,
    logs,
    handler,
    setNow: (iso) => {
      now = new Date(iso);
    },
    device,
    conversation: (overrides) => new Conversation({ handler, device: device(overrides), clock: () => now }),
    close: () => api.close(),
  };
}

/** What the listener hears, as plain text. */
export function spoken(turn: Turn): string {
  return speechToText(turn.response.response.outputSpeech);
}

export function reprompted(turn: Turn): string {
  return speechToText(turn.response.response.reprompt?.outputSpeech);
}

export function ssmlOf(turn: Turn): string {
  const speech = turn.response.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

/**
 * The rules every answer keeps: valid SSML, a reprompt whenever the session stays open, and no more than
 * about 30 seconds of speech unless the user asked for everything at once.
 */
export async function expectWellFormed(turn: Turn, { maxSeconds = 30, endsOnQuestion = true }: { maxSeconds?: number; endsOnQuestion?: boolean } = {}): Promise<void> {
  const { response } = turn.response;
  const { locale } = turn.request.request;
  if (response.outputSpeech) await expectValidSsml(ssmlOf(turn), locale);
  if (response.shouldEndSession === false) {
    expect(response.reprompt?.outputSpeech, 'an open session needs a reprompt').toBeDefined();
    const reprompt = response.reprompt?.outputSpeech;
    if (reprompt?.type === 'SSML') await expectValidSsml(reprompt.ssml, locale);
    // Mid-workout, a turn may end on what to say instead ("Say next when you're ready for set 2.").
    expect(spoken(turn), 'an open session ends on a question').toMatch(endsOnQuestion ? /\?$/ : /[?.!]$/);
  }
  // The one-time notice rides on top of the answer it precedes.
  const notice = translator(locale).t('notice');
  const allowance = spoken(turn).includes(notice) ? estimateSpeechSeconds(notice) : 0;
  expect(estimateSpeechSeconds(ssmlOf(turn)), spoken(turn)).toBeLessThanOrEqual(maxSeconds + allowance);
}

/** A custom slot as Alexa sends it for the test skill, once entity resolution matched `id`. */
export function resolvedSlot(name: string, type: string, id: string, said?: string): Slot {
  return slotFor(SKILL_ID, name, type, id, said);
}

/** A custom slot for the test skill whose words matched no value (ER_SUCCESS_NO_MATCH). */
export function unmatchedSlot(name: string, type: string, said: string): Slot {
  return noMatchFor(SKILL_ID, name, type, said);
}
