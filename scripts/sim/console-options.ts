/**
 * The console's command line (`npm start -- …`): every flag once, with what it does, so `--help` lists them all and a
 * mistake is one line that says what to type instead, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { isValidTimeZone } from '../../lambda/domain/calendar';
import { DEFAULT_LOCALE, LOCALE_IDS, type LocaleId } from '../../lambda/locales';
import { type DeviceTimings, deviceTimings } from './device';

interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** What the value is called in --help. */
  readonly value?: string;
  readonly help: string;
}

export const CONSOLE_FLAGS = {
  locale: { type: 'string', value: 'LOCALE', help: `the skill's locale: its voice model, its requests, its voice (${LOCALE_IDS.join(', ')}; default ${DEFAULT_LOCALE})` },
  'time-zone': { type: 'string', value: 'ZONE', help: "the device's IANA time zone, e.g. Europe/Berlin (default: this machine's)" },
  data: { type: 'string', value: 'DIR', help: 'where the embedded store and the console user are kept (default .data)' },
  endpoint: { type: 'string', value: 'URL', help: 'keep progress in another DynamoDB, e.g. http://127.0.0.1:8000 (create the table first: npm run db:create)' },
  apl: { type: 'boolean', help: 'act as a device with a screen' },
  device: { type: 'boolean', help: 'act as an Echo: it speaks, listens about 8 s, reprompts, and ends a session nobody answers' },
  'listen-ms': { type: 'string', value: 'MS', help: 'with --device: how long it listens after speaking (default 8000)' },
  'speech-scale': { type: 'string', value: 'N', help: "with --device: how much of an answer's spoken time it takes to say it (default 1; 0 for none)" },
  speak: { type: 'boolean', help: "read each answer aloud with espeak-ng, in the locale's voice" },
  'speak-to': { type: 'string', value: 'FILE.wav', help: 'write what --speak would say to a WAV file instead (all answers, in order)' },
  json: { type: 'boolean', help: "print each turn's request and response envelopes and session attributes, as the developer console's Test tab shows them" },
  verbose: { type: 'boolean', short: 'v', help: 'show the intent and slots each line mapped to, and reprompts' },
  help: { type: 'boolean', short: 'h', help: 'this list' },
} as const satisfies Record<string, FlagSpec>;

type Flag = keyof typeof CONSOLE_FLAGS;

export interface ConsoleOptions {
  readonly locale: LocaleId;
  readonly timeZone: string;
  readonly data: string;
  readonly endpoint?: string;
  readonly apl: boolean;
  readonly device: boolean;
  readonly timings: DeviceTimings;
  readonly speak: boolean;
  readonly speakTo?: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly help: boolean;
  /** Utterances to say and then exit; none for interactive or piped input. */
  readonly utterances: readonly string[];
}

/** A mistake on the command line: its message is the whole story, printed as one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Every flag, one a line, for --help. */
export function helpText(): string {
  const rows = Object.entries(CONSOLE_FLAGS).map(([name, spec]: [string, FlagSpec]) => {
    const short = spec.short ? `-${spec.short}, ` : '    ';
    return [`  ${short}--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.help] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    'Talk to Back Coach locally: type what you would say to Alexa.',
    '',
    'Usage: npm start -- [flags] ["utterance" …]',
    '       echo "what\'s my workout today" | npm start',
    '',
    'Flags:',
    ...rows.map(([left, help]) => `${left.padEnd(width)}${help}`),
    '',
    'Progress lives in an embedded DynamoDB (dynalite) under --data, unless --endpoint names another.',
  ].join('\n');
}

/**
 * The options, or a UsageError saying what is wrong: an unknown flag, a flag missing its value, a locale the skill does
 * not have, a time zone that is not one, or device timings that are not numbers.
 */
export function parseConsoleArgs(args: readonly string[], machineTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): ConsoleOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // node:util's messages name the flag; the rest of its advice ("To specify a positional argument…") is not for here.
    const message = error instanceof Error ? (error.message.split('\n')[0]?.split('. ')[0] ?? error.message) : String(error);
    throw new UsageError(`${message.replace(/\.$/, '')}. See npm start -- --help`);
  }
  const { values, positionals } = parsed;
  const locale = values.locale ?? DEFAULT_LOCALE;
  if (!(LOCALE_IDS as readonly string[]).includes(locale)) throw new UsageError(`--locale ${locale} is not one of the skill's locales: ${LOCALE_IDS.join(', ')}`);
  const timeZone = values['time-zone'] ?? machineTimeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--time-zone ${timeZone} is not a time zone this Node knows; use an IANA name such as Europe/Berlin`);
  const speakTo = values['speak-to'];
  if (speakTo !== undefined && !/\.wav$/i.test(speakTo)) throw new UsageError(`--speak-to writes a WAV file: give it a name ending in .wav, not "${speakTo}"`);
  let timings: DeviceTimings;
  try {
    timings = deviceTimings(values['listen-ms'], values['speech-scale']);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    locale: locale as LocaleId,
    timeZone,
    data: values.data ?? '.data',
    ...(values.endpoint !== undefined && { endpoint: values.endpoint }),
    apl: values.apl === true,
    device: values.device === true,
    timings,
    speak: values.speak === true || speakTo !== undefined,
    ...(speakTo !== undefined && { speakTo }),
    json: values.json === true,
    verbose: values.verbose === true,
    help: values.help === true,
    utterances: positionals,
  };
}

function parse(args: readonly string[]) {
  const options = Object.fromEntries(
    Object.entries(CONSOLE_FLAGS).map(([name, spec]: [string, FlagSpec]) => [name, { type: spec.type, ...(spec.short && { short: spec.short }) }]),
  ) as { [K in Flag]: { type: (typeof CONSOLE_FLAGS)[K]['type']; short?: string } };
  return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
}

/**
 * What to print for an error that stops the console: one line for the user's own mistakes and the machine's state (a
 * flag, a store folder another console holds, a folder it may not write), the whole stack only for the console's own bugs.
 */
export function stopMessage(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof Error && (error.name === 'StoreInUseError' || typeof (error as NodeJS.ErrnoException).code === 'string')) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
