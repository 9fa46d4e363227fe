import { build, type Metafile, type Plugin } from 'esbuild';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LAMBDA_ENTRY, PROJECT_ROOT, esbuildOptionsFor } from '../../infra/bundling';
import { isSdkPackage, packageOf } from './bench-packages';

export interface PackageBytes {
  readonly name: string;
  /** Minified bytes this package contributes to index.js (esbuild's metafile `bytesInOutput`). */
  readonly bytes: number;
}

export interface BundleSize {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** index.js.map: shipped beside the bundle, and read at load time under --enable-source-maps. */
  readonly mapBytes: number;
}

export interface BundleReport extends BundleSize {
  /** Biggest contributors first. */
  readonly packages: readonly PackageBytes[];
  /** Code reachable from the entry through static imports: parsed and run on every cold start. */
  readonly eagerBytes: number;
  /** Code reachable only through a dynamic `import()`: parsed on every cold start, run only when first needed. */
  readonly lazyBytes: number;
  readonly lazyPackages: readonly PackageBytes[];
  /** AWS SDK bytes in the eager part; must be 0 for a content-only request to leave the SDK alone. */
  readonly sdkBytesInEagerPart: number;
}

export interface WhatIf extends BundleSize {
  readonly label: string;
}

/** The repo says `"type": "module"`; the Lambda zip has no package.json, so its index.js is CommonJS. Mirror that. */
async function commonJsFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'package.json'), '{ "type": "commonjs" }\n');
}

async function sizeOf(outfile: string): Promise<BundleSize> {
  const code = await readFile(outfile);
  const map = await stat(`${outfile}.map`).then((s) => s.size, () => 0);
  return { file: outfile, rawBytes: code.length, gzipBytes: gzipSync(code).length, mapBytes: map };
}

function byPackage(entries: Iterable<[string, number]>): PackageBytes[] {
  const totals = new Map<string, number>();
  for (const [input, bytes] of entries) totals.set(packageOf(input), (totals.get(packageOf(input)) ?? 0) + bytes);
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** Inputs reachable from `entry` without crossing a dynamic import. */
function eagerInputs(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    for (const edge of metafile.inputs[next]?.imports ?? []) {
      if (!edge.external && edge.kind !== 'dynamic-import') queue.push(edge.path);
    }
  }
  return seen;
}

/** Builds THE production bundle (the stack's own esbuild options) into `folder` and takes it apart by package. */
export async function buildProductionBundle(folder: string): Promise<BundleReport> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  // The metafile only describes the build; it does not change a byte of the output.
  const { metafile } = await build({ ...esbuildOptionsFor(outfile), metafile: true });
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint !== undefined);
  if (!output?.entryPoint) throw new Error('esbuild wrote no entry point');
  const eager = eagerInputs(metafile, output.entryPoint);
  const contributions = Object.entries(output.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput] as [string, number]);
  const lazy = contributions.filter(([input]) => !eager.has(input));
  const sum = (entries: readonly [string, number][]) => entries.reduce((total, [, bytes]) => total + bytes, 0);
  return {
    ...(await sizeOf(outfile)),
    packages: byPackage(contributions),
    eagerBytes: sum(contributions.filter(([input]) => eager.has(input))),
    lazyBytes: sum(lazy),
    lazyPackages: byPackage(lazy),
    sdkBytesInEagerPart: sum(contributions.filter(([input]) => eager.has(input) && isSdkPackage(packageOf(input)))),
  };
}

/** The production options with the AWS SDK left to the Lambda runtime's own copy (NodejsFunction's default). */
export async function buildWithSdkExternal(folder: string): Promise<WhatIf> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...esbuildOptionsFor(outfile), external: ['@aws-sdk/*'] });
  return { label: 'AWS SDK external (`externalModules: [\'@aws-sdk/*\']`)', ...(await sizeOf(outfile)) };
}

/** Replaces the module behind the store's dynamic `import('./dynamo-sdk')` with `contents`. */
function replaceLazySdk(contents: string): Plugin {
  return {
    name: 'replace-lazy-sdk',
    setup(builder) {
      builder.onResolve({ filter: /\/dynamo-sdk$/ }, (args) => (args.kind === 'dynamic-import' ? { path: 'dynamo-sdk', namespace: 'bench' } : undefined));
      builder.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({ contents, loader: 'js', resolveDir: PROJECT_ROOT }));
    },
  };
}

/** The store importing the whole package, as it did before lambda/store/dynamo-sdk.ts: what naming the exports saves. */
export async function buildWithWholePackage(folder: string): Promise<WhatIf> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...esbuildOptionsFor(outfile), plugins: [replaceLazySdk("export * from '@aws-sdk/client-dynamodb';")] });
  return { label: 'store imports all of `@aws-sdk/client-dynamodb` (as before dynamo-sdk.ts)', ...(await sizeOf(outfile)) };
}

/**
 * The floor for tree-shaking: the store's six SDK exports imported statically, so esbuild can drop every unused file.
 * Size only: this bundle has no working store, and it would run the SDK's module code on every cold start.
 */
export async function buildTreeShakingFloor(folder: string): Promise<WhatIf> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  const storeSdk = join(dirname(LAMBDA_ENTRY), 'store', 'dynamo-sdk.ts');
  const { entryPoints: _entry, ...options } = esbuildOptionsFor(outfile);
  await build({
    ...options,
    stdin: { contents: `export { handler } from ${JSON.stringify(LAMBDA_ENTRY)};\nexport * from ${JSON.stringify(storeSdk)};\n`, resolveDir: PROJECT_ROOT, loader: 'ts' },
    plugins: [replaceLazySdk('export {}')],
  });
  return { label: 'SDK imported statically (tree-shaking floor; not shippable)', ...(await sizeOf(outfile)) };
}

/** scripts/lib/bench-store-probe.ts with the production options: the store and the SDK, without the skill. */
export async function buildStoreProbe(folder: string): Promise<string> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...esbuildOptionsFor(outfile), entryPoints: [fileURLToPath(new URL('./bench-store-probe.ts', import.meta.url))] });
  return outfile;
}
