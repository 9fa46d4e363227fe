import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeDynamo {
  readonly endpoint: string;
  /** Requests received, retries included. */
  requests: number;
  close(): Promise<void>;
}

/** A stand-in for DynamoDB on 127.0.0.1 that misbehaves on purpose: slow, throttling, or silent. */
export async function fakeDynamo(respond: (request: IncomingMessage, response: ServerResponse) => void): Promise<FakeDynamo> {
  const server: Server = createServer((request, response) => {
    fake.requests++;
    request.resume();
    respond(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeDynamo = {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** A loopback port that was free a moment ago and has nothing listening now. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}


/** Answers every call the way DynamoDB does when a table is over its throughput. */
export function throttling(_request: IncomingMessage, response: ServerResponse): void {
  const type = 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException';
  response.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-ErrorType': type });
  response.end(JSON.stringify({ __type: type, message: 'The level of configured provisioned throughput for the table was exceeded.' }));
}
