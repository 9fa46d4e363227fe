// The cold-start child: `node cold-child.cjs <bundle>` in a fresh process, the way a new Lambda container starts.
// The bench compiles this file to CommonJS (never run under tsx) and reads JSON lines from stdout.
// Usage: BENCH_EVENTS=<JSON array of request envelopes> [BENCH_PAUSE_MS=<ms>] node cold-child.cjs /abs/path/index.js
// The first request is the cold one; each later one is answered BENCH_PAUSE_MS after the one before, as the same
// container would answer a user's next request.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { isSdkPackage, packageOf } from './packages';

/** The first line the child prints; times are milliseconds since the process started (`performance.timeOrigin`). */
export interface ColdChildReport {
  /** When this script's first line ran: what bare Node costs before any of our code. */
  readonly startedAt: number;
  /** After `require` of the bundle: the skill is built. */
  readonly loadedAt: number;
  /** After the handler resolved with the response. */
  readonly answeredAt: number;
  /** Peak resident set size of the process so far, in kilobytes. */
  readonly maxRssKb: number;
  /**
   * CPU time (user and system, every thread) from the process's start to the answer, in milliseconds: what the cold
   * start costs the machine, which other load on it changes far less than the wall time.
   */
  readonly cpuMs: number;
  readonly speech: string;
  /** AWS SDK and Smithy modules in the CommonJS module cache once the request was answered: what it loaded. */
  readonly sdkModules: { readonly count: number; readonly packages: readonly string[] };
  /** Whether the store's own SDK file (dynamo-sdk.js beside the bundle) was loaded. */
  readonly storeSdkLoaded: boolean;
}

/** One more line per later request. */
export interface NextRequestReport {
  /** The handler's time for this request, in milliseconds. */
  readonly handlerMs: number;
  readonly maxRssKb: number;
  readonly speech: string;
}

const startedAt = performance.now();

type Handler = (event: unknown, context: object) => Promise<{ response?: { outputSpeech?: { ssml?: string; text?: string } } }>;

const speechOf = ({ response }: Awaited<ReturnType<Handler>>) => response?.outputSpeech?.ssml ?? response?.outputSpeech?.text ?? '';
const print = (line: ColdChildReport | NextRequestReport) => process.stdout.write(`${JSON.stringify(line)}\n`);

/**
 * The bundle is CommonJS and so is every package it requires (the SDK's `require` entry points), so the module cache
 * lists everything loaded so far, whichever way it was reached: static require, lazy require or a dynamic import.
 */
function sdkModulesLoaded(cache: NodeJS.Require['cache']): ColdChildReport['sdkModules'] {
  const files = Object.keys(cache).filter((file) => isSdkPackage(packageOf(file)));
  return { count: files.length, packages: [...new Set(files.map(packageOf))].sort() };
}

async function main(): Promise<void> {
  const bundle = process.argv[2];
  const events: unknown = JSON.parse(process.env.BENCH_EVENTS ?? 'null');
  if (!bundle || !Array.isArray(events) || events.length === 0) throw new Error('usage: BENCH_EVENTS=<json array> node cold-child.cjs <bundle>');
  const pauseMs = Number(process.env.BENCH_PAUSE_MS ?? 0);

  const load = createRequire(bundle);
  // An ES module bundle (index.mjs) is imported, as Lambda's runtime does; a CommonJS one required.
  const { handler } = (bundle.endsWith('.mjs') ? await import(pathToFileURL(bundle).href) : load(bundle)) as { handler: Handler };
  const loadedAt = performance.now();
  const answer = await handler(events[0], {});
  const answeredAt = performance.now();
  const { maxRSS: maxRssKb, userCPUTime, systemCPUTime } = process.resourceUsage();
  const cpuMs = (userCPUTime + systemCPUTime) / 1000;
  const storeSdkLoaded = Object.keys(load.cache).some((file) => file.endsWith('/dynamo-sdk.js'));
  print({ startedAt, loadedAt, answeredAt, maxRssKb, cpuMs, speech: speechOf(answer), sdkModules: sdkModulesLoaded(load.cache), storeSdkLoaded });

  for (const event of events.slice(1)) {
    await sleep(pauseMs);
    const started = performance.now();
    const next = await handler(event, {});
    print({ handlerMs: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS, speech: speechOf(next) });
  }
  // A warm client keeps sockets open; the measurement is over, so leave now rather than wait for them.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
