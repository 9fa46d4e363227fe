// The cold-start child: `node cold-child.cjs <bundle>` in a fresh process, the way a new Lambda container starts.
// The bench compiles this file to CommonJS (never run under tsx) and reads one JSON line from stdout.
// Usage: BENCH_EVENT=<request envelope JSON> [BENCH_COVERAGE=1] node cold-child.cjs /abs/path/index.js
import { readFileSync } from 'node:fs';
import { SourceMap, createRequire } from 'node:module';
import { isSdkPackage, packageOf } from './bench-packages';

/** Everything the child reports; times are milliseconds since the process started (`performance.timeOrigin`). */
export interface ColdChildReport {
  /** When this script's first line ran: what bare Node costs before any of our code. */
  readonly startedAt: number;
  /** After `require` of the bundle: the skill is built. */
  readonly loadedAt: number;
  /** After the handler resolved with the response. */
  readonly answeredAt: number;
  /** Peak resident set size of the process, in kilobytes. */
  readonly maxRssKb: number;
  readonly speech: string;
  /** With BENCH_COVERAGE=1: how many functions from AWS SDK sources ran, and from which packages. */
  readonly sdk?: { readonly functionsRun: number; readonly packages: readonly string[] };
}

const startedAt = performance.now();

type Handler = (event: unknown, context: object) => Promise<{ response?: { outputSpeech?: { ssml?: string; text?: string } } }>;

/** V8's precise coverage, so we can tell afterwards which functions of the bundle actually ran. */
async function startCoverage(): Promise<(bundle: string) => Promise<NonNullable<ColdChildReport['sdk']>>> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  return async (bundle) => {
    const { result } = await session.post('Profiler.takePreciseCoverage');
    const script = result.find(({ url }) => url === bundle || url.endsWith(bundle));
    if (!script) throw new Error(`no coverage for ${bundle}`);
    const code = readFileSync(bundle, 'utf8');
    const lineStarts = [0];
    for (let at = code.indexOf('\n'); at !== -1; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
    const packages = new Set<string>();
    let functionsRun = 0;
    for (const { ranges } of script.functions) {
      const [whole] = ranges;
      if (!whole || whole.count === 0) continue;
      let line = lineStarts.length - 1;
      while (line > 0 && (lineStarts[line] as number) > whole.startOffset) line -= 1;
      const entry = map.findEntry(line, whole.startOffset - (lineStarts[line] as number));
      const name = 'originalSource' in entry ? packageOf(entry.originalSource) : undefined;
      if (name && isSdkPackage(name)) {
        functionsRun += 1;
        packages.add(name);
      }
    }
    return { functionsRun, packages: [...packages].sort() };
  };
}

async function main(): Promise<void> {
  const bundle = process.argv[2];
  const event: unknown = JSON.parse(process.env.BENCH_EVENT ?? 'null');
  if (!bundle || !event) throw new Error('usage: BENCH_EVENT=<json> node cold-child.cjs <bundle>');
  const sdkUse = process.env.BENCH_COVERAGE === '1' ? await startCoverage() : undefined;

  const { handler } = createRequire(bundle)(bundle) as { handler: Handler };
  const loadedAt = performance.now();
  const { response } = await handler(event, {});
  const answeredAt = performance.now();

  const report: ColdChildReport = {
    startedAt,
    loadedAt,
    answeredAt,
    maxRssKb: process.resourceUsage().maxRSS,
    speech: response?.outputSpeech?.ssml ?? response?.outputSpeech?.text ?? '',
    ...(sdkUse && { sdk: await sdkUse(bundle) }),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  // A warm client keeps sockets open; the measurement is over, so leave now rather than wait for them.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
