import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CONSOLE_FLAGS } from '../../scripts/sim/console-options';
import { SPEAKER_NOTES } from '../../scripts/sim/speaker';

const run = promisify(execFile);
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'back-coach-console-'));
  folders.push(made);
  return made;
}

/**
 * A stand-in espeak-ng on PATH, so what the console does with it is the same on every machine: it records its
 * arguments, and either complains about audio as espeak-ng does on a machine without a sound card, or writes a small
 * WAV to stdout when asked to (--stdout).
 */
function fakeEspeak(): { bin: string; calls: string } {
  const bin = folder();
  const calls = join(bin, 'calls.log');
  const script = `#!/bin/sh
printf '%s\\n' "$*" >> "${calls}"
for arg in "$@"; do
  if [ "$arg" = "--stdout" ]; then
    printf 'RIFF\\044\\360\\377\\177WAVEfmt \\020\\000\\000\\000\\001\\000\\001\\000\\042\\126\\000\\000\\104\\254\\000\\000\\002\\000\\020\\000data\\000\\360\\377\\177\\001\\000\\002\\000'
    exit 0
  fi
done
echo "ALSA lib confmisc.c:855:(parse_card) cannot find card '0'" >&2
echo "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default" >&2
exit 0
`;
  writeFileSync(join(bin, 'espeak-ng'), script);
  chmodSync(join(bin, 'espeak-ng'), 0o755);
  return { bin, calls };
}

/** `npm start -- …` through tsx's loader directly; `path` replaces PATH (node itself is found by its full path). */
function runConsole(args: string[], { data = folder(), path = process.env.PATH ?? '' } = {}) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/sim/console.ts', '--data', data, ...args], {
    timeout: 60_000,
    env: { ...process.env, PATH: path },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

const lines = (text: string) => text.trim().split('\n');

// Separate processes, so they overlap rather than wait for each other; each loads the skill through tsx (seconds).
describe.concurrent('npm start, for developers', { timeout: 60_000 }, () => {
  it('--help lists every flag', async () => {
    const { code, stdout } = await runConsole(['--help']);
    expect(code).toBe(0);
    for (const name of Object.keys(CONSOLE_FLAGS)) expect(stdout).toContain(`--${name}`);
  });

  it.each([
    [['--jsno'], /^Unknown option '--jsno'\. See npm start -- --help$/],
    [['--time-zone', 'Mars/Olympus_Mons'], /^--time-zone Mars\/Olympus_Mons is not a time zone/],
    [['--locale', 'fr-FR'], /^--locale fr-FR is not one of the skill's locales/],
  ])('%j is one clear line, not a stack trace', async (args, message) => {
    const { code, stdout, stderr } = await runConsole([...args, 'help']);
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([expect.stringMatching(message)]);
    expect(stdout).toBe('');
  });

  it('a data folder another console holds is one clear line', async () => {
    const data = folder();
    mkdirSync(join(data, 'dynalite'), { recursive: true });
    // This test's own process stands in for the other console.
    writeFileSync(join(data, 'dynalite.pid'), String(process.pid));
    const { code, stderr } = await runConsole(['help'], { data });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([expect.stringMatching(/^The embedded store at .*dynalite is in use by process \d+; stop that one first/)]);
  });

  it('--json prints each turn’s request and response envelopes and the session attributes', async () => {
    const { code, stdout } = await runConsole(['--json', '--time-zone', 'UTC', 'open back coach', 'how do I do a superman']);
    expect(code).toBe(0);
    const blocks = [...stdout.matchAll(/ {2}(request|response|session attributes)[^:\n]*:\n(\{[\s\S]*?\n\})/g)].map(([, label, json]) => ({
      label,
      json: JSON.parse(json as string) as Record<string, unknown>,
    }));
    expect(blocks.map(({ label }) => label)).toEqual(['request', 'response', 'session attributes', 'request', 'response', 'session attributes']);
    const [launch, launched, , howTo, answered, attributes] = blocks.map(({ json }) => json);
    expect(launch).toMatchObject({ version: '1.0', request: { type: 'LaunchRequest', locale: 'en-US' }, session: { new: true } });
    expect(launched).toMatchObject({ version: '1.0', response: { outputSpeech: { type: 'SSML' }, shouldEndSession: false } });
    expect(howTo).toMatchObject({ request: { type: 'IntentRequest', intent: { name: 'ExerciseHowToIntent' } }, session: { new: false } });
    expect(answered).toMatchObject({ sessionAttributes: attributes });
    expect(Object.keys(attributes ?? {})).not.toHaveLength(0);
    expect(stdout).toMatch(/Alexa: Here's how to do the superman/);
  });

  it('--speak without espeak-ng says so in one line, once, and the console carries on', async () => {
    const { code, stdout } = await runConsole(['--speak', '--time-zone', 'UTC', 'open back coach', 'give me diet tips'], { path: folder() });
    expect(code).toBe(0);
    expect(stdout.split(SPEAKER_NOTES.missing)).toHaveLength(2);
    expect(stdout.match(/^Alexa: \S/gm)).toHaveLength(2);
  });

  it('--speak with no audio device says so once, and reads the SSML in the locale’s voice until then', async () => {
    const espeak = fakeEspeak();
    const { code, stdout } = await runConsole(['--speak', '--locale', 'en-GB', '--time-zone', 'UTC', 'open back coach', 'give me diet tips'], {
      path: `${espeak.bin}:${process.env.PATH}`,
    });
    expect(code).toBe(0);
    expect(stdout.split(SPEAKER_NOTES.noAudio)).toHaveLength(2);
    const calls = lines(readFileSync(espeak.calls, 'utf8'));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^-m -v en-gb -s 160 <speak>/);
  });

  it('--speak-to writes every answer to one WAV file', async () => {
    const espeak = fakeEspeak();
    const wav = join(folder(), 'answers.wav');
    const { code, stdout } = await runConsole(['--speak-to', wav, '--time-zone', 'UTC', 'open back coach', 'give me diet tips'], {
      path: `${espeak.bin}:${process.env.PATH}`,
    });
    expect(code).toBe(0);
    expect(stdout).not.toContain(SPEAKER_NOTES.noAudio);
    expect(lines(readFileSync(espeak.calls, 'utf8'))).toEqual([
      expect.stringMatching(/^-m -v en-us -s 160 --stdout <speak>/),
      expect.stringMatching(/^-m -v en-us -s 160 --stdout <speak>/),
    ]);
    const audio = readFileSync(wav);
    expect(audio.toString('ascii', 0, 4)).toBe('RIFF');
    // Two answers of two samples each.
    expect(audio.readUInt32LE(40)).toBe(8);
  });
});
