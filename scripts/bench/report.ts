import { type BenchResults, type ColdSummary, type Findings, analyse } from './findings';
import { memorySection } from './memory';
import { isSdkPackage } from './packages';
import { kb, median, ms, percentile, table, verdict } from './stats';
import { TARGETS } from './targets';
import { ALEXA_TIMEOUT_MS, type BurstResult } from './burst';
import type { WarmResult } from './warm';

const mb = (kilobytes: number | undefined) => (kilobytes === undefined ? '–' : `${(kilobytes / 1024).toFixed(0)} MB`);
const maybeMs = (value: number | undefined) => (value === undefined ? '–' : ms(value));
const share = (bytes: number, total: number) => `${((100 * bytes) / total).toFixed(0)}%`;
const p50p99 = (samples: readonly number[]) => `${ms(percentile(samples, 50), 2)} / ${ms(percentile(samples, 99), 2)}`;
const calls = ({ reads, writes }: WarmResult) => `${reads} read${reads === 1 ? '' : 's'}, ${writes} write${writes === 1 ? '' : 's'}`;

/** Requests over the warm target, and how many of them a garbage-collection pause overlapped. */
function slowRequests({ samples, gcPauseMs }: WarmResult): { slow: number; duringGc: number } {
  const slow = samples.flatMap((value, index) => (value > TARGETS.warmP99Ms ? [index] : []));
  return { slow: slow.length, duringGc: slow.filter((index) => (gcPauseMs[index] ?? 0) > 0).length };
}

function slowCell(result: WarmResult): string {
  const { slow, duringGc } = slowRequests(result);
  return `${slow} (${duringGc})`;
}

function targetsTable(findings: Findings): string {
  const { results, cold, pass, updateItemMs, worstWarm, sdk } = findings;
  const { bundle, runtimes } = results;
  const content = cold.content as ColdSummary;
  const progress = cold.progress as ColdSummary;
  const oneShot = cold['one-shot'] as ColdSummary;
  const bare = cold.bare as ColdSummary;
  const dynamo = results.warmDynamo.results;
  const maxOf = (kind: WarmResult['kind'], field: 'reads' | 'writes') => Math.max(...dynamo.filter((r) => r.kind === kind).map((r) => r[field]));
  const node = `Node ${runtimes.lambda.version}`;
  return table(
    ['Figure', 'Measured', 'Target', 'Result'],
    [
      ['Bundle `index.js`, gzipped', kb(bundle.gzipBytes), `≤ ${kb(TARGETS.gzipBytes)}`, verdict(pass.bundle)],
      [
        `Cold start, content-only request (later in a session): wall time over bare \`node -e 0\` in the same round (${node})`,
        `${ms(content.excessMs)} (${ms(content.wallMs)} vs ${ms(bare.wallMs)})`,
        `≤ ${ms(TARGETS.contentColdExcessMs, 0)}`,
        verdict(pass.contentCold),
      ],
      [
        `Cold start, a one-shot question (a session's first request: one profile read), over bare node (${node})`,
        `${ms(oneShot.excessMs)} (${ms(oneShot.wallMs)})`,
        `≤ ${ms(TARGETS.progressColdExcessMs, 0)} (the store's)`,
        verdict(pass.oneShotCold),
      ],
      [
        `Cold start, a request that uses the store: wall time over bare node, its round trips included (${node})`,
        `${ms(progress.excessMs)} (${ms(progress.wallMs)}; a warm UpdateItem alone takes ${ms(updateItemMs)})`,
        `≤ ${ms(TARGETS.progressColdExcessMs, 0)}`,
        verdict(pass.progressCold),
      ],
      [
        'Warm handler time p99, worst request type, store answering instantly',
        `${ms(percentile(worstWarm.samples, 99), 2)} (${worstWarm.name})`,
        `≤ ${ms(TARGETS.warmP99Ms, 0)}`,
        verdict(pass.warm),
      ],
      [
        "Store calls, content requests, each a session's first, for a user who has heard the notice (most in any one request)",
        `${maxOf('content', 'reads')} read, ${maxOf('content', 'writes')} writes`,
        '≤ 1 read, 0 writes',
        verdict(pass.contentCalls),
      ],
      ['Store calls, all other requests (most in any one request)', `${maxOf('store', 'reads')} read, ${maxOf('store', 'writes')} write`, '≤ 1 read + 1 write', verdict(pass.storeCalls)],
      [
        'AWS SDK left alone by a content-only request later in a session (SDK modules from node_modules, and the store’s `dynamo-sdk.js`)',
        `${sdk.contentModulesMost} modules and ${sdk.contentLoadedStoreSdk} loads of \`dynamo-sdk.js\` in every content-only run; ` +
          `\`dynamo-sdk.js\` loaded in ${sdk.progressLoadedStoreSdk} of ${sdk.progressRuns} store runs`,
        'none, while every store request loads the one file',
        verdict(pass.lazySdk),
      ],
    ],
  );
}

const COLD_LABELS: Record<string, string> = {
  bare: 'bare `node -e 0`',
  content: '**content-only** (ExerciseHowToIntent later in a session)',
  'one-shot': '**one-shot question** (ExerciseHowToIntent as a session’s first request: one Query of the profile)',
  progress: '**store** (LogActivityIntent: Settings API, then one UpdateItem to DynamoDB Local)',
  'bare-here': 'bare `node -e 0`, this machine’s Node',
  'content-here': 'content-only, this machine’s Node',
  'progress-here': 'store, this machine’s Node',
  'bare-time-zone': "diagnostic: `node -e` reading a date in a time zone, as the first store request's calendar does",
  'framework-only': 'diagnostic: ask-sdk-core (with the ask-sdk-model it loads) and one fixed answer, no skill (scripts/bench/framework-probe.ts, same options)',
  'store-only': 'diagnostic: the store alone, one recordActivity (scripts/bench/store-probe.ts, same options)',
  'content-runtime-sdk': 'what-if: content-only, the previous layout (SDK from the runtime, store module inside index.js)',
  'progress-runtime-sdk': 'what-if: store, the previous layout (SDK from the runtime: node_modules here)',
  'content-esm': 'what-if: content-only, ES modules with code splitting',
  'progress-esm': 'what-if: store, ES modules with code splitting',
  'content-compile-cache': 'what-if: content-only, V8 compile cache primed at the same path (NODE_COMPILE_CACHE)',
  'progress-compile-cache': 'what-if: store, V8 compile cache primed at the same path',
  'content-source-maps': 'what-if: content-only, with `--enable-source-maps`',
};

function coldTable(findings: Findings): string {
  return table(
    ['Case', 'Runs', 'Wall p50', 'Over bare node (p50 of rounds)', 'CPU to answer p50', 'Bundle loaded', 'Answered', 'Peak RSS p50 (max)'],
    Object.entries(findings.cold).map(([name, summary]) => [
      COLD_LABELS[name] ?? name,
      String(summary.runs),
      ms(summary.wallMs),
      name.startsWith('bare') && name !== 'bare-time-zone' ? '–' : ms(summary.excessMs),
      maybeMs(summary.cpuMs),
      maybeMs(summary.loadedAtMs),
      maybeMs(summary.answeredAtMs),
      summary.rssMedianKb === undefined ? '–' : `${mb(summary.rssMedianKb)} (${mb(summary.rssMaxKb)})`,
    ]),
  );
}

function warmTable(findings: Findings): string {
  const { warmInstant, warmDynamo } = findings.results;
  return table(
    ['Request', 'Kind', 'Store calls (most per request)', 'p50 / p99, store instant', `Over ${ms(TARGETS.warmP99Ms, 0)} (of them during GC)`, 'p50 / p99, DynamoDB Local'],
    warmDynamo.results.map((dynamo) => {
      const instant = warmInstant.results.find((result) => result.name === dynamo.name);
      return [
        dynamo.name,
        dynamo.kind,
        calls(dynamo),
        instant ? p50p99(instant.samples) : '–',
        instant ? slowCell(instant) : '–',
        p50p99(dynamo.samples),
      ];
    }),
  );
}

function bundleSection(findings: Findings): string {
  const { bundle, whatIfs } = findings.results;
  const total = bundle.packages.reduce((sum, { bytes }) => sum + bytes, 0);
  const sdkBytes = bundle.packages.filter(({ name }) => isSdkPackage(name)).reduce((sum, { bytes }) => sum + bytes, 0);
  return [
    `\`index.js\`: ${kb(bundle.rawBytes)} raw, **${kb(bundle.gzipBytes)} gzipped**; \`index.js.map\` beside it: ${kb(bundle.mapBytes)}, ` +
      'for decoding a stack trace offline (the function does not load it).',
    `\`dynamo-sdk.js\` beside it: ${kb(bundle.storeSdk.rawBytes)} raw, ${kb(bundle.storeSdk.gzipBytes)} gzipped: the DynamoDB client and the ` +
      'commands the store uses, the SDK bundled and tree-shaken, its default credential chain left out, required by store requests only.',
    sdkBytes === 0
      ? 'No AWS SDK code is in `index.js`.'
      : `${kb(sdkBytes)} of \`index.js\` is AWS SDK code, which belongs in \`dynamo-sdk.js\`: check what imports it.`,
    '',
    'Biggest contributors (esbuild metafile, minified bytes in `index.js`):',
    '',
    table(
      ['Package or folder', 'Minified', 'Share'],
      bundle.packages.slice(0, 15).map(({ name, bytes }) => [`\`${name}\``, kb(bytes), share(bytes, total)]),
    ),
    '',
    'The what-ifs measured above, by the size of the file every cold start loads:',
    '',
    table(
      ['Build', 'Raw', 'Gzipped', `Within ${kb(TARGETS.gzipBytes)}`],
      [
        ['production: `index.js` (`esbuildOptionsFor`)', kb(bundle.rawBytes), kb(bundle.gzipBytes), verdict(bundle.gzipBytes <= TARGETS.gzipBytes)],
        ...whatIfs.map((whatIf) => [whatIf.label, kb(whatIf.rawBytes), kb(whatIf.gzipBytes), verdict(whatIf.gzipBytes <= TARGETS.gzipBytes)]),
      ],
    ),
  ].join('\n');
}

/** A what-if against the production case, round by round (the same round ran both, so load fell on both alike). */
interface Paired {
  /** Median of (what-if − production) wall time over rounds: positive is slower. */
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  /** Median of the same difference in CPU time to the answer. */
  readonly cpu: number;
  /** The middle half of the rounds agrees on the sign. */
  readonly clear: boolean;
}

function paired(findings: Findings, whatIf: string, production: string): Paired {
  const a = findings.results.cold.get(whatIf) ?? [];
  const b = findings.results.cold.get(production) ?? [];
  const wall = a.map((sample, round) => sample.wallMs - (b[round]?.wallMs ?? Number.NaN)).filter(Number.isFinite);
  const cpu = a.map((sample, round) => (sample.child?.cpuMs ?? Number.NaN) - (b[round]?.child?.cpuMs ?? Number.NaN)).filter(Number.isFinite);
  const p25 = percentile(wall, 25);
  const p75 = percentile(wall, 75);
  return { median: median(wall), p25, p75, cpu: median(cpu), clear: p25 > 0 || p75 < 0 };
}

const signed = (value: number) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;

/** "12.3 ms slower (middle half of the rounds +4.0 ms to +20.1 ms; CPU +9.8 ms)", or "no clear difference (…)". */
function against(findings: Findings, whatIf: string, production: string): string {
  const d = paired(findings, whatIf, production);
  const spread = `middle half of the rounds ${signed(d.p25)} to ${signed(d.p75)}; CPU ${signed(d.cpu)}`;
  return d.clear ? `${ms(Math.abs(d.median))} ${d.median > 0 ? 'slower' : 'faster'} (${spread})` : `no clear difference (median ${signed(d.median)}, ${spread})`;
}

/** What was kept and what was not, with the rows that decided it. */
function decisions(findings: Findings): string {
  const { runtimes } = findings.results;
  const cold = findings.cold;
  const esmContent = paired(findings, 'content-esm', 'content');
  const esmStore = paired(findings, 'progress-esm', 'progress');
  const lines = [
    'Each what-if below is set against the production build round by round, on Node 22: the median difference in wall time, the ' +
      'middle half of the rounds, and the median difference in CPU time. A difference whose middle half spans zero is not one this machine can tell.',
    '**Kept: the store\'s SDK in a file of its own, `dynamo-sdk.js`, required on the first store call.** The previous layout (the SDK ' +
      `from the runtime, here node_modules) loads at least ${findings.sdk.runtimeSdkModulesFewest} files from ${findings.sdk.runtimeSdkPackages} ` +
      `packages where this loads one; against it, a cold store request in the previous layout: ${against(findings, 'progress-runtime-sdk', 'progress')}; ` +
      `a content-only one: ${against(findings, 'content-runtime-sdk', 'content')}. Kept for the one file (the results this bench wrote on ` +
      '2026-11-24, on a quieter machine, had the SDK bundled into one file answer a cold store request 13.9 ms sooner than the runtime\'s ' +
      'copy), for a content path that never reads it (the SDK row ' +
      'of the targets), and because it pins the SDK version the store is tested with, where the runtime\'s copy changes under it. ' +
      'Two things make the file cheaper than the runtime\'s copy: the SDK\'s own `import(\'node:http\')` is turned into `require` (a ' +
      'dynamic import starts Node\'s ES module loader, and through the builtin\'s ES module facade Node\'s bundled undici, about 20 ms), ' +
      `and its default credential chain is left out (the client is given the role's credentials): ${kb(findings.results.bundle.storeSdk.rawBytes)} ` +
      'instead of about 325 KB.',
    '**Kept: a DynamoDB client given exactly what Lambda provides** (lambda/store/lambda-client-config.ts: the role\'s credentials, ' +
      'the region, an endpoint where one is set, and every setting the SDK would otherwise look up), so no default provider chain ' +
      'runs and no shared config or credentials file is read on a cold start; it is part of every store row. The store-only diagnostic ' +
      `is the SDK's whole first call with it: ${ms(cold['store-only']?.excessMs ?? Number.NaN)} over bare node.`,
    '**Kept: the store import starts with the Settings API call**: `Turn.today()` warms the store (requires `dynamo-sdk.js` and builds ' +
      'the client) before it asks for the time zone, so the two overlap; a request that reads the profile first starts the import at once.',
    `**Not kept: ES modules with code splitting.** Content-only: ${against(findings, 'content-esm', 'content')}; store: ` +
      `${against(findings, 'progress-esm', 'progress')}. ` +
      (esmContent.clear && esmContent.median > 0
        ? 'It costs the path every session starts on (the content-only answer loads through Node\'s ES module loader)'
        : 'It brings the path every session starts on nothing measurable') +
      (esmStore.clear && esmStore.median < 0
        ? ', and its gain on the store path is the chunks\' share of what the one CommonJS file already saves; a run of this bench on a ' +
          'quieter machine is the way to tell whether it holds.'
        : esmStore.clear
          ? ', and it slows the store path: its chunks load through the ES module loader, where the CommonJS file is one `require`.'
          : ', nor the store path anything the one CommonJS file does not.'),
    `**Not kept: the V8 compile cache.** With the cache primed by the first runs and read at the same path: content-only ` +
      `${against(findings, 'content-compile-cache', 'content')}; store ${against(findings, 'progress-compile-cache', 'progress')}. Node 22 keys each ` +
      'cache entry by the file\'s absolute path (portable caches arrive in Node 24.12), so a cache shipped with the asset would have to be ' +
      'written at /var/task; V8 rejects a cache from any other Node version, and the nodejs22.x runtime\'s patch version moves with ' +
      "Lambda's automatic runtime updates; and /var/task is read-only while /tmp starts empty in every new sandbox, so it cannot be " +
      'warmed there either. On a later runtime with portable caches and a pinned runtime version it is worth measuring again.',
    `**Not kept: \`--enable-source-maps\`**: a content-only cold start with it: ${against(findings, 'content-source-maps', 'content')}.`,
  ];
  if (runtimes.here.path !== runtimes.lambda.path) {
    lines.push(
      `**Node ${runtimes.here.version} against ${runtimes.lambda.version}:** content-only ${ms(cold['content-here']?.excessMs ?? Number.NaN)} ` +
        `and store ${ms(cold['progress-here']?.excessMs ?? Number.NaN)} over bare node on ${runtimes.here.version}, against ` +
        `${ms(cold.content?.excessMs ?? Number.NaN)} and ${ms(cold.progress?.excessMs ?? Number.NaN)} on ${runtimes.lambda.version}; ` +
        `CPU to the answer ${ms(cold['content-here']?.cpuMs ?? Number.NaN)} and ${ms(cold['progress-here']?.cpuMs ?? Number.NaN)} against ` +
        `${ms(cold.content?.cpuMs ?? Number.NaN)} and ${ms(cold.progress?.cpuMs ?? Number.NaN)}. The function runs Node 22, so the targets are judged there.`,
    );
  }
  return lines.join('\n\n');
}

/** What the diagnostic rows say about a missed cold-start target: where its time goes. */
function coldVerdicts({ cold, pass, results }: Findings): string[] {
  const excess = (name: string) => cold[name]?.excessMs ?? Number.NaN;
  const total = results.bundle.packages.reduce((sum, { bytes }) => sum + bytes, 0);
  const biggest = results.bundle.packages[0];
  const verdicts: string[] = [];
  if (!pass.contentCold) {
    const framework = excess('framework-only');
    verdicts.push(
      `**Content-only cold start.** The target leaves ${ms(TARGETS.contentColdExcessMs, 0)} over bare node; ask-sdk-core alone (the framework-only row) ` +
        `already takes ${ms(framework)}` +
        (framework > TARGETS.contentColdExcessMs
          ? ', so no change to our own code reaches the target: only replacing the framework would, or shipping the compile cache (not kept, above).'
          : `, so the ${ms(excess('content') - framework)} our own code adds on top is where the time over the target goes`) +
        (biggest
          ? ` The largest part of \`index.js\` is \`${biggest.name}\` (${kb(biggest.bytes)}, ${share(biggest.bytes, total)}), parsed on every cold start ` +
            'in its English part: the en-* locales are built from en-US on first use and Hindi is read only by hi-IN requests (lambda/locales.ts), ' +
            'while en-US, which every English locale starts from, is compiled by every cold start.'
          : ''),
    );
  }
  if (!pass.progressCold) {
    const store = excess('store-only');
    verdicts.push(
      `**Store cold start.** The store alone (the store-only row: loading \`dynamo-sdk.js\`, building a client, one UpdateItem over a new ` +
        `connection to DynamoDB Local, a JVM on the same two cores) takes ${ms(store)} over bare node against a budget of ` +
        `${ms(TARGETS.progressColdExcessMs, 0)}` +
        (store > TARGETS.progressColdExcessMs
          ? ', so no change to the skill brings this case within it: what is left is the SDK\'s own first call.'
          : `; the skill adds ${ms(excess('progress') - store)} on top (the framework, our code, the Settings API lookup on a cold connection, and ICU's ` +
            `time-zone data, ${ms(excess('bare-time-zone'))} by itself in the time-zone diagnostic).`),
    );
  }
  return verdicts;
}

/** Every request of the burst answered, and on the happy path, before Alexa would have given up. */
function burstSection(burst: BurstResult): string {
  const slowest = Math.max(...burst.samples);
  const inTime = burst.samples.filter((sample) => sample < ALEXA_TIMEOUT_MS).length;
  return [
    `${burst.requests} requests sent at the same instant to one process (every warm request type from each returning user, and ` +
      'as many new users), against DynamoDB Local with the store\'s production timeouts: the self-hosted server\'s worst ' +
      'case, as a Lambda container takes one request at a time. Each time runs from sending the request to its answer, ' +
      'queueing in the process included. Every request shares the process\'s one DynamoDB client, as a server\'s would, and ' +
      'the burst makes it open many connections at once: on a busy machine some can miss the store\'s 500 ms connection ' +
      'timeout, and those answers count as off the happy path (the store said it could not be reached). ' +
      'The load test (tests/reliability/load.test.ts) checks that such a burst loses and ' +
      'counts twice nothing; how long it takes is judged here, beside the machine\'s load.',
    '',
    table(
      ['Requests', 'All answered in', 'p50', 'p95', 'Slowest', `Answered within Alexa's ${ALEXA_TIMEOUT_MS / 1000} s`, 'Off the happy path'],
      [[String(burst.requests), ms(burst.wallMs, 0), ms(percentile(burst.samples, 50), 0), ms(percentile(burst.samples, 95), 0), ms(slowest, 0), `${inTime} of ${burst.requests} (${verdict(inTime === burst.requests)})`, String(burst.offPath.length)]],
    ),
    ...(burst.offPath.length > 0 ? ['', `Off the happy path, e.g. ${burst.offPath.slice(0, 3).map((one) => `"${one}"`).join('; ')}.`] : []),
    ...(burst.problems.length > 0 ? ['', `The skill logged ${burst.problems.length} warnings or errors during the burst, e.g. \`${burst.problems[0]}\`.`] : []),
  ].join('\n');
}

export function renderResults(results: BenchResults): string {
  const findings = analyse(results);
  const { machine, runtimes, roundTrips, warmInstant, warmDynamo } = results;
  const problems = [...warmInstant.problems, ...warmDynamo.problems];
  const verdicts = coldVerdicts(findings);
  return [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` (scripts/bench/index.ts) on ${machine.date}. Do not edit by hand: run the bench again.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB memory, ` +
      `Node ${machine.node} (${machine.platform}), and Node ${runtimes.lambda.version} for the cold starts, as on Lambda (the npm ` +
      `registry's \`node\` package, scripts/node22.sh); one-minute load average at the start: ${machine.loadAverage.toFixed(2)}. ` +
      'The Lambda runs Node 22 on arm64 (Graviton), so the times there will differ.',
    '',
    `**These figures are noisy.** The machine has ${machine.cores} shared cores, and other work on it ` +
      (machine.loadAverage > machine.cores / 2
        ? `(a load average of ${machine.loadAverage.toFixed(1)} against ${machine.cores} cores at the start) slows every run by more than some of the differences measured. `
        : `was light at the start (a load average of ${machine.loadAverage.toFixed(1)}) but may come and go during the run. `) +
      'Cases are interleaved round by round, so load falls on all of them alike, and each is judged ' +
      'against bare node in the same round; the CPU column (user and system time of every thread to the answer) is less ' +
      'sensitive to load than wall time. Differences of a few milliseconds between rows are within the noise.',
    '',
    '## Targets',
    '',
    targetsTable(findings),
    '',
    'Sizes: 1 KB = 1,024 bytes. The cold-start targets are judged on wall time (spawn to exit, measured by the bench) on ' +
      'Node 22, the Lambda runtime, against bare `node -e 0` run in the same rounds on the same Node.',
    '',
    '## What was kept, and what was not',
    '',
    decisions(findings),
    '',
    '## Cold start',
    '',
    `A fresh \`node\` process per run loads the bundle (\`require\`; \`import\` for the ES module what-if) and answers one request; every case ` +
      `${findings.cold.bare?.runs} times, interleaved round by round after two rounds thrown away, on Node ${runtimes.lambda.version} unless ` +
      'the row says otherwise. "Wall" is spawn to exit; "Over bare node" is the median over rounds of the case\'s wall time less bare ' +
      'node\'s in the same round; "Bundle loaded" and "Answered" are `performance.now()` inside the child, i.e. milliseconds since the ' +
      'process started. The child gets the function\'s environment (TABLE_NAME, SKILL_ID, and here dummy credentials and ' +
      'AWS_ENDPOINT_URL_DYNAMODB to DynamoDB Local). The request points the Settings API at a local server on 127.0.0.1, so the ' +
      'store request does a real time-zone lookup and a real UpdateItem from a cold client. Peak RSS is ' +
      '`process.resourceUsage().maxRSS` at the answer.',
    '',
    coldTable(findings),
    '',
    `Memory: a cold progress request peaks at ${mb(findings.cold.progress?.rssMaxKb)} RSS, a content-only one at ` +
      `${mb(findings.cold.content?.rssMaxKb)} (highest of the runs; Node ${runtimes.lambda.version} on ${machine.platform}).`,
    '',
    `The store's own round trip, from a warm client (${roundTrips.updateItem.length} calls each): ` +
      `UpdateItem p50 / p99 ${p50p99(roundTrips.updateItem)}, Query p50 / p99 ${p50p99(roundTrips.query)}.`,
    '',
    '## Memory size',
    '',
    memorySection(results.memory, results.memoryDefaultMb, {
      cpuMs: Math.max(...warmInstant.results.map((result) => percentile(result.samples, 50))),
      withStoreMs: Math.max(...warmDynamo.results.map((result) => percentile(result.samples, 50))),
    }),
    '',
    '## Warm latency and store calls',
    '',
    `In this process: the skill built by \`buildSkill\` as \`lambda/index.ts\` builds it, ${warmInstant.results[0]?.samples.length} requests ` +
      'of each type after a warm-up, each the first of a new session (so personalised answers read the profile), from ' +
      'returning users whose device time zone is already known, as in a warm container. "Store instant" is an in-memory ' +
      'ProgressStore (scripts/sim/memory-store.ts): the handler\'s own time. "DynamoDB Local" is the real ' +
      '`dynamoProgressStore`. Store calls are counted by a wrapper around the real store.',
    '',
    warmTable(findings),
    ...(problems.length > 0 ? ['', `The skill logged ${problems.length} warnings or errors during the warm runs, e.g. \`${problems[0]}\`.`] : []),
    '',
    '## A burst',
    '',
    burstSection(results.burst),
    '',
    '## Bundle size',
    '',
    bundleSection(findings),
    ...(verdicts.length > 0 ? ['', '## Why targets were missed', '', verdicts.join('\n\n')] : []),
    '',
  ].join('\n');
}
