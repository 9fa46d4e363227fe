/**
 * The console's voice (`--speak`, `--speak-to FILE.wav`): each answer's SSML read by espeak-ng as SSML (`-m`), so its
 * pauses are heard, in the espeak-ng voice nearest the locale. Where there is no audio device it says so once; with
 * --speak-to every answer so far is in one WAV file. Without espeak-ng, one line says how to get it.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** espeak-ng's nearest voice for a locale: it has American and British English (none for India or Australia), and Hindi as `hi`. */
const ESPEAK_VOICES: Readonly<Record<string, string>> = { 'en-US': 'en-us', 'en-CA': 'en-us', 'en-GB': 'en-gb', 'en-AU': 'en-gb', 'en-IN': 'en-gb' };

export function espeakVoice(locale: string): string {
  return ESPEAK_VOICES[locale] ?? locale.split('-')[0] ?? locale;
}

/** What espeak-ng (through ALSA or PulseAudio) writes to stderr when it has nowhere to play. */
const NO_AUDIO = /ALSA lib|Unknown PCM|cannot open audio|audio device|pa_simple|Connection refused|No such file or directory/i;

export const SPEAKER_NOTES = {
  missing: '(--speak needs espeak-ng, which is not installed: apt-get install -y espeak-ng, or brew install espeak-ng)',
  noAudio: '(no audio device here, so nothing is played: npm start -- --speak-to answers.wav writes the answers to a file instead)',
} as const;

type Run = (args: readonly string[]) => Pick<SpawnSyncReturns<Buffer>, 'error' | 'status' | 'stdout' | 'stderr'>;

export interface SpeakerOptions {
  readonly locale: string;
  /** Write every answer, in order, to this WAV file instead of playing them. */
  readonly toFile?: string;
  /** Where the speaker's one-line notes go. */
  readonly note: (line: string) => void;
  /** How espeak-ng is run; tests pass a stand-in. */
  readonly run?: Run;
  readonly write?: (file: string, data: Buffer) => void;
  /** Words a minute. @default 160 */
  readonly rate?: number;
}

export interface Speaker {
  /** Reads one answer's SSML; never throws. */
  say(ssml: string): void;
}

const espeak: Run = (args) => spawnSync('espeak-ng', [...args], { maxBuffer: 256 * 1024 * 1024 });

export function createSpeaker(options: SpeakerOptions): Speaker {
  const { locale, toFile, note, run = espeak, write = writeFileSync, rate = 160 } = options;
  const base = ['-m', '-v', espeakVoice(locale), '-s', String(rate)];
  let off = false;
  const clips: Buffer[] = [];

  const failed = (result: ReturnType<Run>): boolean => {
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      note(SPEAKER_NOTES.missing);
      off = true;
      return true;
    }
    if (result.error || result.status !== 0) {
      note(`(espeak-ng failed${result.status ? ` with status ${result.status}` : ''}, so --speak is off: ${String(result.stderr ?? result.error).trim().split('\n')[0]})`);
      off = true;
      return true;
    }
    return false;
  };

  return {
    say(ssml) {
      if (off || !ssml) return;
      if (toFile) {
        const result = run([...base, '--stdout', ssml]);
        if (failed(result)) return;
        clips.push(result.stdout);
        try {
          // Rewritten after every answer, so the file is whole whenever the console stops.
          write(toFile, joinWavs(clips));
        } catch (error) {
          // A folder that is not there or may not be written: one line, and the console carries on without the file.
          note(`(--speak-to could not write ${toFile}, so it is off: ${error instanceof Error ? error.message : String(error)})`);
          off = true;
        }
        return;
      }
      const result = run([...base, ssml]);
      // Some builds exit non-zero when they cannot open the audio device: that is still "no audio device here".
      if (!result.error && NO_AUDIO.test(String(result.stderr ?? ''))) {
        note(SPEAKER_NOTES.noAudio);
        off = true;
        return;
      }
      failed(result);
    },
  };
}

/**
 * One WAV from several that share a format (espeak-ng's: 22,050 Hz mono 16-bit PCM): the first's format, every one's
 * samples. espeak-ng streams to stdout with a placeholder length, so each data chunk runs to the end of its file.
 */
export function joinWavs(wavs: readonly Buffer[]): Buffer {
  let format: Buffer | undefined;
  const samples: Buffer[] = [];
  for (const wav of wavs) {
    if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('espeak-ng wrote something that is not a WAV');
    for (let at = 12; at + 8 <= wav.length; ) {
      const id = wav.toString('ascii', at, at + 4);
      const size = wav.readUInt32LE(at + 4);
      const end = Math.min(at + 8 + size, wav.length);
      if (id === 'fmt ') format ??= wav.subarray(at + 8, end);
      if (id === 'data') {
        samples.push(wav.subarray(at + 8, end));
        break;
      }
      at = end + (size % 2);
    }
  }
  if (!format) throw new Error('espeak-ng wrote a WAV with no format');
  const data = Buffer.concat(samples);
  const header = Buffer.alloc(12 + 8 + format.length + 8);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(header.length - 8 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(format.length, 16);
  format.copy(header, 20);
  header.write('data', 20 + format.length, 'ascii');
  header.writeUInt32LE(data.length, 24 + format.length);
  return Buffer.concat([header, data]);
}
