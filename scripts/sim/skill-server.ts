import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Logger } from '../../lambda/dependencies';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;
/**
 * Alexa drops an answer after 8 s. Amazon's signing certificate is downloaded once per URL and then cached, and this
 * bounds that download (and the check around it) so the skill keeps most of the budget.
 */
export const SIGNATURE_DEADLINE_MS = 3_000;

export interface SkillServerOptions {
  readonly skill: Skill;
  /** Refuse requests not signed by Alexa (Signature-256 and SignatureCertChainUrl headers). @default true */
  readonly verifySignature?: boolean;
  /** Refuse requests stamped more than 150 s ago (skill events: an hour). @default true */
  readonly verifyTimestamp?: boolean;
  /** The longest the signature check may take, certificate download included. @default SIGNATURE_DEADLINE_MS */
  readonly signatureDeadlineMs?: number;
  /** One line per request (method, path, status, time taken) and per refusal; never ids or bodies. */
  readonly log?: Logger;
}

/**
 * The skill as an Express app, through ask-sdk-express-adapter: POST / (or /alexa) takes Alexa requests, GET /health
 * answers 200. Register no body parser in front of it: the signature covers the raw body, so the adapter reads it itself.
 */
export function createSkillServer(options: SkillServerOptions): Express {
  const { skill, verifySignature = true, verifyTimestamp = true, signatureDeadlineMs = SIGNATURE_DEADLINE_MS, log } = options;
  // The adapter's verifiers, handed in rather than switched on by its flags: its signature check downloads the
  // certificate with no timeout, so a black-holed network would hold every request for minutes.
  const verifiers = [
    ...(verifySignature ? [reported('signature', withDeadline(new SkillRequestSignatureVerifier(), signatureDeadlineMs), log)] : []),
    ...(verifyTimestamp ? [reported('timestamp', new TimestampVerifier(), log)] : []),
  ];
  const adapter = new ExpressAdapter(skill, false, false, verifiers);

  const app = express();
  app.disable('x-powered-by');
  if (log) app.use(requestLog(log));
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  // The skill's endpoint URL in the developer console may name either.
  app.post(['/', '/alexa'], ...adapter.getRequestHandlers());
  app.use(plainErrors(log));
  return app;
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

function reported(check: 'signature' | 'timestamp', verifier: Verifier, log: Logger | undefined): Verifier {
  return {
    async verify(body, headers) {
      try {
        await verifier.verify(body, headers);
      } catch (error) {
        // A JSON parse error quotes the body, which may carry ids; say only what kind of failure it was.
        const reason = error instanceof SyntaxError ? 'body is not JSON' : error instanceof Error ? error.message : String(error);
        log?.warn('request refused', { check, reason });
        throw error;
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

/** Express's own error page shows a stack trace outside production; a body too large or cut short gets its status and no more. */
function plainErrors(log: Logger | undefined): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; name?: string }, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    log?.warn('request failed', { status, error: error.name });
    response.status(status).type('text/plain').send(status >= 500 ? 'Internal error' : 'Bad request');
  };
}

export interface ListenOptions {
  /** @default DEFAULT_HOST, loopback only: a tunnel or proxy forwards to it */
  readonly host?: string;
  /** 0 picks a free port. @default DEFAULT_PORT */
  readonly port?: number;
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
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
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
