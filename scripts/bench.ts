// npm run bench: bundle size, cold start, warm latency and store calls of the production build, on this machine.
// Prints the results and writes them to bench/RESULTS.md. Needs Java 17+ for DynamoDB Local; takes about a minute.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTable } from '../lambda/store/create-table';
import { dynamoProgressStore } from '../lambda/store/dynamo-progress-store';
import { startAlexaApiServer } from './lib/alexa-api-server';
import { buildProductionBundle, buildStoreProbe, buildTreeShakingFloor, buildWithSdkExternal, buildWithWholePackage } from './lib/bench-bundle';
import { type ColdCase, compileColdChild, measureColdStarts, runColdCase } from './lib/bench-cold-start';
import { type Machine, renderResults } from './lib/bench-report';
import { BENCH_SKILL_ID, WARM_REQUESTS, benchDevice, coldRequests } from './lib/bench-requests';
import { measureRoundTrips } from './lib/bench-round-trip';
import { memoryProgressStore } from './lib/bench-store';
import { measureWarm } from './lib/bench-warm';
import { localCredentials, localRegion, startDynamoDbLocal } from './lib/dynamodb-local';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Git-ignored, and rebuilt from scratch on every run. */
const WORK_DIR = join(ROOT, '.cache', 'bench');
const RESULTS_FILE = join(ROOT, 'bench', 'RESULTS.md');

const COLD_RUNS = 20;
const WARM_REQUESTS_EACH = 300;
const ROUND_TRIPS = 100;
const TABLE_NAME = 'back-coach-bench';
/** What translator() builds for every request; only a process's first pair loads ICU data. */
const FIRST_FORMATTERS = "new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }); new Intl.NumberFormat('en-US')";

const step = (message: string) => process.stderr.write(`bench: ${message}\n`);

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
    NODE_OPTIONS: '--enable-source-maps',
    AWS_REGION: localRegion,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

interface Bundles {
  readonly production: string;
  readonly sdkExternal: string;
  readonly storeProbe: string;
}

/** The measured cases, then the diagnostics and what-ifs that explain them (see bench-report.ts for their labels). */
function coldCases(bundles: Bundles, apiEndpoint: string, dynamoEndpoint: string): { all: ColdCase[]; content: ColdCase; progress: ColdCase } {
  const env = lambdaEnvironment(dynamoEndpoint);
  const { NODE_OPTIONS: _sourceMaps, ...noSourceMaps } = env;
  const bare = { PATH: env.PATH };
  const contentRequest = () => coldRequests.content(benchDevice(apiEndpoint, 'cold-content'));
  // A new user each run, like a first log of the week; the device's time zone is looked up for real every time.
  const progressRequest = () => coldRequests.progress(benchDevice(apiEndpoint, `cold-${randomUUID()}`));
  const forContent = { event: contentRequest, expect: coldRequests.expectContent };
  const forProgress = { event: progressRequest, expect: coldRequests.expectProgress };
  const content: ColdCase = { name: 'content', bundle: bundles.production, env, ...forContent };
  const progress: ColdCase = { name: 'progress', bundle: bundles.production, env, ...forProgress };
  const all: ColdCase[] = [
    { name: 'bare', env: bare },
    { name: 'bare-intl', env: bare, script: FIRST_FORMATTERS },
    content,
    progress,
    { name: 'store-only', bundle: bundles.storeProbe, env, event: () => ({ requestId: `probe-${randomUUID()}` }), expect: /^recorded$/ },
    { name: 'content-no-source-maps', bundle: bundles.production, env: noSourceMaps, ...forContent },
    { name: 'content-sdk-external', bundle: bundles.sdkExternal, env, ...forContent },
    { name: 'progress-sdk-external', bundle: bundles.sdkExternal, env, ...forProgress },
    { name: 'content-sdk-external-no-source-maps', bundle: bundles.sdkExternal, env: noSourceMaps, ...forContent },
  ];
  return { all, content, progress };
}

async function main(): Promise<void> {
  const host = machine();
  // This process talks to DynamoDB Local too; the SDK's notice about Node 20 is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  await rm(WORK_DIR, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });

  step('building the production bundle (infra/bundling.ts), three what-ifs and a store-only probe');
  const bundle = await buildProductionBundle(join(WORK_DIR, 'lambda'));
  const whatIfs = {
    wholePackage: await buildWithWholePackage(join(WORK_DIR, 'whole-package')),
    floor: await buildTreeShakingFloor(join(WORK_DIR, 'tree-shaking-floor')),
    sdkExternal: await buildWithSdkExternal(join(WORK_DIR, 'sdk-external')),
  };
  const bundles = { production: bundle.file, sdkExternal: whatIfs.sdkExternal.file, storeProbe: await buildStoreProbe(join(WORK_DIR, 'store-probe')) };
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

    const cases = coldCases(bundles, api.endpoint, db.endpoint);
    step(`cold starts: ${cases.all.length} cases × ${COLD_RUNS} fresh processes, interleaved`);
    const cold = await measureColdStarts(cases.all, { childScript, runs: COLD_RUNS, warmupRounds: 2 });

    step('checking which SDK code a content-only and a progress request run (V8 coverage)');
    const sdkUse = {
      content: (await runColdCase(cases.content, childScript, true)).child?.sdk,
      progress: (await runColdCase(cases.progress, childScript, true)).child?.sdk,
    };

    const runId = randomUUID().slice(0, 8);
    const warm = { apiEndpoint: api.endpoint, requests: WARM_REQUESTS, iterations: WARM_REQUESTS_EACH, warmup: 30, users: 20 };
    step(`warm: ${WARM_REQUESTS.length} request types × ${WARM_REQUESTS_EACH}, store answering instantly`);
    const warmInstant = await measureWarm({ ...warm, store: memoryProgressStore(), runId: `${runId}-instant` });
    step(`warm: ${WARM_REQUESTS.length} request types × ${WARM_REQUESTS_EACH}, DynamoDB Local`);
    const warmDynamo = await measureWarm({ ...warm, store, runId: `${runId}-dynamo` });

    const markdown = renderResults({ machine: host, bundle, whatIfs, roundTrips, cold, sdkUse, warmInstant, warmDynamo });
    await mkdir(join(ROOT, 'bench'), { recursive: true });
    await writeFile(RESULTS_FILE, markdown);
    process.stdout.write(`${markdown}\n`);
    step(`written to ${RESULTS_FILE}`);
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
