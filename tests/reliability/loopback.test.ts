import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, readlink, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAlexaApiServer } from '../../scripts/sim/alexa-api-server';
import { startEmbeddedDynamo } from '../../scripts/sim/embedded-dynamo';

// The local servers have no real authentication, so they must never be reachable from the network.
// (The official DynamoDB Local the tests run is Java and has no host option: it listens on every interface. Tests
// only ever reach it through 127.0.0.1, and it is not something `npm start` runs.)

/** Every address of this machine other than loopback: where the servers must not answer. */
function outsideAddresses(): string[] {
  return Object.entries(networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((address) => !address.internal).map((address) => (address.address.startsWith('fe80:') ? `${address.address}%${name}` : address.address)),
  );
}

/** 'connected', or the error code a connection attempt ended with. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('ETIMEDOUT');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function expectLoopbackOnly(address: { address: string; port: number }): Promise<void> {
  expect(address.address).toBe('127.0.0.1');
  expect(await tryConnect('127.0.0.1', address.port)).toBe('connected');
  for (const host of outsideAddresses()) expect(await tryConnect(host, address.port), host).toBe('ECONNREFUSED');
}

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((path) => rm(path, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), 'back-coach-loopback-'));
  temporary.push(path);
  return path;
}

describe('the local servers listen on 127.0.0.1 only', () => {
  it('the Settings API stand-in', async () => {
    const api = await startAlexaApiServer();
    try {
      await expectLoopbackOnly(api.address);
      expect(api.endpoint).toBe(`http://127.0.0.1:${api.address.port}`);
    } finally {
      await api.close();
    }
  });

  it('the embedded store', async () => {
    const embedded = await startEmbeddedDynamo({ path: join(await tempDir(), 'dynalite') });
    try {
      await expectLoopbackOnly(embedded.address);
      expect(embedded.endpoint).toBe(`http://127.0.0.1:${embedded.address.port}`);
    } finally {
      await embedded.close();
    }
  });
});

/** A listening TCP socket from /proc/net/tcp{,6}: its local address (as /proc writes it) and socket inode. */
interface Listener {
  readonly family: 'IPv4' | 'IPv6';
  readonly address: string;
  readonly port: number;
  readonly inode: string;
}

const LISTEN = '0A';
const LOOPBACK = { IPv4: '0100007F', IPv6: '00000000000000000000000001000000', mapped: '0000000000000000FFFF00000100007F' };

async function listeners(): Promise<Listener[]> {
  const read = async (family: Listener['family'], file: string) =>
    (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === LISTEN)
      .map((fields) => {
        const [address = '', port = '0'] = (fields[1] ?? '').split(':');
        return { family, address, port: Number.parseInt(port, 16), inode: fields[9] ?? '' };
      });
  return [...(await read('IPv4', '/proc/net/tcp')), ...(await read('IPv6', '/proc/net/tcp6'))];
}

/** The socket inodes a process holds open. */
async function socketsOf(pid: number): Promise<Set<string>> {
  const fds = await readdir(`/proc/${pid}/fd`);
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')));
  return new Set(targets.map((target) => /^socket:\[(\d+)\]$/.exec(target)?.[1]).filter((inode): inode is string => inode !== undefined));
}

function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output so far: ${output}`)), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`console exited (${code}) before ${pattern}; output: ${output}`));
    });
  });
}

describe.runIf(process.platform === 'linux')('the console', () => {
  it('opens no listening socket anywhere but 127.0.0.1', async () => {
    const data = await tempDir();
    // One node process (tsx as a loader, not its CLI), so every socket the console opens is in this pid's table.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/sim/console.ts', '--data', data, '--time-zone', 'UTC'], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      child.stdin.write("what's my workout today\n");
      await waitForOutput(child, /Alexa: /, 20_000);
      // Both servers are up by the time the skill answers: the Settings API stand-in and the embedded store.
      const own = await socketsOf(child.pid!);
      const listening = (await listeners()).filter((listener) => own.has(listener.inode));
      expect(listening).toHaveLength(2);
      for (const listener of listening) {
        expect([LOOPBACK.IPv4, LOOPBACK.IPv6, LOOPBACK.mapped], `${listener.family} ${listener.address}:${listener.port}`).toContain(listener.address);
        for (const host of outsideAddresses()) expect(await tryConnect(host, listener.port), host).toBe('ECONNREFUSED');
      }
      child.stdin.end('stop\n');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill();
    }
  }, 30_000);
});
