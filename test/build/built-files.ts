import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const TARGETS = ['chrome', 'firefox'] as const;
export const distOf = (target: string) => resolve('dist', target);

export function requireBuild(): void {
  for (const target of TARGETS) {
    if (!existsSync(join(distOf(target), 'manifest.json'))) throw new Error(`dist/${target} is missing: run \`npm run build\` first`);
  }
}

export function builtManifest(target: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(distOf(target), 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

export function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}
