import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * lambda/'s layers, lowest first: a file imports from its own layer or from below, never from above.
 * A folder ends in a slash; a file at the top of lambda/ is a layer of its own.
 */
const LAYERS = [
  'content/',
  'domain/',
  'i18n/',
  'text/',
  'speech/',
  'apl/',
  'store/',
  'dependencies.ts',
  'services/',
  'locales.ts',
  'conversation/',
  'replies/',
  'handlers/',
  'skill.ts',
  'production.ts',
  'index.ts',
] as const;

interface Import {
  readonly specifier: string;
  /** The file a relative specifier names, from the repository root; undefined for a package. */
  readonly target: string | undefined;
}

interface Module {
  readonly file: string;
  readonly source: string;
  readonly imports: readonly Import[];
}

// `import x, { y } from '…'`, `import type { … } from '…'`, `export * from '…'`, over several lines if need be.
const FROM = /^[ \t]*(?:import|export)[ \t]+(?:type[ \t]+)?(?:[\w$]+[ \t]*,?[ \t]*)?(?:\*[ \t]*(?:as[ \t]+[\w$]+)?|\{[^}]*\})?\s*from\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT = /^[ \t]*import[ \t]*['"]([^'"]+)['"]/gm;
// `import('…')` and `typeof import('…')`.
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const IMPORT_LINE = /^[ \t]*import[ \t{'"]/gm;

function tsFilesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => posix.join(folder, file.split('\\').join('/')))
    .sort();
}

function resolveFrom(file: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.join(posix.dirname(file), specifier);
  return [`${base}.ts`, `${base}/index.ts`].find((candidate) => known.has(candidate)) ?? base;
}

function specifiersIn(source: string): string[] {
  return [FROM, SIDE_EFFECT, DYNAMIC].flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] as string));
}

function modulesUnder(...folders: string[]): Map<string, Module> {
  const files = folders.flatMap(tsFilesUnder);
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const imports = specifiersIn(source).map((specifier) => ({ specifier, target: resolveFrom(file, specifier, known) }));
      return [file, { file, source, imports }];
    }),
  );
}

/** Every group of files that import one another in a ring (Tarjan's strongly connected components). */
function cycles(modules: ReadonlyMap<string, Module>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const { target } of modules.get(file)?.imports ?? []) {
      if (target === undefined || !modules.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const importsItself = modules.get(file)?.imports.some(({ target }) => target === file) ?? false;
    if (component.length > 1 || importsItself) found.push(component.sort());
  };
  for (const file of modules.keys()) if (!index.has(file)) visit(file);
  return found;
}

function layerOf(file: string): number {
  const inLambda = file.slice('lambda/'.length);
  return LAYERS.findIndex((layer) => (layer.endsWith('/') ? inLambda.startsWith(layer) : inLambda === layer));
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

const lambda = modulesUnder('lambda');
const scripts = modulesUnder('scripts');
const runtimeDependencies = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);

describe('the import graph', () => {
  it('is read from every import statement', () => {
    for (const { file, source } of [...lambda.values(), ...scripts.values()]) {
      const statements = source.match(IMPORT_LINE)?.length ?? 0;
      const parsed = [...source.matchAll(FROM), ...source.matchAll(SIDE_EFFECT)].filter((match) => /^\s*import/.test(match[0])).length;
      expect(parsed, file).toBe(statements);
    }
    expect(lambda.get('lambda/index.ts')?.imports.map(({ target }) => target)).toEqual(expect.arrayContaining(['lambda/skill.ts', 'lambda/production.ts']));
  });

  it('has no cycle in lambda/ and none in scripts/', () => {
    expect(cycles(lambda)).toEqual([]);
    expect(cycles(scripts)).toEqual([]);
  });
});

describe("lambda/'s layers", () => {
  it('place every file, and every layer has files', () => {
    expect([...lambda.keys()].filter((file) => layerOf(file) < 0)).toEqual([]);
    expect(LAYERS.filter((_, layer) => ![...lambda.keys()].some((file) => layerOf(file) === layer))).toEqual([]);
  });

  it('import only from their own layer or from below', () => {
    const upward = [...lambda.values()].flatMap(({ file, imports }) =>
      imports
        .filter(({ target }) => target?.startsWith('lambda/') && layerOf(target) > layerOf(file))
        .map(({ target }) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('import nothing from outside lambda/ but the runtime dependencies and Node', () => {
    const imports = [...lambda.values()].flatMap(({ file, imports }) => imports.map((found) => ({ file, ...found })));
    expect(imports.filter(({ target }) => target !== undefined && !target.startsWith('lambda/')).map(({ file, specifier }) => `${file}: ${specifier}`)).toEqual([]);
    const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const strays = imports
      .filter(({ target, specifier }) => target === undefined && !specifier.startsWith('node:') && !runtimeDependencies.includes(packageOf(specifier)))
      .map(({ file, specifier }) => `${file}: ${specifier}`);
    expect(strays).toEqual([]);
  });

  it('keep the domain pure: no Alexa or AWS SDK, no clock, no chance', () => {
    const domain = [...lambda.values()].filter(({ file }) => file.startsWith('lambda/domain/'));
    expect(domain.length).toBeGreaterThan(0);
    for (const { file, source, imports } of domain) {
      expect(imports.map(({ specifier }) => specifier).filter((specifier) => /^(ask-sdk|@aws-sdk\/)/.test(specifier)), file).toEqual([]);
      expect(withoutComments(source).match(/\bDate\.now\b|\bnew Date\(\s*\)|\bMath\.random\b/g) ?? [], file).toEqual([]);
    }
  });
});
