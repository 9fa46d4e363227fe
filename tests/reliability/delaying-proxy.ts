import { type IncomingMessage, type Server, createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does with one call: pass it on after a while, answer after a while, never pass it on, or refuse it
 * at once as DynamoDB does when a table is over its throughput (nothing reaches the store).
 */
export type Delay = { readonly forwardAfterMs: number; readonly answerAfterMs: number } | 'drop' | 'throttle';

export interface DelayingProxy {
  readonly endpoint: string;
  /** Calls received, retries included, by DynamoDB operation ("UpdateItem"). */
  readonly received: string[];
  /** Resolves once every call passed on has reached the store and been answered, so what landed can be read. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

function body(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * DynamoDB Local behind a slow network, on 127.0.0.1: each call reaches the real store (or not) and its answer comes
 * back late. The store may well have done the work by the time the client has given up on it, as in a real timeout.
 */
export async function delayingProxy(target: string, delayFor: (operation: string, payload: string) => Delay): Promise<DelayingProxy> {
  const received: string[] = [];
  const upstream = new URL(target);
  let inFlight = 0;
  const waiters: (() => void)[] = [];
  const done = () => {
    inFlight -= 1;
    if (inFlight === 0) for (const resolve of waiters.splice(0)) resolve();
  };
  const server: Server = createServer(async (request, response) => {
    const operation = String(request.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    received.push(operation);
    inFlight += 1;
    const payload = await body(request);
    const delay = delayFor(operation, payload.toString('utf8'));
    if (delay === 'drop') return done();
    if (delay === 'throttle') {
      const type = 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException';
      response.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-ErrorType': type });
      response.end(JSON.stringify({ __type: type, message: 'The level of configured provisioned throughput for the table was exceeded.' }));
      return done();
    }
    setTimeout(() => {
      const call = forward(
        { host: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers: request.headers },
        async (answer) => {
          const answered = await body(answer);
          done();
          setTimeout(() => {
            // The client may have hung up long ago; that is the point.
            if (response.destroyed) return;
            response.writeHead(answer.statusCode ?? 500, answer.headers).end(answered);
          }, delay.answerAfterMs);
        },
      );
      call.on('error', () => {
        done();
        response.destroy();
      });
      call.end(payload);
    }, delay.forwardAfterMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
