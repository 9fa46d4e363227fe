import { STATUS_CODES, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Skill } from 'ask-sdk-core';
import { SkillRequestSignatureVerifier, type Verifier } from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../lambda/dependencies';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;
/**
 * Alexa drops an answer after 8 s. Amazon's signing certificate is downloaded once per URL and then cached, and this
 * bounds that download (and the check around it) so the skill keeps most of the budget.
 */
export const SIGNATURE_DEADLINE_MS = 3_000;
/** Amazon: a request whose timestamp is more than 150 seconds from now must be refused. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;
/** Skill events (a user disabling the skill) may be delivered up to an hour after they happened (Amazon's own verifier allows it). */
export const SKILL_EVENT_DELAY_MS = 60 * 60_000;
/** Alexa's requests are a few kilobytes; anything much larger is not one. */
const BODY_LIMIT = '128kb';

/**
 * How long a connection may take, all well inside Alexa's 8 s: a client that trickles its request or sits idle is
 * dropped, and no more than `maxConnections` are open at once.
 */
export interface ConnectionLimits {
  /** From connecting to the end of the request line and headers. */
  readonly headersTimeoutMs: number;
  /** From connecting to the end of the body. */
  readonly requestTimeoutMs: number;
  /** Idle between requests on a kept-alive connection (Node holds the socket a second longer, so a client never reuses one being closed). */
  readonly keepAliveTimeoutMs: number;
  /** No traffic at all on the socket (a connection that never sends a byte). */
  readonly idleTimeoutMs: number;
  readonly maxConnections: number;
  /** How often Node checks headersTimeout and requestTimeout (its default, 30 s, would let them run long). */
  readonly checkIntervalMs: number;
}

export const CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 2_000,
  requestTimeoutMs: 4_000,
  keepAliveTimeoutMs: 4_000,
  idleTimeoutMs: 5_000,
  maxConnections: 64,
  checkIntervalMs: 250,
};

/**
 * Every refusal's whole body: fixed words per status, so nothing from a library, a stack or the request is ever echoed
 * back, and plain text (with nosniff) so no browser takes it for a page.
 */
const REFUSALS: Readonly<Record<number, string>> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  413: 'Request too large',
  415: 'Unsupported media type',
  431: 'Request headers too large',
  500: 'Internal error',
};

export interface SkillServerOptions {
  readonly skill: Skill;
  /**
   * The one skill whose requests are answered: any other's is refused before the skill runs.
   *
   * @default - any skill's (local experiments only: `npm run serve` asks for `--any-skill` to run this way)
   */
  readonly skillId?: string;
  /** Refuse requests not signed by Alexa (Signature-256 and SignatureCertChainUrl headers). @default true */
  readonly verifySignature?: boolean;
  /** Refuse requests stamped more than 150 s from now either way, or with no readable time (skill events: an hour old). @default true */
  readonly verifyTimestamp?: boolean;
  /** The longest the signature check may take, certificate download included. @default SIGNATURE_DEADLINE_MS */
  readonly signatureDeadlineMs?: number;
  /** The clock timestamps are checked against. @default Date.now */
  readonly now?: () => number;
  /** One line per request (method, path, status, time taken) and per refusal; never ids or bodies. */
  readonly log?: Logger;
}

type Check = 'body' | 'timestamp' | 'skill id' | 'signature';

class Refusal extends Error {
  constructor(
    readonly check: Check,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Sends a refusal: the status, its fixed words, and nothing else. */
export function refuse(response: Response, status: number): void {
  const known = REFUSALS[status] !== undefined ? status : status >= 500 ? 500 : 400;
  response.status(known).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(REFUSALS[known]);
}

/**
 * The skill as an Express app: POST / (or /alexa) takes Alexa requests, GET /health answers 200. The raw body is read
 * here, checked (JSON, timestamp, skill id, then Alexa's signature over the raw bytes) and only then given to the skill;
 * every response carries `X-Content-Type-Options: nosniff`, and every refusal is one of a few fixed plain-text bodies.
 */
export function createSkillServer(options: SkillServerOptions): Express {
  const { skill, skillId, verifySignature = true, verifyTimestamp = true, signatureDeadlineMs = SIGNATURE_DEADLINE_MS, now = Date.now, log } = options;
  // The adapter's signature verifier, bounded: it downloads the certificate with no timeout of its own, so a
  // black-holed network would otherwise hold every request for minutes. Its dispatch path is not used: its error
  // answers quote library messages and request content.
  const signature = verifySignature ? withDeadline(new SkillRequestSignatureVerifier(), signatureDeadlineMs) : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use((_request, response, next) => {
    response.set('X-Content-Type-Options', 'nosniff');
    next();
  });
  if (log) app.use(requestLog(log));
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  const alexa = async (request: Request, response: Response): Promise<void> => {
    try {
      const envelope = await checked(request, { signature, skillId, verifyTimestamp, now });
      let answer: unknown;
      try {
        answer = await skill.invoke(envelope as Parameters<Skill['invoke']>[0]);
      } catch (error) {
        // The skill logs its own failures; what reaches here (a failed skill event) gets the fixed 500.
        log?.warn('request failed', { status: 500, error: error instanceof Error ? error.name : typeof error });
        return refuse(response, 500);
      }
      response.json(answer);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      log?.warn('request refused', { check: error.check, reason: error.reason });
      refuse(response, 400);
    }
  };
  // The skill's endpoint URL in the developer console may name either. No other body parser may run first: the
  // signature covers the raw bytes.
  app.post(['/', '/alexa'], express.text({ type: () => true, limit: BODY_LIMIT }), (request, response, next) => {
    alexa(request, response).catch(next);
  });
  app.all(['/', '/alexa', '/health'], (_request, response) => refuse(response, 405));
  app.use((_request, response) => refuse(response, 404));
  app.use(plainErrors(log));
  return app;
}

interface Checks {
  readonly signature: Verifier | undefined;
  readonly skillId: string | undefined;
  readonly verifyTimestamp: boolean;
  readonly now: () => number;
}

/** The request envelope, once every check has passed; a Refusal otherwise. The cheap checks go first, so junk never costs a certificate download. */
async function checked(request: Request, { signature, skillId, verifyTimestamp, now }: Checks): Promise<unknown> {
  const body: unknown = request.body;
  if (typeof body !== 'string' || body === '') throw new Refusal('body', 'no body');
  let envelope: unknown;
  try {
    envelope = JSON.parse(body);
  } catch {
    // A parse error quotes the body, which may carry ids: say only what kind of failure it was.
    throw new Refusal('body', 'body is not JSON');
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) throw new Refusal('body', 'body is not a request envelope');
  if (verifyTimestamp) {
    const problem = timestampProblem(envelope, now());
    if (problem) throw new Refusal('timestamp', problem);
  }
  if (skillId !== undefined && applicationIdOf(envelope) !== skillId) throw new Refusal('skill id', 'request for another skill');
  if (signature) {
    try {
      await signature.verify(body, request.headers);
    } catch (error) {
      throw new Refusal('signature', error instanceof Error ? error.message : String(error));
    }
  }
  return envelope;
}

const SKILL_EVENT = /^AlexaSkillEvent\./;

/** Why the request's timestamp is unacceptable, if it is: unreadable, too far ahead, or too old. */
export function timestampProblem(envelope: object, nowMs: number): string | undefined {
  const request = (envelope as { request?: { timestamp?: unknown; type?: unknown } }).request;
  const stamp = request?.timestamp;
  // Date.parse takes many shapes; Alexa sends ISO 8601, and anything that does not parse is NaN, which compares false both ways.
  const at = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  if (!Number.isFinite(at)) return 'timestamp missing or unreadable';
  if (at - nowMs > TIMESTAMP_TOLERANCE_MS) return 'timestamp in the future';
  const allowed = typeof request?.type === 'string' && SKILL_EVENT.test(request.type) ? SKILL_EVENT_DELAY_MS : TIMESTAMP_TOLERANCE_MS;
  if (nowMs - at > allowed) return 'timestamp too old';
  return undefined;
}

function applicationIdOf(envelope: object): unknown {
  const { context, session } = envelope as { context?: { System?: { application?: { applicationId?: unknown } } }; session?: { application?: { applicationId?: unknown } } };
  return context?.System?.application?.applicationId ?? session?.application?.applicationId;
}

function withDeadline(verifier: Verifier, ms: number): Verifier {
  return {
    async verify(body, headers) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`signature check took longer than ${ms} ms`)), ms);
      });
      try {
        await Promise.race([verifier.verify(body, headers), deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function requestLog(log: Logger): RequestHandler {
  return (request, response, next) => {
    const started = performance.now();
    response.on('finish', () => {
      log.info('request', { method: request.method, path: request.path, status: response.statusCode, ms: Math.round(performance.now() - started) });
    });
    next();
  };
}

/** Express's own error page is HTML with a stack trace outside production: a body too large, cut short or unreadable gets its status in fixed words. */
function plainErrors(log: Logger | undefined): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; name?: string; type?: string }, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    log?.warn('request failed', { status, error: error.type ?? error.name });
    refuse(response, status);
  };
}

/** Node's own refusal statuses, by its error code (as its default clientError handler picks them). */
const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** A refusal written straight to the socket, for errors Node meets before there is a request to answer. */
export function rawRefusal(status: number): string {
  const known = REFUSALS[status] !== undefined ? status : 400;
  const body = REFUSALS[known] ?? 'Bad request';
  return [
    `HTTP/1.1 ${known} ${STATUS_CODES[known] ?? 'Bad Request'}`,
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

function refuseClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Only if nothing was written yet (a response half sent must not get a second status line), and the client is there.
  if (error.code !== 'ECONNRESET' && socket.writable && (socket as Duplex & { bytesWritten?: number }).bytesWritten === 0) {
    socket.end(rawRefusal(CLIENT_ERROR_STATUS[error.code ?? ''] ?? 400), () => socket.destroy());
    return;
  }
  socket.destroy();
}

export interface ListenOptions {
  /** @default DEFAULT_HOST, loopback only: a tunnel or proxy forwards to it */
  readonly host?: string;
  /** 0 picks a free port. @default DEFAULT_PORT */
  readonly port?: number;
  /** @default CONNECTION_LIMITS */
  readonly limits?: Partial<ConnectionLimits>;
}

export interface RunningServer {
  readonly server: Server;
  readonly address: AddressInfo;
  /** e.g. http://127.0.0.1:3000 */
  readonly url: string;
  /** Stops taking connections and lets requests in flight finish, dropping any still open after `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

export function listen(app: Express, options: ListenOptions = {}): Promise<RunningServer> {
  const { host = DEFAULT_HOST, port = DEFAULT_PORT } = options;
  const limits = { ...CONNECTION_LIMITS, ...options.limits };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    app,
  );
  server.maxConnections = limits.maxConnections;
  // What Node refuses before Express sees a request (a request it cannot parse, headers too large, a request that ran
  // out of time) gets the same fixed plain-text words, not Node's bare status line.
  server.on('clientError', refuseClientError);
  // A socket that sends nothing at all is not covered by the request timeouts, which start with its first byte.
  server.setTimeout(limits.idleTimeoutMs, (socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        address,
        url: `http://${shownHost}:${address.port}`,
        close: (graceMs = 5_000) =>
          new Promise((done, fail) => {
            const force = setTimeout(() => server.closeAllConnections(), graceMs);
            // Since Node 19, close() also drops idle keep-alive connections; busy ones end after their response.
            server.close((error) => {
              clearTimeout(force);
              if (error) fail(error);
              else done();
            });
          }),
      });
    });
  });
}
