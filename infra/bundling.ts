import { fileURLToPath } from 'node:url';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/** The repository root: esbuild resolves modules and tsconfig.json from here. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The skill's Lambda entry point (exports `handler`). */
export const LAMBDA_ENTRY = fileURLToPath(new URL('../lambda/index.ts', import.meta.url));

/** The runtime the bundle is built for; the function's runtime and the esbuild target follow it. */
export const LAMBDA_RUNTIME = Runtime.NODEJS_22_X;

function esbuildTargetFor(runtime: Runtime): string {
  const major = /^nodejs(\d+)\.x$/.exec(runtime.name)?.[1];
  if (!major) throw new Error(`Not a Node.js runtime: ${runtime.name}`);
  return `node${major}`;
}

/** The bundle options that matter for what ends up in the zip; each one is mapped in {@link esbuildOptionsFor}. */
export type LambdaBundling = Required<
  Pick<BundlingOptions, 'minify' | 'sourceMap' | 'sourcesContent' | 'target' | 'format' | 'mainFields' | 'externalModules'>
>;

/**
 * How the function is bundled: the one definition used by the stack (`NodejsFunction`) and by the cold-start
 * benchmark (plain `esbuild.build` through {@link esbuildOptionsFor}), so both measure and ship the same file.
 */
export const LAMBDA_BUNDLING: LambdaBundling = {
  minify: true,
  // The map ships beside index.js for decoding a minified stack trace offline. The function does not run with
  // --enable-source-maps: its logs print no stack traces, and reading the map costs every cold start 7–10 ms
  // (bench/RESULTS.md). It carries line mappings only, not a second copy of the source.
  sourceMap: true,
  sourcesContent: false,
  target: esbuildTargetFor(LAMBDA_RUNTIME),
  format: OutputFormat.CJS,
  // Prefer packages' ES module builds, which tree-shake smaller than their CommonJS builds.
  mainFields: ['module', 'main'],
  // The AWS SDK comes from the Lambda runtime. Bundled, its ~400 KB is parsed on every cold start although only
  // progress requests load it (lazily). Measured (bench/RESULTS.md): left out, the bundle goes from about 160 to 46 KB
  // gzipped and a content-only cold start gets about 20 ms faster, while a progress cold start gets about as much
  // slower (the runtime's copy loads as many files, not one). The store bounds every call with its own deadline, so
  // it does not depend on the runtime copy's exact version.
  externalModules: ['@aws-sdk/*'],
};

/**
 * The `esbuild.build` options that produce the same `index.js` as `NodejsFunction` with {@link LAMBDA_BUNDLING}
 * (the flags `aws-lambda-nodejs` passes to the esbuild CLI, from the same working directory).
 */
export function esbuildOptionsFor(outfile: string): BuildOptions {
  return {
    entryPoints: [LAMBDA_ENTRY],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    outfile,
    target: LAMBDA_BUNDLING.target,
    format: LAMBDA_BUNDLING.format === OutputFormat.ESM ? 'esm' : 'cjs',
    minify: LAMBDA_BUNDLING.minify,
    sourcemap: LAMBDA_BUNDLING.sourceMap,
    sourcesContent: LAMBDA_BUNDLING.sourcesContent,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    external: [...LAMBDA_BUNDLING.externalModules],
  };
}
