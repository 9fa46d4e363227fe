/**
 * The console as a device (`npm start -- --device`): an Echo's microphone after an answer that leaves the session open.
 * The device speaks the answer (as long as its speech takes), listens about 8 seconds, says the reprompt, listens
 * about 8 seconds more, and then ends the session with a SessionEndedRequest (EXCEEDED_MAX_REPROMPTS). Typing at any
 * point is the user speaking (during the answer, like "Alexa, next"). Leaving the console is walking away: the session
 * ends the same way, so a workout's place is saved as it would be on a device.
 */
import type { Response } from 'ask-sdk-model';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import type { Conversation, SlotInput, Turn } from './envelope';

export interface DeviceTimings {
  /** How long the device listens after it stops speaking, before the reprompt, and again after it. */
  readonly listenMs: number;
  /** How much of each answer's own spoken time the device takes to say it: 1 as a device does, 0 for no time at all. */
  readonly speechScale: number;
}

/** An Echo's, as documented and as observed: about 8 seconds of listening, answers spoken at their own pace. */
export const ECHO_TIMINGS: DeviceTimings = { listenMs: 8_000, speechScale: 1 };

/** Timings from the command line; anything but a number from 0 up is refused. */
export function deviceTimings(listenMs: string | undefined, speechScale: string | undefined): DeviceTimings {
  const read = (text: string | undefined, fallback: number, flag: string) => {
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} takes a number from 0 up, not "${text}"`);
    return value;
  };
  return { listenMs: read(listenMs, ECHO_TIMINGS.listenMs, '--listen-ms'), speechScale: read(speechScale, ECHO_TIMINGS.speechScale, '--speech-scale') };
}

export interface DeviceEvents {
  /** The session stayed open and nothing was said: the device says the reprompt. */
  readonly reprompted: (reprompt: Response['outputSpeech']) => void;
  /** Nothing was said after the reprompt either: the device ended the session. */
  readonly closed: (turn: Turn) => void;
}

/** How long an answer speaks at an Echo's pace. */
function fullSpeechMs(speech: Response['outputSpeech']): number {
  const ssml = speech?.type === 'SSML' ? speech.ssml : speech?.type === 'PlainText' ? speech.text : '';
  return estimateSpeechSeconds(ssml ?? '') * 1000;
}

/** Wait, then do; cancelled by anything the user says. */
type Timer = ReturnType<typeof setTimeout>;

/**
 * A Conversation as a device holds it: the same requests, plus the silence that ends a session nobody answers. Give it
 * a Conversation on a still clock that does not hear answers itself (`hearsAnswers: false`): the device stamps each
 * request with the time heard at an Echo's pace, whatever the speech scale.
 */
export class DeviceDialogue {
  private timer: Timer | undefined;
  /** Requests go out one at a time, whether the user or the silence sends them. */
  private queue: Promise<unknown> = Promise.resolve();
  /** When the last answer arrived (real time), and how long it speaks at an Echo's pace. */
  private answeredAt = Date.now();
  private answerMs = 0;

  constructor(
    private readonly conversation: Conversation,
    private readonly events: DeviceEvents,
    private readonly timings: DeviceTimings = ECHO_TIMINGS,
  ) {}

  get sessionId(): string | undefined {
    return this.conversation.sessionId;
  }

  launch(): Promise<Turn> {
    return this.said(() => this.conversation.launch());
  }

  intent(name: string, slots: Readonly<Record<string, SlotInput>> = {}): Promise<Turn> {
    return this.said(() => this.conversation.intent(name, slots));
  }

  /** Any other request the user's words make (an answer to Alexa's own question, such as a voice permission). */
  send(...args: Parameters<Conversation['send']>): Promise<Turn> {
    return this.said(() => this.conversation.send(...args));
  }

  /** Alexa closes the session itself ("exit"), and tells the skill. */
  end(...args: Parameters<Conversation['end']>): Promise<Turn | undefined> {
    this.quiet();
    return this.enqueue(() => this.timed(() => this.conversation.end(...args)));
  }

  /** The user walks away: an open session ends as it would when nobody answers. */
  async leave(): Promise<void> {
    this.quiet();
    await this.enqueue(() => this.closeForSilence());
  }

  /** Something the user said: it cuts the device short, and it listens again after the answer. */
  private said(send: () => Promise<Turn>): Promise<Turn> {
    this.quiet();
    return this.enqueue(async () => {
      const turn = await this.timed(send);
      this.listenAfter(turn);
      return turn;
    });
  }

  /**
   * How long, at an Echo's pace, since the last answer began: the part of it played (the device speaks faster when
   * scaled), and then the time since. The request is stamped that much later (see Conversation's `cutIn`), so a step
   * of a workout moved on from while it is still spoken is cut short, as it would be on a device.
   */
  private heardSeconds(): number {
    const real = Date.now() - this.answeredAt;
    const played = this.answerMs * this.timings.speechScale;
    return (real < played ? real / this.timings.speechScale : this.answerMs + (real - played)) / 1000;
  }

  /** Sends what the user or the silence made, stamped as heard so far, and notes the answer. */
  private async timed<T extends Turn | undefined>(send: () => Promise<T>): Promise<T> {
    this.conversation.cutIn(this.heardSeconds());
    const turn = await send();
    this.answeredAt = Date.now();
    this.answerMs = turn ? fullSpeechMs(turn.response.response.outputSpeech) : 0;
    return turn;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private quiet(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private speakingMs(speech: Response['outputSpeech']): number {
    return fullSpeechMs(speech) * this.timings.speechScale;
  }

  private listenAfter(turn: Turn): void {
    const { response } = turn.response;
    if (turn.sessionEnded || !response.reprompt) return;
    const reprompt = response.reprompt.outputSpeech;
    this.timer = setTimeout(() => {
      this.events.reprompted(reprompt);
      this.timer = setTimeout(() => void this.enqueue(() => this.closeForSilence()), this.speakingMs(reprompt) + this.timings.listenMs);
    }, this.speakingMs(response.outputSpeech) + this.timings.listenMs);
  }

  private async closeForSilence(): Promise<void> {
    this.timer = undefined;
    const turn = await this.timed(() => this.conversation.end('EXCEEDED_MAX_REPROMPTS'));
    if (turn) this.events.closed(turn);
  }
}
