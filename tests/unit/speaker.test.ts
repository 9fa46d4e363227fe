import { describe, expect, it } from 'vitest';
import { SPEAKER_NOTES, createSpeaker, espeakVoice, joinWavs } from '../../scripts/sim/speaker';

const SSML = '<speak>Rest. <break time="2s"/> Go.</speak>';

/** A WAV as espeak-ng streams it: 22,050 Hz mono 16-bit, with a placeholder data length. */
function streamedWav(samples: readonly number[]): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(0x7ffff024, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(22_050, 24);
  header.writeUInt32LE(44_100, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(0x7ffff000, 40);
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, index) => data.writeInt16LE(sample, index * 2));
  return Buffer.concat([header, data]);
}

type Result = { error?: Error; status: number | null; stdout: Buffer; stderr: Buffer };
const ok = (stdout: Buffer = Buffer.alloc(0), stderr = ''): Result => ({ status: 0, stdout, stderr: Buffer.from(stderr) });

function speaker(results: (args: readonly string[]) => Result, toFile?: string) {
  const notes: string[] = [];
  const runs: (readonly string[])[] = [];
  const files = new Map<string, Buffer>();
  const speak = createSpeaker({
    locale: 'en-GB',
    ...(toFile && { toFile }),
    note: (line) => notes.push(line),
    run: (args) => {
      runs.push(args);
      return results(args);
    },
    write: (file, data) => files.set(file, data),
  });
  return { speak, notes, runs, files };
}

describe('--speak', () => {
  it('reads the SSML as SSML (-m), in the locale’s espeak-ng voice', () => {
    const { speak, runs, notes } = speaker(() => ok());
    speak.say(SSML);
    expect(runs).toEqual([['-m', '-v', 'en-gb', '-s', '160', SSML]]);
    expect(notes).toEqual([]);
  });

  it('has a voice for every locale: the nearest English, Hindi as hi', () => {
    expect(['en-US', 'en-CA', 'en-GB', 'en-AU', 'en-IN', 'hi-IN'].map(espeakVoice)).toEqual(['en-us', 'en-us', 'en-gb', 'en-gb', 'en-gb', 'hi']);
  });

  it('says once, in one line, that espeak-ng is missing, and stops trying', () => {
    const missing = Object.assign(new Error('spawnSync espeak-ng ENOENT'), { code: 'ENOENT' });
    const { speak, runs, notes } = speaker(() => ({ error: missing, status: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) }));
    speak.say(SSML);
    speak.say(SSML);
    expect(notes).toEqual([SPEAKER_NOTES.missing]);
    expect(runs).toHaveLength(1);
  });

  it('says once that there is no audio device, pointing at --speak-to, and stops trying', () => {
    const alsa = "ALSA lib confmisc.c:855:(parse_card) cannot find card '0'\nALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\n";
    const { speak, runs, notes } = speaker(() => ok(Buffer.alloc(0), alsa));
    speak.say(SSML);
    speak.say(SSML);
    expect(notes).toEqual([SPEAKER_NOTES.noAudio]);
    expect(notes[0]).toContain('--speak-to');
    expect(runs).toHaveLength(1);
  });

  it('says no audio device, not a failure, when espeak-ng exits non-zero for want of one', () => {
    const { speak, runs, notes } = speaker(() => ({ status: 1, stdout: Buffer.alloc(0), stderr: Buffer.from('ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\n') }));
    speak.say(SSML);
    speak.say(SSML);
    expect(notes).toEqual([SPEAKER_NOTES.noAudio]);
    expect(runs).toHaveLength(1);
  });

  it('with --speak-to a file it cannot write, says so in one line, once, and never throws', () => {
    const notes: string[] = [];
    const runs: (readonly string[])[] = [];
    const speak = createSpeaker({
      locale: 'en-US',
      toFile: '/nonexistent/answers.wav',
      note: (line) => notes.push(line),
      run: (args) => {
        runs.push(args);
        return ok(streamedWav([1, 2]));
      },
      write: (file) => {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
      },
    });
    expect(() => speak.say(SSML)).not.toThrow();
    expect(() => speak.say(SSML)).not.toThrow();
    expect(notes).toEqual([expect.stringMatching(/^\(--speak-to could not write \/nonexistent\/answers\.wav, so it is off: ENOENT/)]);
    expect(notes[0]?.split('\n')).toHaveLength(1);
    expect(runs).toHaveLength(1);
  });

  it('with --speak-to, writes every answer so far into one WAV, after each one', () => {
    const clips: Buffer[] = [streamedWav([1, 2, 3]), streamedWav([4, 5])];
    let next = 0;
    const { speak, runs, files, notes } = speaker(() => ok(clips[next++]), 'answers.wav');
    speak.say(SSML);
    expect(runs[0]).toEqual(['-m', '-v', 'en-gb', '-s', '160', '--stdout', SSML]);
    expect(files.get('answers.wav')?.subarray(44)).toEqual(streamedWav([1, 2, 3]).subarray(44));
    speak.say('<speak>Next.</speak>');
    const wav = files.get('answers.wav') as Buffer;
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.readUInt32LE(40)).toBe(10);
    expect([0, 1, 2, 3, 4].map((index) => wav.readInt16LE(44 + index * 2))).toEqual([1, 2, 3, 4, 5]);
    expect(notes).toEqual([]);
  });
});

describe('joinWavs', () => {
  it('keeps the first format and every sample, with true lengths', () => {
    const joined = joinWavs([streamedWav([7]), streamedWav([8, 9])]);
    expect(joined.length).toBe(44 + 6);
    expect(joined.readUInt32LE(24)).toBe(22_050);
    expect(joined.readUInt32LE(40)).toBe(6);
  });

  it('refuses what is not a WAV', () => {
    expect(() => joinWavs([Buffer.from('not a wav at all')])).toThrow(/not a WAV/);
  });
});
