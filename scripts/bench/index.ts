// npm run bench: bundle size, cold start (on Node 22, the Lambda runtime, fetched once by scripts/node22.sh where this
// machine's node is another, and on this machine's), warm latency, store calls and memory size of the production build.
// Prints the results and writes them to bench/RESULTS.md. Needs Java 17+ for DynamoDB Local, and root for the
// memory-size section (skipped, with the reason, without it); takes five to ten minutes. BENCH_QUICK=1 checks the
// bench itself in about a minute and writes nothing.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTable } from '../../lambda/store/create-table';
import { dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { startAlexaApiServer } from '../sim/alexa-api-server';
import { localCredentials, localRegion, startDynamoDbLocal } from '../sim/dynamodb-local';
import { memoryProgressStore } from '../sim/memory-store';
import { buildEsmSplit, buildProbe, buildProductionBundle, buildWithRuntimeSdk } from './bundle';
import { measureBurst } from './burst';
import { type ColdCase, compileColdChild, measureColdStarts } from './cold-start';
import { FULL_VCPU_MB, PERIOD_US } from './cpu-quota';
import type { Machine, Runtimes } from './findings';
import { measureMemorySizes, stackDefaultMemoryMb } from './memory';
import { renderResults } from './report';
import { BENCH_SKILL_ID, WARM_REQUESTS, benchDevice, coldRequests } from './requests';
import { measureRoundTrips } from './round-trip';
import { measureWarm } from './warm';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Git-ignored, and rebuilt from scratch on every run. */
const WORK_DIR = join(ROOT, '.cache', 'bench');
const RESULTS_FILE = join(ROOT, 'bench', 'RESULTS.md');

/** BENCH_QUICK=1: a few runs of everything, printed and not written, to check the bench itself. */
const QUICK = process.env.BENCH_QUICK === '1';
const COLD_RUNS = QUICK ? 2 : 20;
const WARM_REQUESTS_EACH = QUICK ? 20 : 300;
const ROUND_TRIPS = 100;
/** Users in the burst, each sending every warm request type at once. */
const BURST_USERS = QUICK ? 4 : 20;
const TABLE_NAME = 'back-coach-bench';
/** Lambda memory sizes measured by their CPU share; few runs each, as a 128 MB cold start takes seconds. */
const MEMORY_SIZES_MB = [128, 256, 512, 1024, FULL_VCPU_MB];
const MEMORY_RUNS = QUICK ? 1 : 7;
/** A memory-size run's second request comes five quota periods after the first: the quota is refilled, as for a user's. */
const NEXT_REQUEST_PAUSE_MS = (5 * PERIOD_US) / 1000;
/** What the first store request's calendar builds (lambda/domain/calendar.ts): its first use loads ICU time-zone data. */
const TIME_ZONE_FORMATTER =
  "new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date())";

const step = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** The Lambda runtime's Node major: the targets are judged on it. */
const LAMBDA_NODE_MAJOR = 22;
const majorOf = (version: string) => Number(version.replace(/^v/, '').split('.')[0]);

/** A Node 22 binary: this one, or the npm registry's `node@22` in .cache/node22 (scripts/node22.sh installs it once). */
function lambdaNode(): { path: string; version: string } {
  if (majorOf(process.version) === LAMBDA_NODE_MAJOR) return { path: process.execPath, version: process.version };
  const bin = execFileSync('bash', [join(ROOT, 'scripts', 'node22.sh')], { encoding: 'utf8' }).trim();
  const path = join(bin, 'node');
  return { path, version: execFileSync(path, ['--version'], { encoding: 'utf8' }).trim() };
}

function machine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg()[0] ?? 0,
    date: new Date().toISOString(),
  };
}

/** The function's environment (infra/skill-backend.ts) pointed at the local services; nothing is inherited from this process. */
function lambdaEnvironment(dynamoEndpoint: string) {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    // No ~/.aws in here, so a developer's own AWS config cannot change what is measured.
    HOME: WORK_DIR,
    TABLE_NAME,
    SKILL_ID: BENCH_SKILL_ID,
    AWS_REGION: localRegion,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

interface Bundles {
  readonly production: string;
  readonly runtimeSdk: string;
  readonly esmSplit: string;
  readonly storeProbe: string;
  readonly frameworkProbe: string;
}


/** The cold requests, `count` to a process: content and a one-shot question for a listener; progress for a new user each run. */
function coldRequestCases(apiEndpoint: string, count: number) {
  const times = <T>(make: () => T) => Array.from({ length: count }, make);
  return {
    content: {
      requests: () => times(() => coldRequests.content(benchDevice(apiEndpoint, 'cold-content'))),
      expect: coldRequests.expectContent,
    },
    // One listener asking one-shot questions: after the first (the warm-up rounds), one who has heard the notice.
    oneShot: {
      requests: () => times(() => coldRequests.oneShot(benchDevice(apiEndpoint, 'cold-one-shot'))),
      expect: coldRequests.expectContent,
    },
    progress: {
      // Like a first log of the week; the device's time zone is looked up for real every time.
      requests: () => {
        const device = benchDevice(apiEndpoint, `cold-${randomUUID()}`);
        return [coldRequests.progress(device), ...times(() => coldRequests.nextProgress(device)).slice(1)];
      },
      expect: coldRequests.expectProgress,
    },
  };
}

/**
 * The measured cases on Node 22 (the Lambda runtime, where the targets are judged), the same three on this machine's
 * Node when it is another, then the diagnostics and what-ifs that explain them, on Node 22 (see report.ts for labels).
 */
function coldCases(bundles: Bundles, runtimes: Runtimes, apiEndpoint: string, dynamoEndpoint: string): ColdCase[] {
  const env = lambdaEnvironment(dynamoEndpoint);
  const withSourceMaps = { ...env, NODE_OPTIONS: '--enable-source-maps' };
  // The V8 compile cache, on the same path as it was written (Node 22 keys its entries by the file's absolute path).
  const withCompileCache = { ...env, NODE_COMPILE_CACHE: join(WORK_DIR, 'compile-cache') };
  const bare = { PATH: env.PATH };
  const { content, oneShot, progress } = coldRequestCases(apiEndpoint, 1);
  const node = runtimes.lambda.path;
  const here = runtimes.here.path === node ? [] : ([
    { name: 'bare-here', env: bare, node: runtimes.here.path },
    { name: 'content-here', bundle: bundles.production, env, node: runtimes.here.path, ...content },
    { name: 'progress-here', bundle: bundles.production, env, node: runtimes.here.path, ...progress },
  ] satisfies ColdCase[]);
  return [
    { name: 'bare', env: bare, node },
    { name: 'content', bundle: bundles.production, env, node, ...content },
    { name: 'one-shot', bundle: bundles.production, env, node, ...oneShot },
    { name: 'progress', bundle: bundles.production, env, node, ...progress },
    ...here,
    { name: 'bare-time-zone', env: bare, node, script: TIME_ZONE_FORMATTER },
    { name: 'framework-only', bundle: bundles.frameworkProbe, env, node, ...content, expect: /^Framework only\.$/ },
    { name: 'store-only', bundle: bundles.storeProbe, env, node, requests: () => [{ requestId: `probe-${randomUUID()}` }], expect: /^recorded$/ },
    { name: 'content-runtime-sdk', bundle: bundles.runtimeSdk, env, node, ...content },
    { name: 'progress-runtime-sdk', bundle: bundles.runtimeSdk, env, node, ...progress },
    { name: 'content-esm', bundle: bundles.esmSplit, env, node, ...content },
    { name: 'progress-esm', bundle: bundles.esmSplit, env, node, ...progress },
    { name: 'content-compile-cache', bundle: bundles.production, env: withCompileCache, node, ...content },
    { name: 'progress-compile-cache', bundle: bundles.production, env: withCompileCache, node, ...progress },
    { name: 'content-source-maps', bundle: bundles.production, env: withSourceMaps, node, ...content },
  ];
}

async function main(): Promise<void> {
  const host = machine();
  const runtimes: Runtimes = { here: { path: process.execPath, version: process.version }, lambda: lambdaNode() };
  // This process talks to DynamoDB Local too; the SDK's notice about Node 20 is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  await rm(WORK_DIR, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });

  step(`building the production bundle (infra/bundling.ts), two what-ifs and two probes; Node ${runtimes.lambda.version} beside ${runtimes.here.version}`);
  const bundle = await buildProductionBundle(join(WORK_DIR, 'lambda'));
  const runtimeSdk = await buildWithRuntimeSdk(join(WORK_DIR, 'runtime-sdk'));
  const esmSplit = await buildEsmSplit(join(WORK_DIR, 'esm-split'));
  const bundles: Bundles = {
    production: bundle.file,
    runtimeSdk: runtimeSdk.file,
    esmSplit: esmSplit.file,
    storeProbe: await buildProbe('store-probe.ts', join(WORK_DIR, 'store-probe')),
    frameworkProbe: await buildProbe('framework-probe.ts', join(WORK_DIR, 'framework-probe')),
  };
  const childScript = await compileColdChild(join(WORK_DIR, 'cold-child.cjs'));

  // Everything started is stopped in reverse order, whatever fails in between.
  const stops: (() => unknown)[] = [];
  try {
    step('starting DynamoDB Local and the Settings API on 127.0.0.1');
    const api = await startAlexaApiServer({ defaultTimeZone: 'America/New_York' });
    stops.push(() => api.close());
    const db = await startDynamoDbLocal();
    stops.push(() => db.stop());
    const client = new DynamoDBClient({ endpoint: db.endpoint, region: localRegion, credentials: localCredentials });
    stops.push(() => client.destroy());
    const store = dynamoProgressStore({ tableName: TABLE_NAME, client: { endpoint: db.endpoint, region: localRegion, credentials: localCredentials } });
    stops.push(() => store.destroy());
    await ensureTable(client, TABLE_NAME);

    step(`the store's own round trip (${ROUND_TRIPS} UpdateItem and Query calls, warm client)`);
    const roundTrips = await measureRoundTrips(client, TABLE_NAME, ROUND_TRIPS, 20);

    const cases = coldCases(bundles, runtimes, api.endpoint, db.endpoint);
    step(`cold starts: ${cases.length} cases × ${COLD_RUNS} fresh processes, interleaved`);
    const cold = await measureColdStarts(cases, { childScript, runs: COLD_RUNS, warmupRounds: 2 });

    step(`memory sizes: both cold cases under the CPU share of ${MEMORY_SIZES_MB.join(', ')} MB and unlimited, × ${MEMORY_RUNS}`);
    const pairs = coldRequestCases(api.endpoint, 2);
    const env = lambdaEnvironment(db.endpoint);
    const memory = await measureMemorySizes({
      sizesMb: MEMORY_SIZES_MB,
      runs: MEMORY_RUNS,
      childScript,
      pauseMs: NEXT_REQUEST_PAUSE_MS,
      cases: (cgroupProcs) => ({
        content: { name: 'content', bundle: bundles.production, env, node: runtimes.lambda.path, ...pairs.content, pauseMs: NEXT_REQUEST_PAUSE_MS, cgroupProcs },
        progress: { name: 'progress', bundle: bundles.production, env, node: runtimes.lambda.path, ...pairs.progress, pauseMs: NEXT_REQUEST_PAUSE_MS, cgroupProcs },
      }),
    });
    if (!memory.available) step(`memory sizes skipped: ${memory.reason}`);

    const runId = randomUUID().slice(0, 8);
    const warm = { apiEndpoint: api.endpoint, requests: WARM_REQUESTS, iterations: WARM_REQUESTS_EACH, warmup: 30, users: 20 };
    step(`warm: ${WARM_REQUESTS.length} request types × ${WARM_REQUESTS_EACH}, store answering instantly`);
    const warmInstant = await measureWarm({ ...warm, store: memoryProgressStore(), runId: `${runId}-instant` });
    step(`warm: ${WARM_REQUESTS.length} request types × ${WARM_REQUESTS_EACH}, DynamoDB Local`);
    const warmDynamo = await measureWarm({ ...warm, store, runId: `${runId}-dynamo` });
    step(`a burst: ${WARM_REQUESTS.length} request types × ${BURST_USERS} users at once, DynamoDB Local`);
    const burst = await measureBurst({ store, apiEndpoint: api.endpoint, requests: WARM_REQUESTS, users: BURST_USERS, runId: `${runId}-burst` });

    const memoryDefaultMb = stackDefaultMemoryMb();
    const markdown = renderResults({ machine: host, runtimes, bundle, whatIfs: [runtimeSdk, esmSplit], roundTrips, cold, memory, memoryDefaultMb, warmInstant, warmDynamo, burst });
    process.stdout.write(`${markdown}\n`);
    if (!QUICK) {
      await mkdir(join(ROOT, 'bench'), { recursive: true });
      await writeFile(RESULTS_FILE, markdown);
      step(`written to ${RESULTS_FILE}`);
    }
  } finally {
    for (const stop of stops.reverse()) {
      await Promise.resolve().then(stop).catch((error: unknown) => step(`could not stop cleanly: ${String(error)}`));
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
