import { EventEmitter } from 'node:events';
import type { ClientRequest } from 'node:http';
import https from 'node:https';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { type MockInstance, afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLogger } from '../../lambda/services/logger';
import { buildSkill } from '../../lambda/skill';
import type { ProgressStore } from '../../lambda/store/progress-store';
import { type EnvelopeOptions, alexaTimestamp, launchRequest, newSessionId } from '../../scripts/sim/envelope';
import { speechToText } from '../../scripts/sim/speech-text';
import { type RunningServer, type SkillServerOptions, createSkillServer, listen } from '../../scripts/sim/skill-server';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';
const USER_ID = 'amzn1.ask.account.SERVETEST';
const AMAZON_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';
/** A refusal must come well inside Alexa's 8 s; every test here ends by then or fails. */
const BOUND_MS = 5_000;

/** A store that only counts: any call means a request got past the checks and into the skill. */
function countingStore(): ProgressStore & { calls: string[] } {
  const calls: string[] = [];
  const count = (name: string) => calls.push(name);
  return {
    calls,
    warm: () => undefined,
    history: async () => (count('history'), { weeks: [] }),
    recordActivity: async () => (count('recordActivity'), { outcome: 'recorded' }),
    undoActivity: async () => (count('undoActivity'), 'not-found'),
    saveWorkout: async () => void count('saveWorkout'),
    updateProfile: async () => void count('updateProfile'),
    resetWeek: async () => void count('resetWeek'),
    deleteUser: async () => (count('deleteUser'), 0),
  };
}

interface Served {
  readonly running: RunningServer;
  readonly store: ReturnType<typeof countingStore>;
  readonly invoke: MockInstance<Skill['invoke']>;
  readonly logs: string[];
}

let servers: RunningServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.map((server) => server.close(0)));
  servers = [];
});

/** The real skill behind the real server on a free loopback port, with a counting store and a spy on dispatch. */
async function serve(options: Omit<SkillServerOptions, 'skill' | 'log'> = {}): Promise<Served> {
  const store = countingStore();
  const logs: string[] = [];
  const log = jsonLogger((line) => logs.push(line));
  const skill: Skill = buildSkill({ now: () => new Date(), rng: () => 0, timeZoneOf: async () => 'UTC', log, store, skillId: SKILL_ID });
  const invoke = vi.spyOn(skill, 'invoke');
  const running = await listen(createSkillServer({ skill, log, ...options }), { port: 0 });
  servers.push(running);
  return { running, store, invoke, logs };
}

function launch(overrides: Partial<EnvelopeOptions> = {}): RequestEnvelope {
  return launchRequest({
    skillId: SKILL_ID,
    userId: USER_ID,
    deviceId: 'amzn1.ask.device.SERVETEST',
    apiEndpoint: 'https://api.amazonalexa.com',
    apiAccessToken: 'token',
    locale: 'en-US',
    supportedInterfaces: {},
    sessionId: newSessionId(),
    newSession: true,
    ...overrides,
  });
}

async function post(running: RunningServer, envelope: RequestEnvelope, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${running.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(envelope),
    signal: AbortSignal.timeout(BOUND_MS),
  });
  return { status: response.status, text: await response.text(), ms: performance.now() - started };
}

/** What Node's https.get hands back when the network swallows the request: it never answers nor fails. */
function silentRequest(): ClientRequest {
  return Object.assign(new EventEmitter(), { end: () => undefined }) as unknown as ClientRequest;
}

/** Adapter 2.14 checks only Signature-256 (SHA-256); Alexa also still sends the SHA-1 `Signature`, ignored here. */
const garbageSignature = (certUrl: string) => ({
  'Signature-256': Buffer.from('not a signature').toString('base64'),
  Signature: Buffer.from('not a signature').toString('base64'),
  SignatureCertChainUrl: certUrl,
});

describe('with signature and timestamp verification on (the default)', () => {
  it('refuses a request without signature headers before the skill runs', { timeout: BOUND_MS }, async () => {
    const { running, store, invoke, logs } = await serve();
    const answer = await post(running, launch());
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/Missing Certificate/);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
    expect(logs.map((line) => JSON.parse(line))).toContainEqual(expect.objectContaining({ message: 'request refused', check: 'signature' }));
  });

  it.each([
    ['a host other than Amazon’s', 'https://evil.example.com/echo.api/cert.pem', /invalid host name: evil\.example\.com/],
    ['plain http', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem', /unsupported protocol http:/],
    ['a path outside /echo.api/', 'https://s3.amazonaws.com/evil/echo-api-cert.pem', /invalid path/],
    ['a port other than 443', 'https://s3.amazonaws.com:8443/echo.api/echo-api-cert.pem', /invalid port: 8443/],
  ])('refuses a certificate URL with %s without fetching it', { timeout: BOUND_MS }, async (_, certUrl, reason) => {
    const get = vi.spyOn(https, 'get');
    const { running, store, invoke } = await serve();
    const answer = await post(running, launch(), garbageSignature(certUrl));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(reason);
    expect(get).not.toHaveBeenCalled();
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });

  it('refuses a wrongly signed request at once when Amazon’s certificate cannot be fetched', { timeout: BOUND_MS }, async () => {
    const get = vi.spyOn(https, 'get').mockImplementation(() => {
      const request = silentRequest();
      // As getaddrinfo fails with no network: the error comes after https.get returns.
      queueMicrotask(() => request.emit('error', Object.assign(new Error('getaddrinfo ENOTFOUND s3.amazonaws.com'), { code: 'ENOTFOUND' })));
      return request;
    });
    const { running, store, invoke } = await serve();
    const answer = await post(running, launch(), garbageSignature(AMAZON_CERT_URL));
    expect(get).toHaveBeenCalledWith(AMAZON_CERT_URL, expect.any(Function));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/ENOTFOUND/);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });

  it('refuses within the deadline when the certificate download never answers', { timeout: BOUND_MS }, async () => {
    const get = vi.spyOn(https, 'get').mockImplementation(silentRequest);
    const { running, store, invoke } = await serve({ signatureDeadlineMs: 300 });
    const answer = await post(running, launch(), garbageSignature(AMAZON_CERT_URL));
    expect(get).toHaveBeenCalledOnce();
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/longer than 300 ms/);
    expect(answer.ms).toBeGreaterThanOrEqual(250);
    expect(answer.ms).toBeLessThan(2_000);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });
});

describe('with signature verification off and timestamp verification on', () => {
  it('refuses a request stamped more than 150 s ago', { timeout: BOUND_MS }, async () => {
    const { running, store, invoke } = await serve({ verifySignature: false });
    const answer = await post(running, launch({ timestamp: alexaTimestamp(new Date(Date.now() - 151_000)) }));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/Timestamp verification failed/);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });

  it('answers a fresh request through the real skill, and logs no ids', { timeout: BOUND_MS }, async () => {
    const { running, store, invoke, logs } = await serve({ verifySignature: false });
    const answer = await post(running, launch());
    expect(answer.status).toBe(200);
    const envelope = JSON.parse(answer.text) as ResponseEnvelope;
    expect(envelope.version).toBe('1.0');
    expect(speechToText(envelope.response.outputSpeech)).toMatch(/^Welcome to Back Coach\./);
    expect(envelope.response.shouldEndSession).toBe(false);
    expect(invoke).toHaveBeenCalledOnce();
    expect(store.calls).toContain('history');
    expect(logs.map((line) => JSON.parse(line))).toContainEqual({ level: 'info', message: 'request', method: 'POST', path: '/', status: 200, ms: expect.any(Number) });
    expect(logs.join('\n')).not.toContain(USER_ID);
  });

  it('answers at /alexa as well', { timeout: BOUND_MS }, async () => {
    const { running } = await serve({ verifySignature: false });
    const response = await fetch(`${running.url}/alexa`, { method: 'POST', body: JSON.stringify(launch()), signal: AbortSignal.timeout(BOUND_MS) });
    expect(response.status).toBe(200);
  });

  it('lets the skill refuse a request for another skill', { timeout: BOUND_MS }, async () => {
    const { running, store } = await serve({ verifySignature: false });
    const answer = await post(running, launch({ skillId: 'amzn1.ask.skill.someone-else' }));
    // The adapter answers every dispatch failure with 500.
    expect(answer.status).toBe(500);
    expect(answer.text).toMatch(/ID verification failed/);
    expect(store.calls).toEqual([]);
  });

  it('refuses a body that is not JSON without quoting it in the log', { timeout: BOUND_MS }, async () => {
    const { running, invoke, logs } = await serve({ verifySignature: false });
    const response = await fetch(`${running.url}/`, { method: 'POST', body: `not json ${USER_ID}`, signal: AbortSignal.timeout(BOUND_MS) });
    expect(response.status).toBe(400);
    expect(invoke).not.toHaveBeenCalled();
    expect(logs.join('\n')).toContain('body is not JSON');
    expect(logs.join('\n')).not.toContain(USER_ID);
  });
});

describe('listening', () => {
  it('binds loopback by default and answers GET /health', { timeout: BOUND_MS }, async () => {
    const { running } = await serve();
    expect(running.address.address).toBe('127.0.0.1');
    expect(running.url).toBe(`http://127.0.0.1:${running.address.port}`);
    const health = await fetch(`${running.url}/health`, { signal: AbortSignal.timeout(BOUND_MS) });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});
