// No imports on purpose: the cold-start child bundles this file, and must load nothing beyond Node itself.

/** `…/node_modules/@smithy/core/dist-es/x.js` → `@smithy/core`; `lambda/handlers/x.ts` → `lambda/handlers`. */
export function packageOf(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (match?.[1]) return match[1];
  return source.replace(/^(\.\.\/)+/, '').split('/').slice(0, 2).join('/');
}

/** The AWS SDK and the Smithy runtime under it. */
export const isSdkPackage = (name: string): boolean => /^@(aws-sdk|smithy|aws)\//.test(name);
