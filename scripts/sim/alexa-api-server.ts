import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REMINDERS_PATH, type RemindersState, remindersApi } from './reminders-api';

export interface AlexaApiBehaviour {
  /** The zone each device reports; devices not listed get `defaultTimeZone`. */
  readonly timeZones?: Readonly<Record<string, string>>;
  readonly defaultTimeZone?: string;
  /** Delay before answering, to play a slow API. */
  readonly delayMs?: number;
  /** Answer every request with this HTTP status instead (for example 500 or 503). */
  readonly failWith?: number;
  /** The bearer token requests must carry. */
  readonly accessToken?: string;
  /** Faults of the Reminders API alone, laid over the ones above: a status to answer with, a delay before answering. */
  readonly reminders?: { readonly failWith?: number; readonly delayMs?: number };
}

export interface AlexaApiServer {
  readonly endpoint: string;
  /** Where the server is bound: loopback only. */
  readonly address: AddressInfo;
  readonly requests: number;
  /** The user's reminders and whether they have allowed the skill to set them (see reminders-api.ts). */
  readonly reminders: RemindersState;
  setBehaviour(behaviour: AlexaApiBehaviour): void;
  close(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

/**
 * A stand-in for the Alexa APIs on 127.0.0.1 (one apiEndpoint serves them all), speaking the documented contracts:
 * GET /v2/devices/{deviceId}/settings/System.timeZone with a bearer token answers a JSON string such as "Europe/Berlin";
 * /v1/alerts/reminders is the Reminders API (reminders-api.ts).
 */
export async function startAlexaApiServer(initial: AlexaApiBehaviour = {}): Promise<AlexaApiServer> {
  let behaviour = initial;
  let requests = 0;
  const reminders = remindersApi();
  const server: Server = createServer((request, response) => {
    requests += 1;
    const forReminders = REMINDERS_PATH.exec(request.url ?? '');
    const failWith = (forReminders && behaviour.reminders?.failWith) || behaviour.failWith;
    const delayMs = (forReminders && behaviour.reminders?.delayMs) || behaviour.delayMs;
    const answer = () => {
      const match = TIME_ZONE_PATH.exec(request.url ?? '');
      const expected = behaviour.accessToken ?? 'local-access-token';
      if (response.destroyed) return;
      if (failWith) {
        response.writeHead(failWith, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'unavailable' }));
      } else if (forReminders && request.headers.authorization !== `Bearer ${expected}`) {
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'UNAUTHORIZED', message: 'Invalid token' }));
      } else if (forReminders) {
        reminders.handle(request, response, forReminders[1]).catch(() => response.destroy());
      } else if (request.headers.authorization !== `Bearer ${expected}`) {
        response.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Access denied' }));
      } else if (request.method !== 'GET' || !match?.[1]) {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not found' }));
      } else {
        const deviceId = decodeURIComponent(match[1]);
        const zone = behaviour.timeZones?.[deviceId] ?? behaviour.defaultTimeZone ?? 'UTC';
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(zone));
      }
    };
    if (delayMs) setTimeout(answer, delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    address,
    get requests() {
      return requests;
    },
    reminders: reminders.state,
    setBehaviour(next) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
