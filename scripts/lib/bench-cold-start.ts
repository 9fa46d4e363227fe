import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ColdChildReport } from './bench-cold-child';
import { ssmlToText } from './speech-text';

const CHILD_SOURCE = fileURLToPath(new URL('./bench-cold-child.ts', import.meta.url));

/** Compiles the child to one CommonJS file that needs nothing but Node. */
export async function compileColdChild(outfile: string): Promise<string> {
  await build({ entryPoints: [CHILD_SOURCE], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return outfile;
}

export interface ColdCase {
  readonly name: string;
  /** The bundle to load; without one the case is `node -e <script>`, bare `node -e 0` by default. */
  readonly bundle?: string;
  readonly script?: string;
  /** The child's whole environment: nothing is inherited from the bench (tsx's loader least of all). */
  readonly env: Readonly<Record<string, string>>;
  /** A fresh request for each run (new request id, and for progress a new user). */
  readonly event?: () => unknown;
  /** What the answer must say: a run that took an error path is not a measurement of the happy one. */
  readonly expect?: RegExp;
}

export interface ColdSample {
  /** spawn() to exit, measured by the bench. */
  readonly wallMs: number;
  readonly child?: ColdChildReport;
}

export interface ColdOptions {
  readonly childScript: string;
  readonly runs: number;
  /** Rounds run first and thrown away, so every case starts with the same warm file cache. */
  readonly warmupRounds: number;
}

function runChild(args: readonly string[], env: Readonly<Record<string, string>>): Promise<{ wallMs: number; stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ wallMs: performance.now() - started, stdout, stderr, code }));
  });
}

/** One fresh process for one case; with `coverage`, the child also reports which SDK code ran (slower; not timed). */
export async function runColdCase(testCase: ColdCase, childScript: string, coverage = false): Promise<ColdSample> {
  if (!testCase.bundle) {
    const { wallMs, code, stderr } = await runChild(['-e', testCase.script ?? '0'], testCase.env);
    if (code !== 0) throw new Error(`node -e for ${testCase.name} failed: ${stderr}`);
    return { wallMs };
  }
  const event = JSON.stringify(testCase.event?.() ?? null);
  const env = { ...testCase.env, BENCH_EVENT: event, ...(coverage && { BENCH_COVERAGE: '1' }) };
  const { wallMs, stdout, stderr, code } = await runChild([childScript, testCase.bundle], env);
  if (code !== 0) throw new Error(`cold-start child for ${testCase.name} exited with ${code}:\n${stderr}`);
  const child = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ColdChildReport;
  const said = ssmlToText(child.speech);
  if (testCase.expect && !testCase.expect.test(said)) {
    throw new Error(`cold-start child for ${testCase.name} answered off the happy path:\n${said}\n${stderr}`);
  }
  return { wallMs, child };
}

/**
 * Every case `runs` times, interleaved: each round runs every case once, in an order that rotates from round to
 * round, so drift in the machine's load (other processes, the JVM's JIT, the file cache) falls on all cases alike.
 */
export async function measureColdStarts(cases: readonly ColdCase[], options: ColdOptions): Promise<Map<string, ColdSample[]>> {
  const samples = new Map<string, ColdSample[]>(cases.map((testCase) => [testCase.name, []]));
  for (let round = -options.warmupRounds; round < options.runs; round++) {
    const shift = ((round % cases.length) + cases.length) % cases.length;
    const order = [...cases.slice(shift), ...cases.slice(0, shift)];
    for (const testCase of order) {
      const sample = await runColdCase(testCase, options.childScript);
      if (round >= 0) samples.get(testCase.name)?.push(sample);
    }
  }
  return samples;
}
