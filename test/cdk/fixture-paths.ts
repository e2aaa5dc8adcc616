/** Paths of the committed CDK fixtures (never /work/shared). */
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'test', 'fixtures'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`repo root not found above ${start}`);
    dir = up;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot(__dirname);
/** The TypeScript fixture app (source in src/, synthesized by scripts/synth-cdk-fixtures.sh). */
export const CDK_APP = path.join(REPO_ROOT, 'test', 'fixtures', 'cdk-app');
export const CDK_OUT = path.join(CDK_APP, 'cdk.out');
/** The Python twin (source only, never synthesized). */
export const CDK_APP_PY = path.join(REPO_ROOT, 'test', 'fixtures', 'cdk-app-py');

/** Line `line` (0-based) of `file`. */
export function lineOf(file: string, line: number): string {
  return fs.readFileSync(file, 'utf8').split('\n')[line] ?? '';
}
