import { build } from 'esbuild';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { esbuildOptionsFor } from '../../infra/bundling';
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

/** Builds THE production bundle (the stack's own esbuild options) into `folder` and takes it apart by package. */
export async function buildProductionBundle(folder: string): Promise<BundleReport> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  // The metafile only describes the build; it does not change a byte of the output.
  const { metafile } = await build({ ...esbuildOptionsFor(outfile), metafile: true });
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint !== undefined);
  if (!output) throw new Error('esbuild wrote no entry point');
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    totals.set(packageOf(input), (totals.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  const packages = [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { ...(await sizeOf(outfile)), packages };
}

/** The production options with the AWS SDK bundled, as the function shipped before `externalModules: ['@aws-sdk/*']`. */
export async function buildWithSdkBundled(folder: string): Promise<WhatIf> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...esbuildOptionsFor(outfile), external: [] });
  return { label: 'what-if: SDK bundled (`externalModules: []`)', ...(await sizeOf(outfile)) };
}

/**
 * A probe, a Lambda-shaped entry beside this file that stands for part of the skill (store-probe.ts: the store
 * alone; framework-probe.ts: ask-sdk-core alone), bundled with the production options.
 */
export async function buildProbe(probe: 'store-probe.ts' | 'framework-probe.ts', folder: string): Promise<string> {
  await commonJsFolder(folder);
  const outfile = join(folder, 'index.js');
  await build({ ...esbuildOptionsFor(outfile), entryPoints: [fileURLToPath(new URL(`./${probe}`, import.meta.url))] });
  return outfile;
}
