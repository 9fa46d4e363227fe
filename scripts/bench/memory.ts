// Cold starts under the CPU share each Lambda memory size gets, and the memory size they support.
import { App, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SkillBackend } from '../../infra/skill-backend';
import { type ColdCase, type ColdSample, measureColdStarts } from './cold-start';
import { FULL_VCPU_MB, PERIOD_US, cpuQuotas } from './cpu-quota';
import { median, ms, table } from './stats';

export interface MemoryPoint {
  /** The Lambda memory size; none for the reference run without a quota. */
  readonly memoryMb?: number;
  readonly cpuShare?: number;
  readonly content: readonly ColdSample[];
  readonly progress: readonly ColdSample[];
  readonly throttledPeriods: number;
}

export type MemoryRun =
  | { readonly available: true; readonly mechanism: string; readonly runs: number; readonly pauseMs: number; readonly points: readonly MemoryPoint[] }
  | { readonly available: false; readonly reason: string };

export interface MemoryOptions {
  readonly sizesMb: readonly number[];
  readonly runs: number;
  readonly childScript: string;
  /** The cold cases, each answering a second request `pauseMs` after the first, run in the given cgroup. */
  readonly cases: (cgroupProcs: string) => { readonly content: ColdCase; readonly progress: ColdCase };
  readonly pauseMs: number;
}

/** The memory the stack gives the function unless told otherwise, read off the construct itself. */
export function stackDefaultMemoryMb(): number {
  // No bundling: only the function's properties are read.
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const backend = new SkillBackend(new Stack(app, 'Bench'), 'Backend', { skillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' });
  return (backend.handler.node.defaultChild as CfnFunction).memorySize as number;
}

/** Both cold cases under every size's quota, interleaved round by round like the main cold-start runs. */
export async function measureMemorySizes(options: MemoryOptions): Promise<MemoryRun> {
  const quotas = await cpuQuotas(options.sizesMb);
  if (!quotas.available) return quotas;
  try {
    const groups = quotas.groups.map((group) => {
      const { content, progress } = options.cases(group.procsFile);
      const label = String(group.memoryMb ?? 'unlimited');
      return { group, content: { ...content, name: `${label} content` }, progress: { ...progress, name: `${label} progress` } };
    });
    // The main runs have warmed the file cache and DynamoDB Local already, so no round is thrown away.
    const samples = await measureColdStarts(
      groups.flatMap(({ content, progress }) => [content, progress]),
      { childScript: options.childScript, runs: options.runs, warmupRounds: 0 },
    );
    const points: MemoryPoint[] = [];
    for (const { group, content, progress } of groups) {
      points.push({
        ...(group.memoryMb !== undefined && { memoryMb: group.memoryMb }),
        ...(group.cpuShare !== undefined && { cpuShare: group.cpuShare }),
        content: samples.get(content.name) ?? [],
        progress: samples.get(progress.name) ?? [],
        throttledPeriods: await group.throttledPeriods(),
      });
    }
    return { available: true, mechanism: quotas.mechanism, runs: options.runs, pauseMs: options.pauseMs, points };
  } finally {
    await quotas.remove();
  }
}

/** Alexa drops a reply after 8 s. */
const ALEXA_BUDGET_MS = 8_000;
/**
 * The smallest change in a reply's delay worth paying for: about 0.1 s is the limit for a response to feel immediate
 * (Nielsen), so a pause that shrinks by less goes unnoticed.
 */
const PERCEPTIBLE_MS = 100;
/** A warm container's heap grows past one request's peak, so a size must hold at least twice that peak. */
const MEMORY_HEADROOM = 2;
/** Lambda's duration price on arm64 in us-east-1, first tier (aws.amazon.com/lambda/pricing); billed per started ms. */
const USD_PER_GB_SECOND = 0.0000133334;

/** What a warm request takes, from the warm runs: its handler's CPU (store instant) and its whole time (DynamoDB Local). */
export interface WarmCost {
  /** The slowest request type's p50 with the store answering instantly: CPU, as no I/O is left. */
  readonly cpuMs: number;
  /** The slowest request type's p50 against DynamoDB Local: CPU plus the store's round trip. */
  readonly withStoreMs: number;
}

interface PointSummary {
  readonly memoryMb?: number;
  readonly cpuShare?: number;
  readonly contentMs: number;
  readonly progressMs: number;
  readonly progressWorstMs: number;
  readonly nextContentMs: number;
  readonly nextProgressMs: number;
  readonly rssMaxKb: number;
  readonly runs: number;
  readonly throttledPeriods: number;
}

function summarisePoint(point: MemoryPoint): PointSummary {
  const answered = (samples: readonly ColdSample[]) => samples.map((sample) => sample.answeredMs ?? sample.wallMs);
  const next = (samples: readonly ColdSample[]) => samples.flatMap((sample) => sample.next.map((report) => report.handlerMs));
  const all = [...point.content, ...point.progress];
  const rss = all.flatMap((sample) => [sample.child?.maxRssKb ?? 0, ...sample.next.map((report) => report.maxRssKb)]);
  return {
    ...(point.memoryMb !== undefined && { memoryMb: point.memoryMb }),
    ...(point.cpuShare !== undefined && { cpuShare: point.cpuShare }),
    contentMs: median(answered(point.content)),
    progressMs: median(answered(point.progress)),
    progressWorstMs: Math.max(...answered(point.progress)),
    nextContentMs: median(next(point.content)),
    nextProgressMs: median(next(point.progress)),
    rssMaxKb: Math.max(...rss),
    runs: point.content.length,
    throttledPeriods: point.throttledPeriods,
  };
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
const mbOf = (kilobytes: number) => `${(kilobytes / 1024).toFixed(0)} MB`;
const sizeLabel = (point: PointSummary) => (point.memoryMb === undefined ? 'no quota (all of this machine)' : `${point.memoryMb.toLocaleString('en-US')} MB`);
/** Lambda bills memory × duration (cold starts included); in GB-ms, as the cost of one cold progress start. */
const gbMs = (point: PointSummary) => (point.memoryMb === undefined ? Number.NaN : (point.memoryMb / 1024) * point.progressMs);

function memoryTable(points: readonly PointSummary[]): string {
  return table(
    ['Memory', 'CPU', 'Content-only cold start p50', 'Progress cold start p50 (slowest)', 'Second request p50, content / progress', 'Peak RSS', 'Compute per cold progress start'],
    points.map((point) => [
      sizeLabel(point),
      point.cpuShare === undefined ? '–' : `${(100 * point.cpuShare).toFixed(0)}% of a vCPU`,
      ms(point.contentMs, 0),
      `${ms(point.progressMs, 0)} (${ms(point.progressWorstMs, 0)})`,
      `${ms(point.nextContentMs, 2)} / ${ms(point.nextProgressMs, 2)}`,
      mbOf(point.rssMaxKb),
      point.memoryMb === undefined ? '–' : `${gbMs(point).toFixed(0)} GB-ms`,
    ]),
  );
}

/** The smallest size that holds the skill and is within a perceptible step of a full vCPU. */
function supportedSize(sized: readonly PointSummary[], full: PointSummary): PointSummary {
  const fits = (point: PointSummary) => point.rssMaxKb * MEMORY_HEADROOM <= (point.memoryMb ?? 0) * 1024;
  const closeToFull = (point: PointSummary) =>
    point.contentMs - full.contentMs <= PERCEPTIBLE_MS && point.progressMs - full.progressMs <= PERCEPTIBLE_MS;
  return sized.find((point) => fits(point) && closeToFull(point)) ?? full;
}

function decision(points: readonly PointSummary[], defaultMb: number, warm: WarmCost): string {
  const sized = points.filter((point) => point.memoryMb !== undefined);
  const full = sized.find((point) => point.memoryMb === FULL_VCPU_MB) ?? (sized.at(-1) as PointSummary);
  const unlimited = points.find((point) => point.memoryMb === undefined);
  const chosen = supportedSize(sized, full);
  const smaller = sized.filter((point) => (point.memoryMb ?? 0) < (chosen.memoryMb ?? 0)).at(-1);
  const smallest = sized[0] as PointSummary;
  const peakKb = Math.max(...points.map((point) => point.rssMaxKb));
  const slowest = sized.reduce((worst, point) => (point.progressWorstMs > worst.progressWorstMs ? point : worst));
  const list = (values: readonly string[]) => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`);
  const slowerThanFull = (point: PointSummary) =>
    `content-only +${ms(point.contentMs - full.contentMs, 0)}, progress +${ms(point.progressMs - full.progressMs, 0)}`;
  /** The smallest size whose share of one quota period covers a warm request's CPU. */
  const warmFits = sized.find((point) => (point.cpuShare ?? 0) * (PERIOD_US / 1000) >= warm.cpuMs);
  const perMillionWarm = (memoryMb: number) => `$${((1e6 * (memoryMb / 1024) * Math.ceil(warm.withStoreMs) * USD_PER_GB_SECOND) / 1000).toFixed(2)}`;

  const cpu =
    `Memory is not the constraint: the highest peak RSS at any size was ${mbOf(peakKb)}, ` +
    (peakKb * MEMORY_HEADROOM <= (smallest.memoryMb ?? 0) * 1024
      ? `under half of even ${sizeLabel(smallest)}. `
      : `under half of every size from ${sizeLabel(sized.find((point) => peakKb * MEMORY_HEADROOM <= (point.memoryMb ?? 0) * 1024) ?? full)}. `) +
    'CPU is: a cold progress start (the path of every session whose first request reads or writes the store, LaunchRequest ' +
    `included) takes ${list(sized.map((point) => `${seconds(point.progressMs)} at ${sizeLabel(point)}`))}; a content-only one ` +
    `${seconds(smallest.contentMs)} at ${sizeLabel(smallest)} and ${seconds(full.contentMs)} at ${sizeLabel(full)}. The container's second ` +
    `request still runs code the JIT has not seen, so it too is slower on less CPU (progress: ${ms(smallest.nextProgressMs, 0)} at ` +
    `${sizeLabel(smallest)}, ${ms(full.nextProgressMs, 0)} at ${sizeLabel(full)}).` +
    (unlimited
      ? unlimited.progressMs < full.progressMs - PERCEPTIBLE_MS
        ? ` A second core would help as well: with all of this machine's cores a cold progress start takes ${seconds(unlimited.progressMs)}.`
        : ` More than one vCPU adds little: with all of this machine's cores the two cold starts take ${seconds(unlimited.contentMs)} and ${seconds(unlimited.progressMs)}.`
      : '');

  // Every run gave the expected answer, or the bench would have stopped (ColdCase.expect).
  const budget =
    `Every size answers inside Alexa's ${ALEXA_BUDGET_MS / 1000} s (the slowest run: ${seconds(slowest.progressWorstMs)} at ${sizeLabel(slowest)}), ` +
    'and every run with the answer it was asked for.';

  const why =
    `**The measurements support ${sizeLabel(chosen)}.** ` +
    (chosen === full
      ? `Every smaller size leaves a cold start more than ${ms(PERCEPTIBLE_MS, 0)} slower than a full vCPU's`
      : `It is the smallest size that holds twice the peak RSS and brings both cold starts within ${ms(PERCEPTIBLE_MS, 0)} of a full vCPU's (${slowerThanFull(chosen)})`) +
    (smaller ? ` (${sizeLabel(smaller)}: ${slowerThanFull(smaller)}). ` : '. ') +
    `${ms(PERCEPTIBLE_MS, 0)} is about the smallest change in a reply's delay a listener notices (Nielsen's limit for a response to ` +
    'feel immediate), and a cold start is what the user hears at the start of most sessions of a skill used a few times a day. ' +
    (smaller
      ? 'Less memory would not make cold starts cheaper either: Lambda bills memory × duration, init included, and a cold start ' +
        'ends sooner in proportion to its CPU, so it costs about the same compute at every size up to a full vCPU (last but one column: ' +
        `${gbMs(smaller).toFixed(0)} GB-ms at ${sizeLabel(smaller)}, ${gbMs(chosen).toFixed(0)} at ${sizeLabel(chosen)}). `
      : '') +
    'What more memory does cost is warm requests: their handler needs at most ' +
    `${ms(warm.cpuMs, 2)} of CPU (the warm table's slowest p50 with the store answering instantly)` +
    (warmFits ? `, inside one ${PERIOD_US / 1000} ms period's share from ${sizeLabel(warmFits)} up, ` : ', ') +
    `so their duration is mostly the store's round trip at any size (at most ${ms(warm.withStoreMs, 1)} p50 here against DynamoDB Local) ` +
    'and their cost grows in proportion to memory' +
    (smaller?.memoryMb !== undefined && chosen.memoryMb !== undefined
      ? `: ${perMillionWarm(chosen.memoryMb)} per million at ${sizeLabel(chosen)} against ${perMillionWarm(smaller.memoryMb)} at ` +
        `${sizeLabel(smaller)} (arm64, us-east-1, billed at ${Math.ceil(warm.withStoreMs)} ms each), the price of the shorter wait.`
      : '.');

  const stack =
    `The stack's default (\`memorySize\` in infra/skill-backend.ts) is ${defaultMb.toLocaleString('en-US')} MB` +
    (defaultMb === chosen.memoryMb ? ', as measured here.' : `: these measurements say ${sizeLabel(chosen)}.`) +
    ` This machine is ${process.arch} and the function runs on Graviton (arm64), both with Node 22 here, so times there will differ; ` +
    "what carries over is how they scale with the CPU share. Lambda's own start-up (fetching the code, starting the runtime) comes on top.";

  return [cpu, budget, why, stack].join('\n\n');
}

/** The memory-size section of bench/RESULTS.md. */
export function memorySection(run: MemoryRun, defaultMb: number, warm: WarmCost): string {
  if (!run.available) {
    return (
      `Not measured on this run: ${run.reason}. This section needs Linux, root and a writable cgroup cpu controller ` +
      `(v2 \`cpu.max\` or v1 \`cpu.cfs_quota_us\`); the rest of the bench does not. The stack's default is ${defaultMb.toLocaleString('en-US')} MB.`
    );
  }
  const points = run.points.map(summarisePoint);
  const quotaPoints = points.filter((point) => (point.cpuShare ?? 1) < 1);
  const smallest = points[0] as PointSummary;
  return [
    `Lambda gives a function CPU in proportion to its memory, one full vCPU at ${FULL_VCPU_MB.toLocaleString('en-US')} MB. Each size below is ` +
      `that share of one CPU here: a cgroup per size, through ${run.mechanism}, allowed memory / ${FULL_VCPU_MB.toLocaleString('en-US')} of every ` +
      `${PERIOD_US / 1000} ms, which the child joins before Node starts. Lambda does not document its period; ${PERIOD_US / 1000} ms is what has ` +
      'been observed there (github.com/pwrdrvr/lambda-dispatch/issues/246), and the kernel\'s default 100 ms would let a short start run its ' +
      `first share unthrottled, flattering the small sizes. Per size, ${run.runs} fresh processes per case, interleaved: each answers its cold ` +
      `request and, ${run.pauseMs} ms later with the quota refilled, one more of the same kind for the same user: the container's second ` +
      'request. Cold-start times run from spawn to the answer reaching the bench, Node\'s own start-up under the quota included; the second ' +
      "request's is the handler's own time. Compute is memory × the cold progress start, what Lambda bills for it.",
    '',
    memoryTable(points),
    '',
    quotaPoints.some((point) => point.throttledPeriods > 0)
      ? `The quotas bite: the kernel throttled the ${sizeLabel(smallest)} group in ${smallest.throttledPeriods.toLocaleString('en-US')} periods of ${PERIOD_US / 1000} ms.`
      : '**The quotas never throttled anything**, so the figures above show no CPU limit: check the cgroup setup before reading them.',
    '',
    decision(points, defaultMb, warm),
  ].join('\n');
}
