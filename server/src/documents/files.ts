/**
 * Finding candidate files on disk for the CLI and the workspace scan. Never follows symlinks out of
 * the tree, skips dependency and VCS folders, and honours include/exclude globs.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

const CANDIDATE = /\.(ya?ml|json|jsonc|template)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.harness', '.venv', '__pycache__']);

export interface WalkOptions {
  include: string[];
  exclude: string[];
}

/** Expands paths (files or directories) into candidate files, sorted. Missing paths are returned in `missing`. */
export function collectFiles(paths: string[], opts: WalkOptions): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isFile()) {
      files.push(p);
      continue;
    }
    const isIncluded = opts.include.length > 0 ? picomatch(opts.include, { dot: true }) : () => true;
    const isExcluded = opts.exclude.length > 0 ? picomatch(opts.exclude, { dot: true }) : () => false;
    const stack = [p];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        continue;
      }
      for (const name of entries) {
        const full = join(dir, name);
        const rel = relative(p, full).split(sep).join('/');
        let ls;
        try {
          ls = lstatSync(full);
        } catch {
          continue;
        }
        if (ls.isSymbolicLink()) continue;
        if (ls.isDirectory()) {
          if (SKIP_DIRS.has(name) || isExcluded(rel) || isExcluded(`${rel}/`)) continue;
          stack.push(full);
        } else if (ls.isFile() && CANDIDATE.test(name) && isIncluded(rel) && !isExcluded(rel)) {
          files.push(full);
        }
      }
    }
  }
  return { files: [...new Set(files)].sort(), missing };
}
