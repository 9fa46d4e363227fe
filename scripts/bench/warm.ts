import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { PerformanceObserver } from 'node:perf_hooks';
import { jsonLogger } from '../../lambda/services/logger';
import { settingsApiTimeZone } from '../../lambda/services/time-zone';
import { buildSkill } from '../../lambda/skill';
import type { ProgressStore } from '../../lambda/store/progress-store';
import { countingStore, isWrite } from '../sim/counting-store';
import { Conversation } from '../sim/envelope';
import { speechToText } from '../sim/speech-text';
import { type BenchRequest, BENCH_SKILL_ID, benchDevice, resolvedSlot } from './requests';

export interface WarmResult {
  readonly name: string;
  readonly kind: BenchRequest['kind'];
  /** Handler time of each measured request, in milliseconds. */
  readonly samples: readonly number[];
  /** For each sample: the longest garbage-collection pause that overlapped it, 0 when none did. */
  readonly gcPauseMs: readonly number[];
  /** The most store reads and writes any one of these requests made. */
  readonly reads: number;
  readonly writes: number;
}

export interface WarmOptions {
  readonly store: ProgressStore;
  /** The local Settings API. */
  readonly apiEndpoint: string;
  readonly requests: readonly BenchRequest[];
  readonly iterations: number;
  /** Rounds of every request type run first and not recorded, so the JIT and the caches are warm. */
  readonly warmup: number;
  /** Returning users, each with a device whose time zone the skill has looked up once, as a warm container has. */
  readonly users: number;
  /** Unique per run, so two runs against the same store never share a user. */
  readonly runId: string;
}

export interface WarmRun {
  readonly results: WarmResult[];
  /** Warnings and errors the skill logged: each is a request that did not take the happy path. */
  readonly problems: readonly string[];
}

/**
 * Handler time per request type in this process, the skill built as index.ts builds it (real Settings API lookup
 * on 127.0.0.1, the given store behind a counting wrapper). One request type at a time, each request in a new session.
 */
export async function measureWarm(options: WarmOptions): Promise<WarmRun> {
  const { store, calls } = countingStore(options.store);
  const problems: string[] = [];
  const log = jsonLogger((line) => {
    if (!line.includes('"level":"info"')) problems.push(line);
  });
  const skill = buildSkill({ now: () => new Date(), rng: Math.random, timeZoneOf: settingsApiTimeZone({ log }), log, store, skillId: BENCH_SKILL_ID });
  let last = { start: 0, end: 0 };
  const handler = async (event: RequestEnvelope, context: object): Promise<ResponseEnvelope> => {
    const start = performance.now();
    const response = await skill.invoke(event, context);
    last = { start, end: performance.now() };
    return response;
  };
  const device = (user: string | number, deviceIndex: number) => benchDevice(options.apiEndpoint, `${options.runId}-${user}`, `${options.runId}-${deviceIndex}`);

  // Each returning user visits once and logs once, so they have a profile, a week, and a known time zone.
  for (let user = 0; user < options.users; user++) {
    const chat = new Conversation({ handler, device: device(user, user) });
    await chat.launch();
    await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
  }

  let newUsers = 0;
  /** One request of this type in a new session, checked; resolves to when its handler ran and its store calls. */
  const runOnce = async (request: BenchRequest, slot: number) => {
    const user = request.user === 'new' ? `new-${newUsers++}` : slot;
    const chat = new Conversation({ handler, device: device(user, slot) });
    await request.before?.(chat);
    calls.length = 0;
    const turn = await request.send(chat);
    const said = speechToText(turn.response.response.outputSpeech);
    if (!request.expect.test(said)) throw new Error(`${request.name} answered off the happy path: ${said}`);
    const writes = calls.filter(isWrite).length;
    return { ...last, reads: calls.length - writes, writes };
  };

  // Every type first, so the JIT has seen all the code before any type is measured.
  for (let i = 0; i < options.warmup; i++) {
    for (const request of options.requests) await runOnce(request, i % options.users);
  }
  const gc = watchGc();
  const results: WarmResult[] = [];
  try {
    for (const request of options.requests) {
      const runs = [];
      for (let i = 0; i < options.iterations; i++) runs.push(await runOnce(request, i % options.users));
      await gc.flush();
      results.push({
        name: request.name,
        kind: request.kind,
        samples: runs.map((run) => run.end - run.start),
        gcPauseMs: runs.map((run) => gc.longestPauseWithin(run.start, run.end)),
        reads: Math.max(...runs.map((run) => run.reads)),
        writes: Math.max(...runs.map((run) => run.writes)),
      });
    }
  } finally {
    gc.stop();
  }
  return { results, problems };
}

/** Garbage-collection pauses on the performance timeline, to tell a slow handler from a collector pause. */
function watchGc() {
  const pauses: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    /** Entries arrive asynchronously; let the observer catch up. */
    flush: () => new Promise<void>((resolve) => setTimeout(resolve, 10)),
    longestPauseWithin: (start: number, end: number) =>
      Math.max(0, ...pauses.filter((pause) => pause.start < end && pause.end > start).map((pause) => pause.end - pause.start)),
    stop: () => observer.disconnect(),
  };
}
