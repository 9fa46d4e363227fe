// Why a target was missed: written from what the measurements showed, with this run's figures filled in. Each note
// is printed only while its target is missed; if a later run passes, its note drops out on its own.
import { isSdkPackage } from './bench-packages';
import type { BenchResults, ColdSummary } from './bench-report';
import { kb, ms, percentile, ratio } from './bench-stats';
import { TARGETS } from './bench-targets';
import type { WarmResult } from './bench-warm';

export interface Findings {
  readonly results: BenchResults;
  readonly cold: Readonly<Record<string, ColdSummary>>;
  readonly updateItemMs: number;
  readonly progressBudgetMs: number;
  readonly worstWarm: WarmResult;
  /** AWS SDK modules the cold children loaded: most in a content-only run, fewest in a progress run. */
  readonly sdk: { readonly contentMost: number; readonly progressFewest: number; readonly progressPackages: number; readonly progressLoadsClient: boolean };
  readonly pass: Readonly<Record<'bundle' | 'contentCold' | 'progressCold' | 'warm' | 'contentCalls' | 'storeCalls' | 'lazySdk', boolean>>;
}

const wallOf = (cold: Findings['cold'], name: string) => cold[name]?.wallMs ?? Number.NaN;
const ownCodeBytes = ({ bundle }: BenchResults) => bundle.packages.filter(({ name }) => name.startsWith('lambda/')).reduce((sum, { bytes }) => sum + bytes, 0);

function bundleNote({ results }: Findings): string {
  const { bundle } = results;
  const sdkBytes = bundle.packages.filter(({ name }) => isSdkPackage(name)).reduce((sum, { bytes }) => sum + bytes, 0);
  const biggest = bundle.packages.slice(0, 3).map(({ name, bytes }) => `\`${name}\` (${kb(bytes)})`);
  return (
    `**Bundle size.** \`index.js\` is ${kb(bundle.gzipBytes)} gzipped, ${kb(bundle.gzipBytes - TARGETS.gzipBytes)} over. ` +
    (sdkBytes > 0
      ? `${kb(sdkBytes)} of its minified code is the AWS SDK, which \`externalModules\` leaves to the runtime: something imports it ` +
        'from outside the lazy path in the store, or under a name the pattern does not cover.'
      : 'The AWS SDK is not in it (the runtime supplies it), so what is left is the framework and our own code; the biggest ' +
        `contributors are ${biggest.join(', ')}.`)
  );
}

function contentColdNote({ results, cold }: Findings): string {
  const bare = cold.bare as ColdSummary;
  const content = cold.content as ColdSummary;
  const framework = wallOf(cold, 'framework-only');
  const slack = (TARGETS.contentColdRatio - 1) * bare.wallMs;
  const load = (content.loadedAtMs ?? Number.NaN) - (content.startedAtMs ?? Number.NaN);
  const answer = (content.answeredAtMs ?? Number.NaN) - (content.loadedAtMs ?? Number.NaN);
  const sdkBundled = wallOf(cold, 'content-sdk-bundled') - content.wallMs;
  const sourceMaps = wallOf(cold, 'content-source-maps') - content.wallMs;
  const change = (delta: number) => (delta >= 0 ? `${ms(delta)} more` : `${ms(-delta)} less`);
  return (
    `**Content-only cold start.** Bare \`node -e 0\` takes ${ms(bare.wallMs)} here, so ${ratio(TARGETS.contentColdRatio)} leaves ` +
    `${ms(slack)} to load the bundle and answer; the child takes ${ms(load)} to load it and ${ms(answer)} to answer. ` +
    (sdkBundled > 0 && sourceMaps > 0 ? 'The deployment choices measured here are already the faster ones: ' : 'The deployment choices, against their what-if rows: ') +
    `the SDK left to the runtime (bundling it back: ${change(sdkBundled)}) and no \`--enable-source-maps\` (with it: ${change(sourceMaps)}). ` +
    `What is left: ask-sdk-core by itself, with the ask-sdk-model it loads, answering with no skill around it (the framework-only row), ` +
    `takes ${ms(framework)}, ${ms(framework - bare.wallMs)} over bare node; the skill adds ${ms(content.wallMs - framework)} on top, ` +
    `for loading our own ${kb(ownCodeBytes(results))} of code and running the request through the handlers. ` +
    (framework - bare.wallMs > slack
      ? 'The framework alone takes more than the slack, so no change to our own code reaches the target. The one lever left is ' +
        'replacing ask-sdk-core with a dispatcher of our own, trading its request routing, interceptors and response builder for ' +
        'code we would maintain. '
      : `The framework fits in the slack, so the ${ms(content.wallMs - framework)} of our own is where the time over the target is: ` +
        'loading less of the catalogue and handlers before the first request is what would help. ') +
    "Against a local `node -e 0` the target may be out of reach; on Lambda the runtime's own start-up sits in the baseline as " +
    'well, so the ratio there will be lower, which this bench cannot show.'
  );
}

/** What leaving the SDK to the runtime does to each cold case, from the what-if rows. */
function sdkTradeOff({ cold, sdk }: Findings): string {
  const progressGain = wallOf(cold, 'progress') - wallOf(cold, 'progress-sdk-bundled');
  const contentCost = wallOf(cold, 'content-sdk-bundled') - wallOf(cold, 'content');
  return progressGain > 0
    ? `Bundling the SDK instead would make this case ${ms(progressGain)} faster (${ms(wallOf(cold, 'progress-sdk-bundled'))}: one file instead of ` +
        `at least ${sdk.progressFewest} modules from node_modules) and every content-only cold start ${ms(contentCost)} slower (the what-if rows).`
    : `Bundling the SDK instead would not help: this case would take ${ms(wallOf(cold, 'progress-sdk-bundled'))} (the what-if row).`;
}

function progressColdNote(findings: Findings): string {
  const { results, cold, updateItemMs, progressBudgetMs } = findings;
  const bare = cold.bare as ColdSummary;
  const progress = cold.progress as ColdSummary;
  const storeOnly = cold['store-only'] as ColdSummary;
  const timeZone = wallOf(cold, 'bare-time-zone') - bare.wallMs;
  const memory = results.memory.available ? ' How it shortens with more CPU, i.e. memory, is in the memory-size section.' : '';
  return (
    `**Progress cold start.** The budget is ${TARGETS.progressColdRatio} × ${ms(bare.wallMs)} + ${ms(updateItemMs)} = ${ms(progressBudgetMs)}. The store alone ` +
    '(the diagnostic row: `recordActivity` bundled with the same options, no skill) already takes ' +
    `${ms(storeOnly.wallMs)}, ${ms(storeOnly.wallMs - bare.wallMs)} more than bare node: loading the SDK on the first call, building ` +
    'the client (configuration, the credential chain from the environment, the middleware stack), signing, and a first request ' +
    'over a new connection, which DynamoDB Local (a JVM on the same cores) answers more slowly than a warm one. The skill adds ' +
    `${ms(progress.wallMs - storeOnly.wallMs)} on top: the framework and our own code (the content-only case is ` +
    `${ms(wallOf(cold, 'content') - bare.wallMs)} over bare node), the Settings API lookup on a cold connection, and ICU time-zone ` +
    `data for the calendar's \`Intl.DateTimeFormat\` (${ms(timeZone)} in an otherwise bare process). ${sdkTradeOff(findings)} ` +
    `Since the store by itself starts and answers at ` +
    `${ratio(storeOnly.wallRatio)} bare node, most of it the SDK's own cold start, no change to the skill brings this case within the budget.${memory}`
  );
}

function warmNote({ results, worstWarm }: Findings): string {
  const all = results.warmInstant.results.flatMap(({ samples, gcPauseMs }) => samples.map((value, index) => ({ value, gc: gcPauseMs[index] ?? 0 })));
  const slow = all.filter(({ value }) => value > TARGETS.warmP99Ms);
  const slowGc = slow.filter(({ gc }) => gc > 0);
  const outside = Math.max(...all.filter(({ gc }) => gc === 0).map(({ value }) => value));
  const pauses = slowGc.map(({ gc }) => gc);
  const pauseRange = pauses.length > 0 ? ` (pauses of ${ms(Math.min(...pauses))} to ${ms(Math.max(...pauses))})` : '';
  const worstGc = worstWarm.gcPauseMs.filter((pause) => pause > 0).length;
  const unexplained = slow.length - slowGc.length;
  return (
    `**Warm p99.** The worst type, ${worstWarm.name}, has p50 ${ms(percentile(worstWarm.samples, 50), 2)} and p99 ` +
    `${ms(percentile(worstWarm.samples, 99), 2)}; ${worstGc} of its ${worstWarm.samples.length} requests overlapped a ` +
    `garbage-collection pause. Of the ${slow.length} requests over ${ms(TARGETS.warmP99Ms, 0)} across all types, ${slowGc.length} overlapped one${pauseRange}; ` +
    `the slowest request no pause touched took ${ms(outside, 2)}. The requests that allocate the most (a guided-workout step ` +
    "renders a set's paced SSML, a break per rep) fill the young generation fastest, so more of them share their time with a " +
    'scavenge. ' +
    (unexplained > 0
      ? `No pause touched the other ${unexplained}: those are most likely this process waiting for a core held by other work ` +
        `(the one-minute load average was ${results.machine.loadAverage.toFixed(2)} when the run started). `
      : '') +
    "GC is part of what a handler costs, so the figure stands as measured, in the bench's own process rather than a Lambda" +
    `${outside <= TARGETS.warmP99Ms ? `; the handler code between collections stays inside ${ms(TARGETS.warmP99Ms, 0)}` : ''}.`
  );
}

function lazySdkNote({ sdk }: Findings): string {
  return sdk.contentMost > 0
    ? `**AWS SDK.** A content-only request loaded ${sdk.contentMost} SDK modules: something requires \`@aws-sdk/*\` outside the store's first call.`
    : "**AWS SDK.** The progress request did not load `@aws-sdk/client-dynamodb` from node_modules, so the check cannot see the SDK: is it bundled again?";
}

/** A paragraph for every missed target, in the order of the targets table. */
export function whyMissed(findings: Findings): string {
  const { pass } = findings;
  const notes = [
    pass.bundle ? undefined : bundleNote(findings),
    pass.contentCold ? undefined : contentColdNote(findings),
    pass.progressCold ? undefined : progressColdNote(findings),
    pass.warm ? undefined : warmNote(findings),
    pass.contentCalls && pass.storeCalls ? undefined : '**Store calls.** A request made more store calls than allowed: see the warm table.',
    pass.lazySdk ? undefined : lazySdkNote(findings),
  ];
  return notes.filter((note): note is string => note !== undefined).join('\n\n');
}
