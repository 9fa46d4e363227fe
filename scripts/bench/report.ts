import { type BenchResults, type ColdSummary, type Findings, analyse } from './findings';
import { memorySection } from './memory';
import { isSdkPackage } from './packages';
import { kb, ms, percentile, ratio, table, verdict } from './stats';
import { TARGETS } from './targets';
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
  const { results, cold, pass, updateItemMs, progressBudgetMs, worstWarm, sdk } = findings;
  const { bundle } = results;
  const content = cold.content as ColdSummary;
  const progress = cold.progress as ColdSummary;
  const bare = cold.bare as ColdSummary;
  const dynamo = results.warmDynamo.results;
  const maxOf = (kind: WarmResult['kind'], field: 'reads' | 'writes') => Math.max(...dynamo.filter((r) => r.kind === kind).map((r) => r[field]));
  return table(
    ['Figure', 'Measured', 'Target', 'Result'],
    [
      ['Bundle `index.js`, gzipped', kb(bundle.gzipBytes), `≤ ${kb(TARGETS.gzipBytes)}`, verdict(pass.bundle)],
      [
        'Cold start, content-only request (wall time, ratio to bare `node -e 0`)',
        `${ratio(content.wallRatio)} (${ms(content.wallMs)} vs ${ms(bare.wallMs)})`,
        `≤ ${ratio(TARGETS.contentColdRatio)}`,
        verdict(pass.contentCold),
      ],
      [
        'Cold start, progress request (wall time)',
        `${ms(progress.wallMs)} (${ratio(progress.wallRatio)} bare)`,
        `≤ ${TARGETS.progressColdRatio} × ${ms(bare.wallMs)} + ${ms(updateItemMs)} round trip = ${ms(progressBudgetMs)}`,
        verdict(pass.progressCold),
      ],
      [
        'Warm handler time p99, worst request type, store answering instantly',
        `${ms(percentile(worstWarm.samples, 99), 2)} (${worstWarm.name})`,
        `≤ ${ms(TARGETS.warmP99Ms, 0)}`,
        verdict(pass.warm),
      ],
      ['Store calls, content requests (most in any one request)', `${maxOf('content', 'reads')} reads, ${maxOf('content', 'writes')} writes`, '0', verdict(pass.contentCalls)],
      ['Store calls, all other requests (most in any one request)', `${maxOf('store', 'reads')} read, ${maxOf('store', 'writes')} write`, '≤ 1 read + 1 write', verdict(pass.storeCalls)],
      [
        'AWS SDK left alone by a content-only request (`@aws-sdk/`, `@smithy/` and `@aws/` modules loaded, most in any run)',
        `${sdk.contentMost} in ${content.runs} runs; a progress request loads at least ${sdk.progressFewest} from ${sdk.progressPackages} packages` +
          `, \`@aws-sdk/client-dynamodb\` ${sdk.progressLoadsClient ? 'among them every time' : '**not** among them every time'}`,
        'none, while the progress request is seen loading the client',
        verdict(pass.lazySdk),
      ],
    ],
  );
}

const COLD_LABELS: Record<string, string> = {
  bare: 'bare `node -e 0`',
  'bare-time-zone': "diagnostic: `node -e` reading a date in a time zone, as the first store request's calendar does",
  content: '**content-only** (ExerciseHowToIntent)',
  progress: '**progress** (LogActivityIntent, DynamoDB Local)',
  'framework-only': 'diagnostic: ask-sdk-core (with the ask-sdk-model it loads) and one fixed answer, no skill (scripts/bench/framework-probe.ts, same options)',
  'store-only': 'diagnostic: the store alone, one recordActivity (scripts/bench/store-probe.ts, same options)',
  'content-source-maps': 'what-if: content-only, with `--enable-source-maps`',
  'content-sdk-bundled': 'what-if: content-only, SDK bundled (`externalModules: []`)',
  'progress-sdk-bundled': 'what-if: progress, SDK bundled (`externalModules: []`)',
};

function coldTable(findings: Findings): string {
  return table(
    ['Case', 'Runs', 'Wall p50', 'Wall ratio', 'First line', 'Bundle loaded', 'Answered', 'Answered / first line', 'Peak RSS p50 (max)'],
    Object.entries(findings.cold).map(([name, summary]) => [
      COLD_LABELS[name] ?? name,
      String(summary.runs),
      ms(summary.wallMs),
      ratio(summary.wallRatio),
      maybeMs(summary.startedAtMs),
      maybeMs(summary.loadedAtMs),
      maybeMs(summary.answeredAtMs),
      summary.inProcessRatio === undefined ? '–' : ratio(summary.inProcessRatio),
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
  const { bundle, sdkBundled } = findings.results;
  const total = bundle.packages.reduce((sum, { bytes }) => sum + bytes, 0);
  const sdkBytes = bundle.packages.filter(({ name }) => isSdkPackage(name)).reduce((sum, { bytes }) => sum + bytes, 0);
  return [
    `\`index.js\`: ${kb(bundle.rawBytes)} raw, **${kb(bundle.gzipBytes)} gzipped**; \`index.js.map\` beside it: ${kb(bundle.mapBytes)}, ` +
      'for decoding a stack trace offline (the function does not load it).',
    sdkBytes === 0
      ? 'No AWS SDK code is in it: the Lambda runtime supplies the SDK, and the store requires `@aws-sdk/client-dynamodb` on its first call.'
      : `${kb(sdkBytes)} of it is AWS SDK code, although \`externalModules\` leaves the SDK to the runtime: check what imports it.`,
    '',
    'Biggest contributors (esbuild metafile, minified bytes in `index.js`):',
    '',
    table(
      ['Package or folder', 'Minified', 'Share'],
      bundle.packages.slice(0, 15).map(({ name, bytes }) => [`\`${name}\``, kb(bytes), share(bytes, total)]),
    ),
    '',
    'The same options with the SDK bundled, as the function shipped before (size only; see the cold-start what-ifs for its time):',
    '',
    table(
      ['Build', 'Raw', 'Gzipped', `Within ${kb(TARGETS.gzipBytes)}`],
      [
        ['production (`esbuildOptionsFor`)', kb(bundle.rawBytes), kb(bundle.gzipBytes), verdict(bundle.gzipBytes <= TARGETS.gzipBytes)],
        [sdkBundled.label, kb(sdkBundled.rawBytes), kb(sdkBundled.gzipBytes), verdict(sdkBundled.gzipBytes <= TARGETS.gzipBytes)],
      ],
    ),
  ].join('\n');
}

/**
 * What the diagnostic rows prove about a missed cold-start target: whether any change to our own code could meet it.
 * The other targets speak for themselves in their rows.
 */
function coldVerdicts({ cold, pass, progressBudgetMs }: Findings): string[] {
  const wall = (name: string) => cold[name]?.wallMs ?? Number.NaN;
  const bare = wall('bare');
  const verdicts: string[] = [];
  if (!pass.contentCold) {
    const slack = (TARGETS.contentColdRatio - 1) * bare;
    const framework = wall('framework-only') - bare;
    verdicts.push(
      `**Content-only cold start.** The target leaves ${ms(slack)} over bare node; ask-sdk-core alone (the framework-only row) ` +
        `already takes ${ms(framework)} more than bare node` +
        (framework > slack
          ? ', so no change to our own code reaches the target: only replacing the framework would.'
          : `, so the ${ms(wall('content') - wall('framework-only'))} our own code adds is where the time over the target goes.`),
    );
  }
  if (!pass.progressCold) {
    const store = wall('store-only');
    verdicts.push(
      `**Progress cold start.** The store alone (the store-only row: loading the SDK, building a client, one UpdateItem) takes ` +
        `${ms(store)} against a budget of ${ms(progressBudgetMs)}` +
        (store > progressBudgetMs
          ? ', so no change to the skill brings this case within it.'
          : `, so the ${ms(wall('progress') - store)} the skill adds on top is where the time over the budget goes.`),
    );
  }
  return verdicts;
}

export function renderResults(results: BenchResults): string {
  const findings = analyse(results);
  const { machine, roundTrips, warmInstant, warmDynamo } = results;
  const problems = [...warmInstant.problems, ...warmDynamo.problems];
  const verdicts = coldVerdicts(findings);
  return [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` (scripts/bench/index.ts) on ${machine.date}. Do not edit by hand: run the bench again.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB memory, ` +
      `Node ${machine.node} (${machine.platform}); one-minute load average at the start: ${machine.loadAverage.toFixed(2)}. ` +
      'The Lambda runs Node 22 on arm64 (Graviton), so the times there will differ.',
    '',
    '## Targets',
    '',
    targetsTable(findings),
    '',
    'Sizes: 1 KB = 1,024 bytes. The cold-start targets are judged on wall time (spawn to exit, measured by the bench), ' +
      'against bare `node -e 0` run in the same rounds; the in-process figures below tell the same story from inside the child.',
    '',
    '## Cold start',
    '',
    `A fresh \`node\` process per run loads the bundle (\`require\`) and answers one request; every case ${findings.cold.bare?.runs} times, ` +
      'interleaved round by round after two rounds thrown away. "Wall" is spawn to exit; "First line", "Bundle loaded" and "Answered" are `performance.now()` ' +
      'inside the child, i.e. milliseconds since the process started; "Wall ratio" is the median over rounds of the case ' +
      'against bare node in the same round. The child gets the function\'s environment (TABLE_NAME, SKILL_ID, and here dummy ' +
      'credentials and AWS_ENDPOINT_URL_DYNAMODB to DynamoDB Local); the SDK, which the Lambda runtime supplies, comes from ' +
      'node_modules (its CommonJS build, as the bundle requires it). The request points the ' +
      'Settings API at a local server on 127.0.0.1, so the progress request does a real time-zone lookup and a real UpdateItem ' +
      'from a cold client. Peak RSS is `process.resourceUsage().maxRSS` at the answer.',
    '',
    coldTable(findings),
    '',
    `Memory: a cold progress request peaks at ${mb(findings.cold.progress?.rssMaxKb)} RSS, a content-only one at ` +
      `${mb(findings.cold.content?.rssMaxKb)} (highest of the runs; Node 20 on x64).`,
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
    '## Bundle size',
    '',
    bundleSection(findings),
    ...(verdicts.length > 0 ? ['', '## Why targets were missed', '', verdicts.join('\n\n')] : []),
    '',
  ].join('\n');
}
