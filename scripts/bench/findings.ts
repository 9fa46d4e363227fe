import type { BundleReport, WhatIf } from './bundle';
import type { ColdSample } from './cold-start';
import type { MemoryRun } from './memory';
import type { RoundTrips } from './round-trip';
import { median, percentile } from './stats';
import { TARGETS } from './targets';
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

export interface BenchResults {
  readonly machine: Machine;
  readonly bundle: BundleReport;
  readonly sdkBundled: WhatIf;
  readonly roundTrips: RoundTrips;
  readonly cold: ReadonlyMap<string, readonly ColdSample[]>;
  readonly memory: MemoryRun;
  /** The function's memory when the stack is not told otherwise (SkillBackend's default). */
  readonly memoryDefaultMb: number;
  readonly warmInstant: WarmRun;
  readonly warmDynamo: WarmRun;
}

export interface ColdSummary {
  readonly runs: number;
  readonly wallMs: number;
  /** Median over rounds of (this case's wall time / bare node's in the same round). */
  readonly wallRatio: number;
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
    ...(children.length > 0 && {
      startedAtMs: pick('startedAt'),
      loadedAtMs: pick('loadedAt'),
      answeredAtMs: pick('answeredAt'),
      inProcessRatio: median(children.map((child) => child.answeredAt / child.startedAt)),
      rssMedianKb: median(children.map((child) => child.maxRssKb)),
      rssMaxKb: Math.max(...children.map((child) => child.maxRssKb)),
    }),
  };
}

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

/** Every figure against its target, plus the numbers behind it. */
export function analyse(results: BenchResults): Findings {
  const samples = (name: string) => results.cold.get(name) ?? [];
  const bare = samples('bare');
  const cold = Object.fromEntries([...results.cold.keys()].map((name) => [name, summarise(samples(name), bare)])) as Record<string, ColdSummary>;
  const content = cold.content as ColdSummary;
  const progress = cold.progress as ColdSummary;
  const bareSummary = cold.bare as ColdSummary;
  const updateItemMs = median(results.roundTrips.updateItem);
  const progressBudgetMs = TARGETS.progressColdRatio * bareSummary.wallMs + updateItemMs;
  const worstWarm = [...results.warmInstant.results].sort((a, b) => percentile(b.samples, 99) - percentile(a.samples, 99))[0];
  const dynamoResults = results.warmDynamo.results;
  const contentCalls = dynamoResults.filter((result) => result.kind === 'content');
  const storeCalls = dynamoResults.filter((result) => result.kind === 'store');
  const sdkModules = (name: string) => samples(name).map((sample) => sample.child?.sdkModules ?? { count: Number.NaN, packages: [] });
  const progressSdk = sdkModules('progress');
  const sdk = {
    contentMost: Math.max(...sdkModules('content').map(({ count }) => count)),
    progressFewest: Math.min(...progressSdk.map(({ count }) => count)),
    progressPackages: [...new Set(progressSdk.flatMap(({ packages }) => packages))].length,
    progressLoadsClient: progressSdk.every(({ packages }) => packages.includes('@aws-sdk/client-dynamodb')),
  };
  return {
    results,
    cold,
    updateItemMs,
    progressBudgetMs,
    worstWarm: worstWarm as WarmResult,
    sdk,
    pass: {
      bundle: results.bundle.gzipBytes <= TARGETS.gzipBytes,
      contentCold: content.wallRatio <= TARGETS.contentColdRatio,
      progressCold: progress.wallMs <= progressBudgetMs,
      warm: percentile(worstWarm?.samples ?? [], 99) <= TARGETS.warmP99Ms,
      contentCalls: contentCalls.every((result) => result.reads === 0 && result.writes === 0),
      storeCalls: storeCalls.every((result) => result.reads <= 1 && result.writes <= 1),
      lazySdk: sdk.contentMost === 0 && sdk.progressLoadsClient,
    },
  };
}
