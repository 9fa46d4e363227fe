import type { SessionEndedRequest } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import { userKey } from '../../lambda/store/user-key';
import { DeviceDialogue, type DeviceEvents, deviceTimings } from '../../scripts/sim/device';
import { Conversation, type Turn } from '../../scripts/sim/envelope';
import { speechToText } from '../../scripts/sim/speech-text';
import { type Harness, spoken, ssmlOf, startHarness } from '../support/skill-harness';

/** The device's timings, shortened: listening windows of LISTEN_MS, answers said in no time. */
const LISTEN_MS = 40;
const QUICK = { listenMs: LISTEN_MS, speechScale: 0 };

let harness: Harness;
// Monday: a strength day.
beforeAll(async () => {
  harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
});
afterAll(() => harness.close());

interface Heard {
  reprompts: string[];
  closed: Turn[];
  events: DeviceEvents;
  /** Resolves when the device has ended the session. */
  ended: Promise<Turn>;
}

function listen(): Heard {
  const reprompts: string[] = [];
  const closed: Turn[] = [];
  let resolve: (turn: Turn) => void = () => undefined;
  const ended = new Promise<Turn>((done) => {
    resolve = done;
  });
  return {
    reprompts,
    closed,
    ended,
    events: {
      reprompted: (speech) => reprompts.push(speechToText(speech)),
      closed: (turn) => {
        closed.push(turn);
        resolve(turn);
      },
    },
  };
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the console as a device', () => {
  it('says the reprompt, then ends an idle session as a device does, and the workout is resumable', async () => {
    const device = harness.device();
    const heard = listen();
    const dialogue = new DeviceDialogue(new Conversation({ handler: harness.handler, device }), heard.events, QUICK);
    await dialogue.intent('StartWorkoutIntent');
    const set = await dialogue.intent('AMAZON.NextIntent');
    expect(spoken(set)).toMatch(/Say next when you're ready for deadlifts\.$/);

    const closing = await heard.ended;
    expect(heard.reprompts).toEqual(["Say next when you're ready for deadlifts. If I stop listening, your place is saved: open Back Coach again and say resume."]);
    expect(closing.request.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' } satisfies Partial<SessionEndedRequest>);
    expect(closing.sessionEnded).toBe(true);
    expect(dialogue.sessionId).toBeUndefined();
    const { weeks } = await harness.store.history(userKey(device.userId));
    expect(weeks[0]?.workout).toMatchObject({ date: '2026-11-23', index: 1 });

    const resumed = await dialogue.intent('ResumeWorkoutIntent');
    expect(spoken(resumed)).toBe("Back to your strength workout: the warm-up is done. Say next when you're ready for deadlifts.");
    await dialogue.leave();
  });

  it('anything said before the silence runs out keeps the session, and starts the listening again', async () => {
    const heard = listen();
    const dialogue = new DeviceDialogue(harness.conversation(), heard.events, QUICK);
    await dialogue.intent('StartWorkoutIntent');
    for (let i = 0; i < 3; i += 1) {
      await wait(LISTEN_MS / 2);
      await dialogue.intent('HowManyLeftIntent');
    }
    expect(heard.reprompts).toEqual([]);
    expect(dialogue.sessionId).toBeDefined();
    await heard.ended;
    expect(heard.reprompts).toHaveLength(1);
  });

  it('listens only once the answer has been said: a long paced step holds the microphone for its own time', async () => {
    const heard = listen();
    const scale = 0.002;
    const dialogue = new DeviceDialogue(harness.conversation(), heard.events, { listenMs: 10, speechScale: scale });
    const started = Date.now();
    const start = await dialogue.intent('StartWorkoutIntent');
    const speakingMs = estimateSpeechSeconds(ssmlOf(start)) * 1000 * scale;
    expect(speakingMs).toBeGreaterThan(200);
    await heard.ended;
    expect(Date.now() - started).toBeGreaterThanOrEqual(speakingMs + 20);
  });

  it('leaving ends an open session the same way, and a closed one is left alone', async () => {
    const device = harness.device();
    const heard = listen();
    const dialogue = new DeviceDialogue(new Conversation({ handler: harness.handler, device }), heard.events, { listenMs: 60_000, speechScale: 0 });
    await dialogue.intent('StartWorkoutIntent');
    await dialogue.intent('AMAZON.NextIntent');
    await dialogue.leave();
    expect(heard.closed.map((turn) => turn.request.request)).toMatchObject([{ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' }]);
    expect((await harness.store.history(userKey(device.userId))).weeks[0]?.workout).toMatchObject({ index: 1 });
    await dialogue.leave();
    expect(heard.closed).toHaveLength(1);
  });

  it('a session the skill ended needs no silence to end it', async () => {
    const heard = listen();
    const dialogue = new DeviceDialogue(harness.conversation(), heard.events, QUICK);
    const stop = await dialogue.intent('AMAZON.StopIntent');
    expect(stop.sessionEnded).toBe(true);
    await wait(LISTEN_MS * 3);
    expect(heard.reprompts).toEqual([]);
    expect(heard.closed).toEqual([]);
  });

  it('reads its timings from the command line, and refuses what is not a number from 0 up', () => {
    expect(deviceTimings(undefined, undefined)).toEqual({ listenMs: 8000, speechScale: 1 });
    expect(deviceTimings('250', '0')).toEqual({ listenMs: 250, speechScale: 0 });
    expect(() => deviceTimings('soon', undefined)).toThrow(/--listen-ms/);
    expect(() => deviceTimings('10', '-1')).toThrow(/--speech-scale/);
  });
});
