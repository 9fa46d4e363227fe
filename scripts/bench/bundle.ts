import { build } from 'esbuild';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { STORE_SDK_FILE, esbuildOptionsFor, storeSdkOptionsFor } from '../../infra/bundling';
import { packageOf } from './packages';

export interface PackageBytes {
  readonly name: string;
  /** Minified bytes this package contributes to index.js (esbuild's metafile `bytesInOutput`). */
  readonly bytes: number;
}

export interface BundleSize {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** index.js.map: shipped beside the bundle, and read at load time only under --enable-source-maps. */
  readonly mapBytes: number;
}

export interface BundleReport extends BundleSize {
  /** Biggest contributors first. */
  readonly packages: readonly PackageBytes[];
  /** dynamo-sdk.js beside index.js: the SDK calls the store makes, loaded by store requests only. */
  readonly storeSdk: BundleSize;
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

/** Builds THE production bundle (the stack's own esbuild options: index.js and the store's SDK file) into `folder` and takes it apart by package. */
export async function buildProductionBundle(folder: string): Promise<BundleReport> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...storeSdkOptionsFor(join(folder, STORE_SDK_FILE)), logLevel: 'warning' });
  // The metafile only describes the build; it does not change a byte of the output.
  const { metafile } = await build({ ...esbuildOptionsFor(outfile), metafile: true });
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint !== undefined);
  if (!output) throw new Error('esbuild wrote no entry point');
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    totals.set(packageOf(input), (totals.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  const packages = [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { ...(await sizeOf(outfile)), packages, storeSdk: await sizeOf(join(folder, STORE_SDK_FILE)) };
}

/**
 * As the function shipped before: one index.js, the store's SDK module inside it, and the SDK itself required from
 * the Lambda runtime's copy (here node_modules, its CommonJS build) on the first store call.
 */
export async function buildWithRuntimeSdk(folder: string): Promise<WhatIf> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...esbuildOptionsFor(outfile), external: ['@aws-sdk/*'], sourcemap: false });
  return { label: 'what-if: SDK from the runtime (the previous layout)', ...(await sizeOf(outfile)) };
}

/**
 * ES module output with code splitting: index.mjs and shared chunks, the SDK bundled and tree-shaken into the chunks
 * only the store imports. CommonJS packages inside it get a `require` from createRequire, as esbuild needs.
 */
export async function buildEsmSplit(folder: string): Promise<WhatIf> {
  await mkdir(folder, { recursive: true });
  const { outfile: _outfile, ...options } = esbuildOptionsFor(join(folder, 'index.js'));
  await build({
    ...options,
    entryPoints: { index: options.entryPoints ? (options.entryPoints as string[])[0]! : '' },
    outdir: folder,
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    external: [],
    supported: {},
    sourcemap: false,
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return { label: 'what-if: ES modules with code splitting (SDK bundled into the store’s chunks)', ...(await sizeOf(join(folder, 'index.mjs'))) };
}

/**
 * A probe, a Lambda-shaped entry beside this file that stands for part of the skill (store-probe.ts: the store
 * alone; framework-probe.ts: ask-sdk-core alone), bundled with the production options.
 */
export async function buildProbe(probe: 'store-probe.ts' | 'framework-probe.ts', folder: string): Promise<string> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...esbuildOptionsFor(outfile), entryPoints: [fileURLToPath(new URL(`./${probe}`, import.meta.url))] });
  // The store's SDK file goes beside it, as beside the function's index.js.
  await build({ ...storeSdkOptionsFor(join(folder, STORE_SDK_FILE)), logLevel: 'warning' });
  return outfile;
}
