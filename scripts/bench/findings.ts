import type { BundleReport, WhatIf } from './bundle';
import type { ColdSample } from './cold-start';
import type { MemoryRun } from './memory';
import type { RoundTrips } from './round-trip';
import { median, percentile } from './stats';
import { TARGETS } from './targets';
import type { BurstResult } from './burst';
import type { WarmResult, WarmRun } from './warm';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly node: string;
  readonly platform: string;
  /** One-minute load average when the bench started: other work on the machine makes every figure noisier. */
  readonly loadAverage: number;
  readonly date: string;
}

/** The Node binaries measured: this machine's and Node 22 (the same one when this is Node 22). */
export interface Runtimes {
  readonly here: { readonly path: string; readonly version: string };
  readonly lambda: { readonly path: string; readonly version: string };
}

export interface BenchResults {
  readonly machine: Machine;
  readonly runtimes: Runtimes;
  readonly bundle: BundleReport;
  readonly whatIfs: readonly WhatIf[];
  readonly roundTrips: RoundTrips;
  readonly cold: ReadonlyMap<string, readonly ColdSample[]>;
  readonly memory: MemoryRun;
  /** The function's memory when the stack is not told otherwise (SkillBackend's default). */
  readonly memoryDefaultMb: number;
  readonly warmInstant: WarmRun;
  readonly warmDynamo: WarmRun;
  /** Every warm request type from every user at once, against DynamoDB Local. */
  readonly burst: BurstResult;
}

export interface ColdSummary {
  readonly runs: number;
  readonly wallMs: number;
  /** Median over rounds of (this case's wall time / bare node's in the same round). */
  readonly wallRatio: number;
  /** Median over rounds of (this case's wall time − bare node's in the same round, on the same Node). */
  readonly excessMs: number;
  /** Median CPU time (all threads, user and system) from the child's start to its answer. */
  readonly cpuMs?: number;
  readonly startedAtMs?: number;
  readonly loadedAtMs?: number;
  readonly answeredAtMs?: number;
  /** Median over runs of answeredAt / startedAt: time to the answer against bare Node's own start-up, both in-process. */
  readonly inProcessRatio?: number;
  readonly rssMedianKb?: number;
  readonly rssMaxKb?: number;
}

function summarise(samples: readonly ColdSample[], bare: readonly ColdSample[]): ColdSummary {
  const children = samples.flatMap((sample) => (sample.child ? [sample.child] : []));
  const pick = (field: 'startedAt' | 'loadedAt' | 'answeredAt') => median(children.map((child) => child[field]));
  return {
    runs: samples.length,
    wallMs: median(samples.map((sample) => sample.wallMs)),
    wallRatio: median(samples.map((sample, round) => sample.wallMs / (bare[round]?.wallMs ?? Number.NaN))),
    excessMs: median(samples.map((sample, round) => sample.wallMs - (bare[round]?.wallMs ?? Number.NaN))),
    ...(children.length > 0 && {
      startedAtMs: pick('startedAt'),
      loadedAtMs: pick('loadedAt'),
      answeredAtMs: pick('answeredAt'),
      inProcessRatio: median(children.map((child) => child.answeredAt / child.startedAt)),
      cpuMs: median(children.map((child) => child.cpuMs)),
      rssMedianKb: median(children.map((child) => child.maxRssKb)),
      rssMaxKb: Math.max(...children.map((child) => child.maxRssKb)),
    }),
  };
}

export interface Findings {
  readonly results: BenchResults;
  readonly cold: Readonly<Record<string, ColdSummary>>;
  readonly updateItemMs: number;
  readonly worstWarm: WarmResult;
  /**
   * What the cold children loaded of the SDK: node_modules SDK modules and the store's SDK file in content-only runs
   * (both should be none), the store's SDK file in every progress run, and how many SDK modules the runtime-SDK
   * what-if's progress runs loaded (what the one file replaces).
   */
  readonly sdk: {
    readonly contentModulesMost: number;
    readonly contentLoadedStoreSdk: number;
    readonly progressLoadedStoreSdk: number;
    readonly progressRuns: number;
    readonly runtimeSdkModulesFewest: number;
    readonly runtimeSdkPackages: number;
  };
  readonly pass: Readonly<Record<'bundle' | 'contentCold' | 'oneShotCold' | 'progressCold' | 'warm' | 'contentCalls' | 'storeCalls' | 'lazySdk', boolean>>;
}

/** Every figure against its target, plus the numbers behind it. */
export function analyse(results: BenchResults): Findings {
  const samples = (name: string) => results.cold.get(name) ?? [];
  // Each case against bare node on its own Node: this machine's for the `-here` cases, Node 22 for the rest.
  const bareFor = (name: string) => samples(name.endsWith('-here') ? 'bare-here' : 'bare');
  const cold = Object.fromEntries([...results.cold.keys()].map((name) => [name, summarise(samples(name), bareFor(name))])) as Record<string, ColdSummary>;
  const content = cold.content as ColdSummary;
  const progress = cold.progress as ColdSummary;
  const oneShot = cold['one-shot'] as ColdSummary;
  const updateItemMs = median(results.roundTrips.updateItem);
  const worstWarm = [...results.warmInstant.results].sort((a, b) => percentile(b.samples, 99) - percentile(a.samples, 99))[0];
  const dynamoResults = results.warmDynamo.results;
  const contentCalls = dynamoResults.filter((result) => result.kind === 'content');
  const storeCalls = dynamoResults.filter((result) => result.kind === 'store');
  const children = (...names: string[]) => names.flatMap((name) => samples(name).flatMap((sample) => (sample.child ? [sample.child] : [])));
  const contentRuns = children('content', 'content-here');
  const progressRuns = children('progress', 'progress-here');
  const runtimeSdk = children('progress-runtime-sdk').map((child) => child.sdkModules);
  const sdk = {
    contentModulesMost: Math.max(...contentRuns.map((child) => child.sdkModules.count)),
    contentLoadedStoreSdk: contentRuns.filter((child) => child.storeSdkLoaded).length,
    progressLoadedStoreSdk: progressRuns.filter((child) => child.storeSdkLoaded).length,
    progressRuns: progressRuns.length,
    runtimeSdkModulesFewest: Math.min(...runtimeSdk.map(({ count }) => count)),
    runtimeSdkPackages: [...new Set(runtimeSdk.flatMap(({ packages }) => packages))].length,
  };
  return {
    results,
    cold,
    updateItemMs,
    worstWarm: worstWarm as WarmResult,
    sdk,
    pass: {
      bundle: results.bundle.gzipBytes <= TARGETS.gzipBytes,
      contentCold: content.excessMs <= TARGETS.contentColdExcessMs,
      // A one-shot question uses the store (one read), so it is held to the store's target.
      oneShotCold: oneShot.excessMs <= TARGETS.progressColdExcessMs,
      progressCold: progress.excessMs <= TARGETS.progressColdExcessMs,
      warm: percentile(worstWarm?.samples ?? [], 99) <= TARGETS.warmP99Ms,
      // Each the first of its session, for a user who has heard the notice: the profile read once, nothing written.
      contentCalls: contentCalls.every((result) => result.reads <= 1 && result.writes === 0),
      storeCalls: storeCalls.every((result) => result.reads <= 1 && result.writes <= 1),
      lazySdk: sdk.contentModulesMost === 0 && sdk.contentLoadedStoreSdk === 0 && sdk.progressLoadedStoreSdk === sdk.progressRuns,
    },
  };
}
