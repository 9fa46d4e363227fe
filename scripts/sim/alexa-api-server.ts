import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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
}

export interface AlexaApiServer {
  readonly endpoint: string;
  /** Where the server is bound: loopback only. */
  readonly address: AddressInfo;
  readonly requests: number;
  setBehaviour(behaviour: AlexaApiBehaviour): void;
  close(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

/**
 * A stand-in for the Alexa Settings API on 127.0.0.1, speaking the documented contract:
 * GET /v2/devices/{deviceId}/settings/System.timeZone with a bearer token answers a JSON string such as "Europe/Berlin".
 */
export async function startAlexaApiServer(initial: AlexaApiBehaviour = {}): Promise<AlexaApiServer> {
  let behaviour = initial;
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests += 1;
    const answer = () => {
      const match = TIME_ZONE_PATH.exec(request.url ?? '');
      const expected = behaviour.accessToken ?? 'local-access-token';
      if (behaviour.failWith) {
        response.writeHead(behaviour.failWith, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'unavailable' }));
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
    if (behaviour.delayMs) setTimeout(answer, behaviour.delayMs);
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
