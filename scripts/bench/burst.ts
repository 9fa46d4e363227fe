import { jsonLogger } from '../../lambda/services/logger';
import { settingsApiTimeZone } from '../../lambda/services/time-zone';
import { buildSkill } from '../../lambda/skill';
import type { ProgressStore } from '../../lambda/store/progress-store';
import { Conversation } from '../sim/envelope';
import { speechToText } from '../sim/speech-text';
import { type BenchRequest, BENCH_SKILL_ID, benchDevice, resolvedSlot } from './requests';

/** Alexa gives up on an answer after 8 seconds. */
export const ALEXA_TIMEOUT_MS = 8_000;

export interface BurstOptions {
  readonly store: ProgressStore;
  /** The local Settings API. */
  readonly apiEndpoint: string;
  readonly requests: readonly BenchRequest[];
  /** Users sending every request type at once; returning ones have a profile, a week and a known time zone. */
  readonly users: number;
  /** Unique per run, so two runs against the same store never share a user. */
  readonly runId: string;
}

export interface BurstResult {
  readonly requests: number;
  /** From the first request sent to the last answer, in milliseconds. */
  readonly wallMs: number;
  /** Each request's time from being sent to its answer, queueing in this process included. */
  readonly samples: readonly number[];
  /** Answers off the happy path (a store that did not keep up, an error): each said with its request's name. */
  readonly offPath: readonly string[];
  /** Warnings and errors the skill logged during the burst. */
  readonly problems: readonly string[];
}

/**
 * Every request type from every user at the same instant, in one process, against the given store with its production
 * timeouts: the self-hosted server's worst case (on Lambda each container takes one request at a time). The load test
 * (tests/reliability/load.test.ts) checks that a burst loses and doubles nothing, whatever the machine's speed; how
 * long its answers take is measured here, where the machine's load is reported beside it.
 */
export async function measureBurst(options: BurstOptions): Promise<BurstResult> {
  const problems: string[] = [];
  const log = jsonLogger((line) => {
    if (!line.includes('"level":"info"')) problems.push(line);
  });
  const skill = buildSkill({ now: () => new Date(), rng: Math.random, timeZoneOf: settingsApiTimeZone({ log }), log, store: options.store, skillId: BENCH_SKILL_ID });
  const handler = (event: Parameters<typeof skill.invoke>[0], context: object) => skill.invoke(event, context);
  const device = (user: string) => benchDevice(options.apiEndpoint, `${options.runId}-${user}`);

  for (let user = 0; user < options.users; user++) {
    const chat = new Conversation({ handler, device: device(`returning-${user}`) });
    await chat.launch();
    await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk') });
  }
  // Earlier turns a request needs go first, one session each; then every request is sent at once.
  const ready = await Promise.all(
    options.requests.flatMap((request) =>
      Array.from({ length: options.users }, async (_, user) => {
        const chat = new Conversation({ handler, device: device(request.user === 'new' ? `new-${request.name}-${user}` : `returning-${user}`) });
        await request.before?.(chat);
        return { request, chat };
      }),
    ),
  );
  problems.length = 0;
  const started = performance.now();
  const answers = await Promise.all(
    ready.map(async ({ request, chat }) => {
      const sent = performance.now();
      const turn = await request.send(chat);
      return { request, ms: performance.now() - sent, said: speechToText(turn.response.response.outputSpeech) };
    }),
  );
  return {
    requests: answers.length,
    wallMs: performance.now() - started,
    samples: answers.map((answer) => answer.ms),
    offPath: answers.filter(({ request, said }) => !request.expect.test(said)).map(({ request, said }) => `${request.name}: ${said}`),
    problems: [...problems],
  };
}
