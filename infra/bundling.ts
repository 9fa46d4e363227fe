import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/** The repository root: esbuild resolves modules and tsconfig.json from here. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The skill's Lambda entry point (exports `handler`). */
export const LAMBDA_ENTRY = fileURLToPath(new URL('../lambda/index.ts', import.meta.url));

/**
 * The store's only way into the AWS SDK (lambda/store/dynamo-sdk.ts), imported on the first store call. It is built
 * into a file of its own beside index.js, the SDK bundled and tree-shaken into it: a content-only request never
 * reads a byte of it, and a store request loads one file instead of the runtime SDK's dozens.
 */
export const STORE_SDK_ENTRY = fileURLToPath(new URL('../lambda/store/dynamo-sdk.ts', import.meta.url));
/** How the store imports it, which index.js leaves as a `require` of the file beside it. */
const STORE_SDK_IMPORT = './dynamo-sdk';
export const STORE_SDK_FILE = 'dynamo-sdk.js';

/** The runtime the bundle is built for; the function's runtime and the esbuild target follow it. */
export const LAMBDA_RUNTIME = Runtime.NODEJS_22_X;

function esbuildTargetFor(runtime: Runtime): string {
  const major = /^nodejs(\d+)\.x$/.exec(runtime.name)?.[1];
  if (!major) throw new Error(`Not a Node.js runtime: ${runtime.name}`);
  return `node${major}`;
}

/** The bundle options that matter for what ends up in the zip; each one is mapped in {@link esbuildOptionsFor}. */
export type LambdaBundling = Required<
  Pick<BundlingOptions, 'minify' | 'sourceMap' | 'sourcesContent' | 'target' | 'format' | 'mainFields' | 'externalModules' | 'esbuildArgs' | 'commandHooks'>
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
  // The store's SDK file is not bundled into index.js but required beside it on the first store call (STORE_SDK_ENTRY):
  // in index.js, its ~330 KB would be parsed on every cold start although only store requests use it; from the
  // runtime's own SDK, a store request would load some 30 files from 13 packages instead of one (bench/RESULTS.md).
  // '@aws-sdk/*' stays external so that nothing else can pull the SDK into index.js unnoticed (a test checks none does).
  externalModules: ['@aws-sdk/*', STORE_SDK_IMPORT],
  // `import('./dynamo-sdk')` becomes `require('./dynamo-sdk')`: a CommonJS load, with no ES module loader to start.
  esbuildArgs: { '--supported:dynamic-import': 'false' },
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) => [storeSdkCommand(inputDir, outputDir)],
  },
};

/**
 * The store's SDK file: the same target, format and minification as index.js, everything bundled, no source map, and
 * the SDK's own `import('node:http')` turned into `require` like index.js's: a real dynamic import would start Node's
 * ES module loader and, through the builtin's ES module facade, Node's bundled undici, some 20 ms on the first store call.
 */
const STORE_SDK_BUNDLING = { bundle: true, platform: 'node', external: [] as string[], sourcemap: false } as const;

/**
 * The SDK's default credential chain, replaced in the store's SDK file by a stand-in: the client is given the role's
 * credentials (lambda/store/lambda-client-config.ts), so the chain and the STS, SSO and metadata clients it brings
 * (some 40% of the file) would only be parsed on every cold store request, never run.
 */
const STORE_SDK_ALIASES = {
  '@aws-sdk/credential-provider-node': fileURLToPath(new URL('../lambda/store/no-default-credentials.ts', import.meta.url)),
} as const;

/** The afterBundling command that writes STORE_SDK_FILE beside index.js, from the same options as {@link storeSdkOptionsFor}. */
function storeSdkCommand(inputDir: string, outputDir: string): string {
  const entry = join(inputDir, relative(PROJECT_ROOT, STORE_SDK_ENTRY));
  const args = [
    entry,
    '--bundle',
    `--platform=${STORE_SDK_BUNDLING.platform}`,
    `--target=${LAMBDA_BUNDLING.target}`,
    `--format=${LAMBDA_BUNDLING.format}`,
    ...(LAMBDA_BUNDLING.minify ? ['--minify'] : []),
    `--main-fields=${LAMBDA_BUNDLING.mainFields.join(',')}`,
    `--supported:dynamic-import=${LAMBDA_BUNDLING.esbuildArgs['--supported:dynamic-import']}`,
    ...Object.entries(STORE_SDK_ALIASES).map(([name, file]) => `--alias:${name}=${join(inputDir, relative(PROJECT_ROOT, file))}`),
    `--outfile=${join(outputDir, STORE_SDK_FILE)}`,
    '--log-level=warning',
  ];
  return ['npx', '--no-install', 'esbuild', ...args.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`)].join(' ');
}

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
    supported: { 'dynamic-import': LAMBDA_BUNDLING.esbuildArgs['--supported:dynamic-import'] !== 'false' },
  };
}

/** The `esbuild.build` options that produce the same STORE_SDK_FILE as the stack's afterBundling command. */
export function storeSdkOptionsFor(outfile: string): BuildOptions {
  return {
    entryPoints: [STORE_SDK_ENTRY],
    absWorkingDir: PROJECT_ROOT,
    ...STORE_SDK_BUNDLING,
    external: [...STORE_SDK_BUNDLING.external],
    outfile,
    target: LAMBDA_BUNDLING.target,
    format: LAMBDA_BUNDLING.format === OutputFormat.ESM ? 'esm' : 'cjs',
    minify: LAMBDA_BUNDLING.minify,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    supported: { 'dynamic-import': LAMBDA_BUNDLING.esbuildArgs['--supported:dynamic-import'] !== 'false' },
    alias: { ...STORE_SDK_ALIASES },
  };
}
