import { describe, expect, it } from 'vitest';
import { LOCALE_IDS } from '../../lambda/locales';
import { CONSOLE_FLAGS, UsageError, helpText, parseConsoleArgs, stopMessage } from '../../scripts/sim/console-options';
import { StoreInUseError } from '../../scripts/sim/embedded-dynamo';

const parse = (...args: string[]) => parseConsoleArgs(args, 'UTC');

/** The one line the console prints for these arguments. */
function refusal(...args: string[]): string {
  try {
    parse(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = stopMessage(error);
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error(`${args.join(' ')} was accepted`);
}

describe('npm start -- --help', () => {
  it('lists every flag, each with what it does', () => {
    const help = helpText();
    for (const [name, spec] of Object.entries(CONSOLE_FLAGS)) {
      expect(help).toMatch(new RegExp(`--${name}\\b.*\\S`));
      expect(help).toContain(spec.help);
    }
    expect(help).toContain('-v, --verbose');
    expect(help).toContain(LOCALE_IDS.join(', '));
  });
});

describe('the console command line', () => {
  it('takes every flag and the utterances after them', () => {
    const options = parse(
      '--locale', 'en-IN', '--time-zone', 'Asia/Kolkata', '--data', '/tmp/d', '--endpoint', 'http://127.0.0.1:8000', '--apl', '--device',
      '--listen-ms', '200', '--speech-scale', '0', '--speak-to', 'out.wav', '--json', '-v', 'open back coach', 'next',
    );
    expect(options).toEqual({
      locale: 'en-IN',
      timeZone: 'Asia/Kolkata',
      data: '/tmp/d',
      endpoint: 'http://127.0.0.1:8000',
      apl: true,
      device: true,
      timings: { listenMs: 200, speechScale: 0 },
      speak: true,
      speakTo: 'out.wav',
      json: true,
      verbose: true,
      help: false,
      utterances: ['open back coach', 'next'],
    });
  });

  it('defaults to en-US, the machine’s zone, .data and an Echo’s timings', () => {
    expect(parse()).toMatchObject({ locale: 'en-US', timeZone: 'UTC', data: '.data', speak: false, json: false, timings: { listenMs: 8_000, speechScale: 1 } });
  });

  it.each([
    [['--jsno'], /^Unknown option '--jsno'\. See npm start -- --help$/],
    [['--locale'], /--locale/],
    [['--locale', 'fr-FR'], /^--locale fr-FR is not one of the skill's locales: en-US, /],
    [['--time-zone', 'Mars/Olympus_Mons'], /^--time-zone Mars\/Olympus_Mons is not a time zone/],
    [['--listen-ms', 'soon'], /^--listen-ms takes a number from 0 up, not "soon"$/],
    [['--speech-scale=-1'], /^--speech-scale takes a number from 0 up/],
    [['--speech-scale', '-1'], /^Option '--speech-scale' argument is ambiguous\. See npm start -- --help$/],
    [['--speak-to', 'answers.mp3'], /^--speak-to writes a WAV file/],
  ])('refuses %j in one line', (args, message) => {
    expect(refusal(...args)).toMatch(message);
  });
});

describe('what stops the console', () => {
  it('is one line for a store folder in use or a folder it may not write, and the stack for a bug', () => {
    expect(stopMessage(new StoreInUseError('The embedded store at /x is in use by process 7; stop that one first.'))).toBe(
      'The embedded store at /x is in use by process 7; stop that one first.',
    );
    const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/root/x'"), { code: 'EACCES' });
    expect(stopMessage(denied)).toBe("EACCES: permission denied, mkdir '/root/x'");
    expect(stopMessage(new TypeError('x is undefined'))).toMatch(/^TypeError: x is undefined\n\s+at /);
  });
});
