import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ssmlToText } from '../sim/speech-text';
import type { ColdChildReport, NextRequestReport } from './cold-child';

const CHILD_SOURCE = fileURLToPath(new URL('./cold-child.ts', import.meta.url));

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
  /**
   * Fresh requests for each run (new request ids, and for progress a new user): the first is the cold one, any
   * later ones the same process answers afterwards, `pauseMs` apart.
   */
  readonly requests?: () => readonly unknown[];
  readonly pauseMs?: number;
  /** What every answer must say: a run that took an error path is not a measurement of the happy one, and stops the bench. */
  readonly expect?: RegExp;
  /** A cgroup's `cgroup.procs`: the child moves itself in before Node starts, so all of Node runs under its CPU quota. */
  readonly cgroupProcs?: string;
  /** The node binary to run. @default this process's */
  readonly node?: string;
  /** Arguments for node before the script (e.g. --import). */
  readonly nodeArgs?: readonly string[];
}

export interface ColdSample {
  /** spawn() to exit, measured by the bench. */
  readonly wallMs: number;
  /** spawn() to the child's first report reaching the bench: the cold answer is out. */
  readonly answeredMs?: number;
  readonly child?: ColdChildReport;
  /** The later requests, in order. */
  readonly next: readonly NextRequestReport[];
}

export interface ColdOptions {
  readonly childScript: string;
  readonly runs: number;
  /** Rounds run first and thrown away, so every case starts with the same warm file cache. */
  readonly warmupRounds: number;
}

interface ChildRun {
  readonly wallMs: number;
  /** When the child's report on the cold request arrived. */
  readonly answeredMs?: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

// The skill logs JSON lines to stdout too; the child's own reports are told apart by their first field.
const COLD_REPORT_START = '{"startedAt"';
const NEXT_REPORT_START = '{"handlerMs"';
const COLD_REPORT = /^\{"startedAt".*\n/m;

function runChild(args: readonly string[], env: Readonly<Record<string, string>>, cgroupProcs?: string, node: string = process.execPath): Promise<ChildRun> {
  // `sh` writes its own pid into the cgroup, then becomes node: the same process, already under the quota.
  const [command, argv]: [string, readonly string[]] = cgroupProcs
    ? ['/bin/sh', ['-c', 'echo $$ > "$0" && exec "$@"', cgroupProcs, node, ...args]]
    : [node, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let answeredMs: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (answeredMs === undefined && COLD_REPORT.test(stdout)) answeredMs = performance.now() - started;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ wallMs: performance.now() - started, ...(answeredMs !== undefined && { answeredMs }), stdout, stderr, code }));
  });
}

/** One fresh process for one case. */
async function runColdCase(testCase: ColdCase, childScript: string): Promise<ColdSample> {
  if (!testCase.bundle) {
    const { wallMs, code, stderr } = await runChild(['-e', testCase.script ?? '0'], testCase.env, testCase.cgroupProcs, testCase.node);
    if (code !== 0) throw new Error(`node -e for ${testCase.name} failed: ${stderr}`);
    return { wallMs, next: [] };
  }
  const events = JSON.stringify(testCase.requests?.() ?? []);
  const env = { ...testCase.env, BENCH_EVENTS: events, BENCH_PAUSE_MS: String(testCase.pauseMs ?? 0) };
  const { wallMs, answeredMs, stdout, stderr, code } = await runChild([...(testCase.nodeArgs ?? []), childScript, testCase.bundle], env, testCase.cgroupProcs, testCase.node);
  if (code !== 0) throw new Error(`cold-start child for ${testCase.name} exited with ${code}:\n${stderr}`);
  const lines = stdout.split('\n').filter((line) => line.startsWith(COLD_REPORT_START) || line.startsWith(NEXT_REPORT_START));
  const [first, ...rest] = lines.map((line) => JSON.parse(line) as unknown);
  if (!first) throw new Error(`cold-start child for ${testCase.name} printed no report:\n${stdout}\n${stderr}`);
  const child = first as ColdChildReport;
  const next = rest as NextRequestReport[];
  const said = [child.speech, ...next.map((report) => report.speech)].map(ssmlToText);
  const offPath = said.find((answer) => testCase.expect && !testCase.expect.test(answer));
  if (offPath !== undefined) throw new Error(`cold-start child for ${testCase.name} answered off the happy path:\n${offPath}\n${stdout}\n${stderr}`);
  return { wallMs, ...(answeredMs !== undefined && { answeredMs }), child, next };
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
