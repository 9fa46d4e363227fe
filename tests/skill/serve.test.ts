import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { ClientRequest } from 'node:http';
import https from 'node:https';
import { connect } from 'node:net';
import { promisify } from 'node:util';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { type MockInstance, afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLogger } from '../../lambda/services/logger';
import { buildSkill } from '../../lambda/skill';
import type { ProgressStore } from '../../lambda/store/progress-store';
import { countingStore } from '../../scripts/sim/counting-store';
import { type EnvelopeOptions, alexaTimestamp, launchRequest, newSessionId } from '../../scripts/sim/envelope';
import { memoryProgressStore } from '../../scripts/sim/memory-store';
import { speechToText } from '../../scripts/sim/speech-text';
import {
  type ConnectionLimits,
  type RunningServer,
  type SkillServerOptions,
  createSkillServer,
  listen,
} from '../../scripts/sim/skill-server';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';
const USER_ID = 'amzn1.ask.account.SERVETEST';
const AMAZON_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';
/** A refusal must come well inside Alexa's 8 s; every test here ends by then or fails. */
const BOUND_MS = 5_000;

/** The in-memory store, counted: any call means a request got past the checks and into the skill. */
function counted(): { store: ProgressStore; readonly calls: string[] } {
  const { store, calls } = countingStore(memoryProgressStore());
  return {
    store,
    get calls() {
      return calls.map((call) => call.method);
    },
  };
}

interface Served {
  readonly running: RunningServer;
  readonly store: ReturnType<typeof counted>;
  readonly invoke: MockInstance<Skill['invoke']>;
  readonly logs: string[];
}

let servers: RunningServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.map((server) => server.close(0)));
  servers = [];
});

/**
 * The real skill behind the real server on a free loopback port, with a counting store and a spy on dispatch. The
 * server answers SKILL_ID's requests only, as `npm run serve` does, unless a test says otherwise.
 */
async function serve(options: Omit<SkillServerOptions, 'skill' | 'log'> = {}, limits: Partial<ConnectionLimits> = {}): Promise<Served> {
  const store = counted();
  const logs: string[] = [];
  const log = jsonLogger((line) => logs.push(line));
  const skill: Skill = buildSkill({ now: () => new Date(), rng: () => 0, timeZoneOf: async () => 'UTC', log, store: store.store, skillId: SKILL_ID });
  const invoke = vi.spyOn(skill, 'invoke');
  const running = await listen(createSkillServer({ skill, log, skillId: SKILL_ID, ...options }), { port: 0, limits });
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

async function post(running: RunningServer, envelope: RequestEnvelope | string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${running.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof envelope === 'string' ? envelope : JSON.stringify(envelope),
    signal: AbortSignal.timeout(BOUND_MS),
  });
  return { status: response.status, text: await response.text(), headers: response.headers, ms: performance.now() - started };
}

/** A refusal says only its status's fixed words, as plain text a browser will not sniff into a page. */
function expectRefusal(answer: Awaited<ReturnType<typeof post>>, status: number, words: string) {
  expect(answer.status).toBe(status);
  expect(answer.text).toBe(words);
  expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
}

const refusedFor = (logs: readonly string[], check: string) =>
  logs.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'request refused' && entry.check === check);

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
    expectRefusal(answer, 400, 'Bad request');
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
    expect(refusedFor(logs, 'signature')).toEqual([expect.objectContaining({ reason: expect.stringMatching(/Missing Certificate/) })]);
  });

  it.each([
    ['a host other than Amazon’s', 'https://evil.example.com/echo.api/cert.pem', /invalid host name: evil\.example\.com/],
    ['plain http', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem', /unsupported protocol http:/],
    ['a path outside /echo.api/', 'https://s3.amazonaws.com/evil/echo-api-cert.pem', /invalid path/],
    ['a port other than 443', 'https://s3.amazonaws.com:8443/echo.api/echo-api-cert.pem', /invalid port: 8443/],
  ])('refuses a certificate URL with %s without fetching it', { timeout: BOUND_MS }, async (_, certUrl, reason) => {
    const get = vi.spyOn(https, 'get');
    const { running, store, invoke, logs } = await serve();
    const answer = await post(running, launch(), garbageSignature(certUrl));
    expectRefusal(answer, 400, 'Bad request');
    expect(refusedFor(logs, 'signature')).toEqual([expect.objectContaining({ reason: expect.stringMatching(reason) })]);
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
    const { running, store, invoke, logs } = await serve();
    const answer = await post(running, launch(), garbageSignature(AMAZON_CERT_URL));
    expect(get).toHaveBeenCalledWith(AMAZON_CERT_URL, expect.any(Function));
    expectRefusal(answer, 400, 'Bad request');
    expect(refusedFor(logs, 'signature')).toEqual([expect.objectContaining({ reason: expect.stringMatching(/ENOTFOUND/) })]);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });

  it('refuses within the deadline when the certificate download never answers', { timeout: BOUND_MS }, async () => {
    const get = vi.spyOn(https, 'get').mockImplementation(silentRequest);
    const { running, store, invoke, logs } = await serve({ signatureDeadlineMs: 300 });
    const answer = await post(running, launch(), garbageSignature(AMAZON_CERT_URL));
    expect(get).toHaveBeenCalledOnce();
    expectRefusal(answer, 400, 'Bad request');
    expect(refusedFor(logs, 'signature')).toEqual([expect.objectContaining({ reason: 'signature check took longer than 300 ms' })]);
    expect(answer.ms).toBeGreaterThanOrEqual(250);
    expect(answer.ms).toBeLessThan(2_000);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });
});

describe('with signature verification off and timestamp verification on', () => {
  const NOW = Date.parse('2026-12-01T12:00:00Z');
  const at = (offsetMs: number) => alexaTimestamp(new Date(NOW + offsetMs));

  it.each([
    ['more than 150 s ago', at(-151_000), 'timestamp too old'],
    ['more than 150 s ahead', at(151_000), 'timestamp in the future'],
    ['an hour ahead', at(3_600_000), 'timestamp in the future'],
    ['unparseable', 'NaN', 'timestamp missing or unreadable'],
    ['not a date at all', 'yesterday-ish', 'timestamp missing or unreadable'],
    ['a number, not a string', 1_700_000_000_000, 'timestamp missing or unreadable'],
  ])('refuses a request stamped %s', { timeout: BOUND_MS }, async (_, timestamp, reason) => {
    const { running, store, invoke, logs } = await serve({ verifySignature: false, now: () => NOW });
    const envelope = launch();
    (envelope.request as { timestamp: unknown }).timestamp = timestamp;
    expectRefusal(await post(running, envelope), 400, 'Bad request');
    expect(refusedFor(logs, 'timestamp')).toEqual([expect.objectContaining({ reason })]);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });

  it('refuses a request with no timestamp', { timeout: BOUND_MS }, async () => {
    const { running, invoke } = await serve({ verifySignature: false, now: () => NOW });
    const envelope = launch();
    delete (envelope.request as { timestamp?: unknown }).timestamp;
    expectRefusal(await post(running, envelope), 400, 'Bad request');
    expect(invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['140 s ago', -140_000],
    ['140 s ahead (a clock a little fast)', 140_000],
  ])('answers a request stamped %s', { timeout: BOUND_MS }, async (_, offset) => {
    const { running, invoke } = await serve({ verifySignature: false, now: () => NOW });
    const answer = await post(running, launch({ timestamp: at(offset) }));
    expect(answer.status).toBe(200);
    expect(invoke).toHaveBeenCalledOnce();
  });

  it('gives a skill event the hour Amazon allows it, and no more', { timeout: BOUND_MS }, async () => {
    const { running, store } = await serve({ verifySignature: false, now: () => NOW });
    const disabled = (offsetMs: number) => {
      const envelope = launch({ timestamp: at(offsetMs) });
      (envelope.request as { type: string }).type = 'AlexaSkillEvent.SkillDisabled';
      return envelope;
    };
    expect((await post(running, disabled(-30 * 60_000))).status).toBe(200);
    expect(store.calls).toEqual(['deleteUser']);
    expectRefusal(await post(running, disabled(-61 * 60_000)), 400, 'Bad request');
    expectRefusal(await post(running, disabled(151_000)), 400, 'Bad request');
    expect(store.calls).toEqual(['deleteUser']);
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

  it('refuses a request for another skill before the skill runs', { timeout: BOUND_MS }, async () => {
    const { running, store, invoke, logs } = await serve({ verifySignature: false });
    expectRefusal(await post(running, launch({ skillId: 'amzn1.ask.skill.someone-else' })), 400, 'Bad request');
    expect(refusedFor(logs, 'skill id')).toHaveLength(1);
    expect(invoke).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
  });

  it('with no skill id (--any-skill), leaves the skill to refuse another skill, still in fixed words', { timeout: BOUND_MS }, async () => {
    const { running, store, invoke } = await serve({ verifySignature: false, skillId: undefined });
    const answer = await post(running, launch({ skillId: 'amzn1.ask.skill.someone-else' }));
    // The skill itself still checks the id: its failure is the fixed 500, not the library's message.
    expectRefusal(answer, 500, 'Internal error');
    expect(invoke).toHaveBeenCalledOnce();
    expect(store.calls).toEqual([]);
  });

  it('refuses a body that is not JSON without quoting it, in the answer or the log', { timeout: BOUND_MS }, async () => {
    const { running, invoke, logs } = await serve({ verifySignature: false });
    const answer = await post(running, `not json ${USER_ID}`);
    expectRefusal(answer, 400, 'Bad request');
    expect(invoke).not.toHaveBeenCalled();
    expect(logs.join('\n')).toContain('body is not JSON');
    expect(logs.join('\n')).not.toContain(USER_ID);
  });

  it.each([
    ['markup', '<svg onload=alert(1)>', 'text/html'],
    ['JSON that is not an object', '["<svg onload=alert(1)>"]', 'application/json'],
    ['nothing', '', 'application/json'],
  ])('answers a body of %s with the fixed words, never echoing it', { timeout: BOUND_MS }, async (_, body, type) => {
    const { running, invoke } = await serve({ verifySignature: false });
    const answer = await post(running, body, { 'Content-Type': type });
    expectRefusal(answer, 400, 'Bad request');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('answers a body too large with 413 and the fixed words', { timeout: BOUND_MS }, async () => {
    const { running, invoke } = await serve({ verifySignature: false });
    const answer = await post(running, JSON.stringify({ filler: '<svg onload=alert(1)>'.repeat(10_000) }));
    expectRefusal(answer, 413, 'Request too large');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('answers a skill that fails with the fixed 500, not its message', { timeout: BOUND_MS }, async () => {
    const { running, invoke } = await serve({ verifySignature: false });
    invoke.mockRejectedValueOnce(new Error(`AskSdk.Something failed for ${USER_ID} <svg onload=alert(1)>`));
    expectRefusal(await post(running, launch()), 500, 'Internal error');
  });
});

describe('anything else', () => {
  it.each([
    ['GET', '/<svg onload=alert(1)>', 404, 'Not found'],
    ['GET', '/', 405, 'Method not allowed'],
    ['PUT', '/alexa', 405, 'Method not allowed'],
    ['POST', '/health', 405, 'Method not allowed'],
  ])('%s %s gets %i in fixed words', { timeout: BOUND_MS }, async (method, path, status, words) => {
    const { running } = await serve();
    const response = await fetch(`${running.url}${path}`, { method, signal: AbortSignal.timeout(BOUND_MS) });
    expectRefusal({ status: response.status, text: await response.text(), headers: response.headers, ms: 0 }, status, words);
  });
});

/** Connects and sends `bytes` (if any), then waits for the server to close; resolves with what came back and when. */
function heldConnection(running: RunningServer, bytes?: string): Promise<{ received: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(running.address.port, '127.0.0.1');
    let received = '';
    const bound = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server kept the connection open'));
    }, BOUND_MS - 1_000);
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      if (bytes) socket.write(bytes);
    });
    socket.on('close', () => {
      clearTimeout(bound);
      resolve({ received, closedAfterMs: performance.now() - started });
    });
  });
}

describe('connections', () => {
  const QUICK: Partial<ConnectionLimits> = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 300, idleTimeoutMs: 400, checkIntervalMs: 50 };

  it('keeps the defaults well inside Alexa’s 8 s', async () => {
    const { CONNECTION_LIMITS } = await import('../../scripts/sim/skill-server');
    const { maxConnections, checkIntervalMs, ...timeouts } = CONNECTION_LIMITS;
    for (const ms of Object.values(timeouts)) expect(ms).toBeLessThanOrEqual(5_000);
    expect(checkIntervalMs).toBeLessThanOrEqual(500);
    expect(maxConnections).toBeGreaterThan(0);
    // A request that trickles is answered 408 (request timeout) before the socket could count as idle and be dropped.
    expect(timeouts.headersTimeoutMs).toBeLessThan(timeouts.requestTimeoutMs);
    expect(timeouts.requestTimeoutMs).toBeLessThan(timeouts.idleTimeoutMs);
  });

  it.each([
    ['sends nothing', undefined],
    ['sends half a request line', 'POST / HT'],
    ['never finishes its headers', 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n'],
    ['trickles its body', 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{"version"'],
  ])('closes a connection that %s', { timeout: BOUND_MS }, async (_, bytes) => {
    const { running, invoke } = await serve({ verifySignature: false }, QUICK);
    const { closedAfterMs } = await heldConnection(running, bytes);
    expect(closedAfterMs).toBeLessThan(1_500);
    expect(invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['one it cannot parse', 'GARBAGE <svg onload=alert(1)>\r\n\r\n', 400, 'Bad request'],
    ['headers too large', `GET /<svg> HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ${'<svg onload=alert(1)>'.repeat(1_000)}\r\n\r\n`, 431, 'Request headers too large'],
    ['headers never finished', 'POST /<svg> HTTP/1.1\r\nHost: 127.0.0.1\r\n', 408, 'Request timeout'],
    ['a body trickled', 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{"version":"<svg>"', 408, 'Request timeout'],
  ])('answers what Node refuses itself (%s) in fixed plain words too', { timeout: BOUND_MS }, async (_, bytes, status, words) => {
    // The defaults' order: headers, then the whole request, time out before the socket counts as idle.
    const { running, invoke } = await serve({ verifySignature: false }, { ...QUICK, idleTimeoutMs: 1_000 });
    const { received } = await heldConnection(running, bytes);
    const [head = '', body] = received.split('\r\n\r\n');
    const lines = head.split('\r\n');
    expect(lines[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(lines).toContain('Content-Type: text/plain; charset=utf-8');
    expect(lines).toContain('X-Content-Type-Options: nosniff');
    expect(body).toBe(words);
    expect(received).not.toContain('svg');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('closes a kept-alive connection once it idles', { timeout: BOUND_MS }, async () => {
    const { running } = await serve({ verifySignature: false }, QUICK);
    const { received, closedAfterMs } = await heldConnection(running, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 200 OK/);
    // Node keeps a kept-alive socket a second past the timeout it announces, so a client never reuses one being closed.
    expect(closedAfterMs).toBeLessThan(2_000);
  });

  it('turns away connections over the cap at once', { timeout: BOUND_MS }, async () => {
    const { running } = await serve({ verifySignature: false }, { ...QUICK, maxConnections: 2, headersTimeoutMs: 2_000, requestTimeoutMs: 2_000, idleTimeoutMs: 3_000 });
    const held = [heldConnection(running), heldConnection(running)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await heldConnection(running);
    expect(third.closedAfterMs).toBeLessThan(500);
    expect(third.received).toBe('');
    // The two held ones close with the server, after the test.
    void Promise.allSettled(held);
  });
});

describe('npm run serve', () => {
  const run = promisify(execFile);
  const serveScript = (args: string[], env: Record<string, string>) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/sim/serve.ts', ...args], {
      timeout: 30_000,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('refuses to start without SKILL_ID, in one line', async () => {
    const { code, stderr } = await serveScript(['--port', '0'], {});
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^SKILL_ID is not set\..*--any-skill/)]);
  }, 30_000);

  it('names a flag it does not know, in one line', async () => {
    const { code, stderr } = await serveScript(['--prot', '3000'], { SKILL_ID });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/--prot/)]);
  }, 30_000);
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
