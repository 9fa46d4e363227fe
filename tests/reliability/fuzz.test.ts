import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_BREAK_MS } from '../../lambda/speech/ssml';
import { type DynamoProgressStore, dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { userKey } from '../../lambda/store/user-key';
import { type StoreCall, countingStore, isWrite } from '../../scripts/sim/counting-store';
import { createProgressTable, localStoreClient } from '../support/dynamo';
import { type Harness, startHarness } from '../support/skill-harness';
import { addressedEnvelope, misaddressedEnvelope, namedUsers } from './envelopes';

/**
 * Random and malformed envelopes through the real skill, on DynamoDB Local. A failure prints fast-check's seed and
 * path; replay it with `FC_SEED=<seed> npx vitest run tests/reliability/fuzz.test.ts`.
 */
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
/** Alexa's limits: 8,000 characters of speech, 24 KB for the whole response. */
const MAX_SPEECH_CHARS = 8_000;
const MAX_RESPONSE_BYTES = 24 * 1024;

let harness: Harness;
let store: DynamoProgressStore;
let calls: StoreCall[];
const writes = () => calls.filter(isWrite);

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  store = dynamoProgressStore({ tableName: await createProgressTable(endpoint, 'fuzz'), client: localStoreClient(endpoint) });
  const counting = countingStore(store);
  calls = counting.calls;
  harness = await startHarness({ dependencies: { store: counting.store } });
});
afterAll(async () => {
  await harness?.close();
  await store?.destroy();
});

/** What Alexa accepts as speech: SSML its checker passes, within the length and break limits. */
async function expectSpeakable(speech: ui.OutputSpeech | undefined, where: string): Promise<void> {
  expect(speech?.type, `${where} is SSML`).toBe('SSML');
  const ssml = speech?.type === 'SSML' ? speech.ssml : '';
  expect(typeof ssml, where).toBe('string');
  expect(ssml.length, `${where} within Alexa's limit`).toBeLessThanOrEqual(MAX_SPEECH_CHARS);
  // XML has no place for control characters or half a surrogate pair; the SSML checker does not look for them.
  expect(ssml, `${where} holds only characters XML allows`).not.toMatch(/[\p{Cc}\p{Cs}]/u);
  expect((await check(ssml, { platform: 'amazon', locale: 'en-US' })) ?? [], `${where} is valid SSML: ${ssml.slice(0, 300)}`).toEqual([]);
  for (const match of ssml.matchAll(/<break\s+time="(\d+)ms"/g)) expect(Number(match[1]), where).toBeLessThanOrEqual(MAX_BREAK_MS);
}

/** The envelope Alexa needs back: version 1.0, a response object, speech it can say, and a reprompt whenever the mic stays open. */
async function expectValidAnswer(request: RequestEnvelope, envelope: ResponseEnvelope): Promise<void> {
  expect(envelope.version).toBe('1.0');
  expect(typeof envelope.response === 'object' && envelope.response !== null && !Array.isArray(envelope.response)).toBe(true);
  const { response } = envelope;
  if (response.outputSpeech) await expectSpeakable(response.outputSpeech, 'speech');
  if (response.reprompt) await expectSpeakable(response.reprompt.outputSpeech, 'reprompt');
  if (response.shouldEndSession === false) expect(response.reprompt?.outputSpeech, 'an open session has a reprompt').toBeDefined();
  // Alexa accepts no speech in reply to a session that has already ended.
  if (request.request?.type === 'SessionEndedRequest') expect(response.outputSpeech).toBeUndefined();
  expect(Buffer.byteLength(JSON.stringify(envelope)), 'response within 24 KB').toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
}

describe('requests addressed to the skill, however malformed', () => {
  it('always get a valid answer, never the error fallback, and only ever write to the requesting user', async () => {
    await fc.assert(
      fc.asyncProperty(addressedEnvelope(harness.api.endpoint), async (request) => {
        const logsBefore = harness.logs.length;
        const writesBefore = writes().length;
        const callsBefore = calls.length;
        const envelope = await harness.handler(request);
        await expectValidAnswer(request, envelope);
        if (request.request?.type === 'CanFulfillIntentRequest') {
          // A name-free check only answers whether the skill could: it says nothing and never reaches the store.
          expect(envelope.response.outputSpeech).toBeUndefined();
          expect(calls.slice(callsBefore)).toEqual([]);
        }
        const failures = harness.logs.slice(logsBefore).filter((line) => line.includes('"request failed"'));
        expect(failures, 'no request falls through to the error handler').toEqual([]);
        const { context, session } = namedUsers(request);
        // The context names the user authoritatively; only a request without one may fall back to the session's.
        const owner = context ?? session;
        for (const write of writes().slice(writesBefore)) {
          expect(owner, `${write.method} for a request that names no user`).toBeDefined();
          expect(write.userKey, write.method).toBe(userKey(owner!));
        }
      }),
      { numRuns: 1_000, seed },
    );
    expect(writes().length, 'the runs reached the store').toBeGreaterThan(20);
    expect(harness.logs.join('\n'), 'logs never name a user').not.toMatch(/amzn1\.ask\.account|USER#/);
  });
});

describe('requests for another skill', () => {
  it('are rejected before anything is read, written or looked up', async () => {
    await fc.assert(
      fc.asyncProperty(misaddressedEnvelope(harness.api.endpoint), async (request) => {
        const before = { calls: calls.length, api: harness.api.requests };
        await expect(harness.handler(request as RequestEnvelope)).rejects.toThrow();
        expect(calls.slice(before.calls), 'no store call').toEqual([]);
        expect(harness.api.requests, 'no Settings API call').toBe(before.api);
      }),
      { numRuns: 150, seed },
    );
  });

  it('including whatever arrives that is not an envelope at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (request) => {
        const before = calls.length;
        await expect(harness.handler(request as unknown as RequestEnvelope)).rejects.toThrow();
        expect(calls.length).toBe(before);
      }),
      { numRuns: 100, seed },
    );
  });
});
