import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

// The official jar ships inside this npm package; we fetch only the tarball, never install it (its deps weigh ~350 MB).
const JAR_PACKAGE = { name: 'amplify-dynamodb-simulator', version: '2.9.30' } as const;
const CACHE_PARENT = fileURLToPath(new URL('../../.cache/', import.meta.url));
const CACHE_DIR = join(CACHE_PARENT, 'dynamodb-local');
const JAVA_MISSING = 'DynamoDB Local needs Java 17+: apt-get install -y default-jre-headless';

/** Dummy identity for DynamoDB Local; it never verifies signatures, but the SDK insists on signing. */
export const localRegion = 'us-east-1';
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Fixed port; by default a free loopback port is picked. */
  port?: number;
  /** How long to wait for the first successful request. */
  timeoutMs?: number;
}

/** Returns the directory holding DynamoDBLocal.jar, downloading it once into .cache/dynamodb-local/. */
export async function ensureDynamoDbLocal(): Promise<string> {
  await assertJava();
  if (existsSync(join(CACHE_DIR, 'DynamoDBLocal.jar'))) return CACHE_DIR;

  await mkdir(CACHE_PARENT, { recursive: true });
  // Unpack beside the cache so the final rename is atomic: readers see no directory or a complete one.
  const staging = await mkdtemp(join(CACHE_PARENT, 'dynamodb-local-'));
  try {
    const { name, version } = JAR_PACKAGE;
    await run('npm', ['pack', `${name}@${version}`, '--silent'], { cwd: staging });
    await run('tar', ['-xzf', `${name}-${version}.tgz`, 'package/emulator'], { cwd: staging });
    await rename(join(staging, 'package', 'emulator'), CACHE_DIR).catch((error: unknown) => {
      // A concurrent run may have won the race; its copy is as good as ours.
      if (!existsSync(join(CACHE_DIR, 'DynamoDBLocal.jar'))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return CACHE_DIR;
}

/** Starts an in-memory DynamoDB Local on a free port and resolves once it answers requests. */
export async function startDynamoDbLocal(options: StartOptions = {}): Promise<DynamoDbLocal> {
  const dir = await ensureDynamoDbLocal();
  // An auto-picked port can be taken between probing and Java binding it; pick again in that case.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await launch(dir, port, options.timeoutMs ?? 30_000);
    } catch (error) {
      if (options.port !== undefined || attempt >= 3 || !(error instanceof PortInUseError)) throw error;
    }
  }
}

class PortInUseError extends Error {}

async function assertJava(): Promise<void> {
  try {
    await run('java', ['-version']);
  } catch (error) {
    throw new Error(JAVA_MISSING, { cause: error });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// Java runs under a tiny shell that kills it when our end of its stdin closes. The OS closes that pipe
// whenever this process dies, even by SIGKILL, so the JVM can never outlive us; the shell exits with
// Java's status so early crashes still surface. (DynamoDB Local has no host flag: it listens on all interfaces.)
const WATCHDOG = 'exec 3<&0; java "$@" </dev/null & j=$!; { read -r _ <&3; kill $j; } & w=$!; wait $j; s=$?; kill $w 2>/dev/null; exit $s';

async function launch(dir: string, port: number, timeoutMs: number): Promise<DynamoDbLocal> {
  const args = [
    `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(dir, 'DynamoDBLocal.jar'),
    '-inMemory',
    // One database for every credential/region pair, so a client configured differently still sees the same tables.
    '-sharedDb',
    '-disableTelemetry',
    '-port',
    String(port),
  ];
  // cwd: the jar writes dynamodb-local-metadata.json into its working directory; keep it in the ignored cache.
  const child = spawn('sh', ['-c', WATCHDOG, 'dynamodb-local', ...args], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A taken port does not make the JVM exit: it logs a BindException and idles, so watch the log too.
  const portTaken = () => /BindException/.test(output);
  const failure = () => {
    if (portTaken()) return `port ${port} is taken`;
    if (child.exitCode !== null || child.signalCode !== null) return `it exited (${child.exitCode ?? child.signalCode})`;
    return undefined;
  };

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      await exited;
    }
  };
  try {
    await waitUntilReady(endpoint, failure, Date.now() + timeoutMs);
  } catch (error) {
    await stop();
    const message = `${error instanceof Error ? error.message : String(error)}\n${output}`;
    throw portTaken() ? new PortInUseError(message) : new Error(message);
  }
  return { endpoint, port, stop };
}

async function waitUntilReady(endpoint: string, failure: () => string | undefined, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const reason = failure();
    if (reason) throw new Error(`DynamoDB Local failed to start: ${reason}`);
    if (await answers(endpoint)) return;
    await sleep(100);
  }
  throw new Error(`DynamoDB Local did not answer at ${endpoint} within the timeout`);
}

/** A real ListTables call; unsigned is fine because DynamoDB Local only reads the access key from the header. */
async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'DynamoDB_20120810.ListTables',
        Authorization: `AWS4-HMAC-SHA256 Credential=${localCredentials.accessKeyId}/20240101/${localRegion}/dynamodb/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: '{}',
      signal: AbortSignal.timeout(1_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
