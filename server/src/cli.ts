/**
 * The `shieldwall` command line: the same engine as the editor, for CI pipelines.
 *
 * Exit codes: 0 nothing at or above --fail-on; 1 findings (or syntax errors) at or above it; 2 usage
 * or I/O errors. `--demo` always exits 0 (a demo is not a gate).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { createTwoFilesPatch } from 'diff';
import { CdkAssemblyCache, cdkOutDirectoryOf, locateFindings } from './cdk';
import { collectFiles } from './documents/files';
import { applyEdits } from './documents/render-fix';
import { AnalysisCache } from './engine/analysis-cache';
import type { Analysis } from './engine/engine';
import { builtInRules, equivalentsLine, ruleMarkdown } from './engine/registry';
import { SEVERITIES, type Severity } from './engine/rule-types';
import { type Settings, parseSettings } from './engine/settings';
import { fixAllEdits } from './handlers/code-actions';
import { type FileResult, type SourceRef, TOOL_VERSION, toJsonReport } from './report/results';
import { toSarif } from './report/sarif';
import { toText } from './report/text';

class UsageError extends Error {}

function loadSettings(configFile: string | undefined, exclude: string[], include: string[]): Settings {
  let raw: Record<string, unknown> = {};
  if (configFile) {
    try {
      raw = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(`cannot read config ${configFile}: ${(e as Error).message}`);
    }
  }
  const { settings, warnings } = parseSettings(raw);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  settings.exclude.push(...exclude);
  settings.include.push(...include);
  return settings;
}

function display(root: string, file: string): string {
  const rel = relative(root, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

/** Reads and analyses files. */
export function scanFiles(paths: string[], settings: Settings): { results: FileResult[]; missing: string[] } {
  const { files, missing } = collectFiles(paths, { include: settings.include, exclude: settings.exclude });
  const cache = new AnalysisCache(builtInRules(), (m) => process.stderr.write(`${m}\n`));
  const cwd = process.cwd();
  const results: FileResult[] = [];
  const assemblies = new CdkAssemblyCache();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      results.push({ file: display(cwd, file), text: '', analysis: undefined, error: (e as Error).message });
      continue;
    }
    const analysis = cache.analyze(file, resolve(file), text, settings);
    cache.drop(file);
    const sources = analysis?.kind === 'cdk' && analysis.findings.length > 0 ? cdkSources(assemblies, file, analysis, text, cwd) : undefined;
    results.push({ file: display(cwd, file), text, analysis, ...(sources ? { sources } : {}) });
  }
  return { results, missing };
}

/** For a template of a cloud assembly: each finding's construct call in the CDK app's source (see cdk/findings.ts). */
function cdkSources(assemblies: CdkAssemblyCache, file: string, analysis: Analysis, text: string, cwd: string): Array<SourceRef | undefined> | undefined {
  const dir = cdkOutDirectoryOf(file);
  const project = dir ? assemblies.get(dir) : undefined;
  if (!project) return undefined;
  return locateFindings(project, file, analysis, text).map((f) => (f.source ? { file: display(cwd, f.source.file), line: f.source.line, character: f.source.character } : undefined));
}

type AccountModule = typeof import('./account');

/** The account scan lives in its own bundle (dist/account.js), loaded only when used. */
function loadAccount(): AccountModule {
  // A plain require keeps esbuild from inlining the AWS SDK into the CLI bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./account') as AccountModule;
}

/** Scans a live account read-only and analyses what it read with the same rules. */
async function scanAccount(o: { profile?: string; regions?: string; endpointUrl?: string }, settings: Settings): Promise<{ results: FileResult[]; coverage: string[] }> {
  const account = loadAccount();
  const regions = o.regions ? account.parseRegions(o.regions) : undefined;
  if (o.regions && !regions) throw new UsageError(`invalid --regions: ${o.regions}`);
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  let snapshot;
  try {
    snapshot = await account.collectAccount(
      { ...(o.profile ? { profile: o.profile } : {}), ...(regions ? { regions } : {}), ...(o.endpointUrl ? { endpointUrl: o.endpointUrl } : {}) },
      { signal: abort.signal, onProgress: (p) => process.stderr.write(`\r${String((p as { message?: string }).message ?? '').slice(0, 100).padEnd(100)}`) },
    );
  } catch (e) {
    throw new UsageError((e as Error).message);
  } finally {
    process.removeListener('SIGINT', onSigint);
    process.stderr.write('\n');
  }
  const cache = new AnalysisCache(builtInRules());
  const results: FileResult[] = [];
  for (const t of account.snapshotToTemplates(snapshot)) {
    const analysis = cache.analyze(t.uri, `${t.uri}.json`, t.text, settings, 'json', 'account');
    const origins = new Map([...t.resources].map(([k, r]) => [k, { identifier: r.identifier, region: r.region, ...(r.arn ? { arn: r.arn } : {}) }]));
    results.push({ file: t.uri, text: t.text, analysis, origins });
  }
  const facts = account.factsToDocument(snapshot);
  results.push({ file: facts.uri, text: facts.text, analysis: cache.analyze(facts.uri, `${facts.uri}`, facts.text, settings, 'yaml', 'account'), origins: facts.origins });
  return { results, coverage: account.summarizeCoverage(snapshot) };
}

function rank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  program
    .name('shieldwall')
    .description('Find AWS security mistakes in CloudFormation, CDK-synthesized templates and IAM policies.')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('scan')
    .description('Scan files and directories (recursively)')
    .argument('[paths...]', 'files or directories', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices([...SEVERITIES]).default('info'))
    .option('-e, --exclude <glob...>', 'glob patterns to skip', [])
    .option('-i, --include <glob...>', 'only files matching these globs', [])
    .option('-c, --config <file>', 'settings file (JSON, same shape as the shieldwall.* editor settings)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--no-color', 'plain text output')
    .option('--no-code-frame', 'omit source excerpts in text output')
    .option('--demo', 'demo mode: print findings and always exit 0')
    .action((paths: string[], o: { format: string; failOn: Severity; exclude: string[]; include: string[]; config?: string; output?: string; color: boolean; codeFrame: boolean; demo?: boolean }) => {
      const settings = loadSettings(o.config, o.exclude, o.include);
      const { results, missing } = scanFiles(paths, settings);
      for (const m of missing) process.stderr.write(`error: no such file or directory: ${m}\n`);
      let out: string;
      if (o.format === 'json') out = JSON.stringify(toJsonReport(results), null, 2);
      else if (o.format === 'sarif') out = JSON.stringify(toSarif(results, builtInRules()), null, 2);
      else out = toText(results, { color: o.color && !o.output && process.stdout.isTTY === true, codeFrame: o.codeFrame });
      if (o.demo) out = `Shieldwall demo: scanning ${paths.join(', ')} with ${builtInRules().all.length} rules (no AWS account needed)\n\n${out}`;
      if (o.output) writeFileSync(o.output, `${out}\n`);
      else process.stdout.write(`${out}\n`);
      if (o.demo) return;
      const threshold = rank(o.failOn);
      const failing = results.some((r) => r.analysis?.findings.some((f) => !f.suppressed && rank(f.severity) >= threshold) || r.analysis?.problems.some((p) => p.severity === 'error'));
      exitCode = missing.length > 0 || results.some((r) => r.error) ? 2 : failing ? 1 : 0;
    });

  program
    .command('scan-account')
    .description('Scan a live AWS account, read-only, with your own credentials and the same rules')
    .option('-p, --profile <name>', 'profile from ~/.aws/config or ~/.aws/credentials (default: the environment credentials)')
    .option('-r, --regions <list>', "comma-separated regions, or 'all' (default: the profile's region)")
    .option('--endpoint-url <url>', 'an AWS-compatible endpoint (LocalStack, a test server)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices([...SEVERITIES]).default('info'))
    .option('-c, --config <file>', 'settings file')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .action(async (o: { profile?: string; regions?: string; endpointUrl?: string; format: string; failOn: Severity; config?: string; output?: string }) => {
      const settings = loadSettings(o.config, [], []);
      const { results, coverage } = await scanAccount(o, settings);
      let out: string;
      if (o.format === 'json') out = JSON.stringify({ ...toJsonReport(results), coverage }, null, 2);
      else if (o.format === 'sarif') out = JSON.stringify(toSarif(results, builtInRules()), null, 2);
      else out = `${toText(results, { color: false, codeFrame: false })}\n\n${coverage.join('\n')}`;
      if (o.output) writeFileSync(o.output, `${out}\n`);
      else process.stdout.write(`${out}\n`);
      const threshold = rank(o.failOn);
      exitCode = results.some((r) => r.analysis?.findings.some((f) => !f.suppressed && rank(f.severity) >= threshold)) ? 1 : 0;
    });

  program
    .command('rules')
    .description('List the rule catalogue')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((o: { format: string }) => {
      const rules = builtInRules().all;
      if (o.format === 'json') {
        process.stdout.write(`${JSON.stringify(rules.map((r) => ({ ...r.meta })), null, 2)}\n`);
        return;
      }
      if (o.format === 'markdown') {
        process.stdout.write(`${rules.map((r) => ruleMarkdown(r, { heading: 2 })).join('\n\n')}\n`);
        return;
      }
      for (const r of rules) process.stdout.write(`${r.meta.id}  ${r.meta.severity.padEnd(8)}  ${r.meta.category.padEnd(22)}  ${r.meta.name}\n    ${r.meta.description}${equivalentsLine(r.meta) ? `\n    ${equivalentsLine(r.meta)}` : ''}\n`);
      process.stdout.write(`${rules.length} rules\n`);
    });

  program
    .command('fix')
    .description('Apply every safe fix and print a unified diff')
    .argument('[paths...]', 'files or directories', ['.'])
    .option('--dry-run', 'print the diff without writing files')
    .option('-c, --config <file>', 'settings file')
    .action((paths: string[], o: { dryRun?: boolean; config?: string }) => {
      const settings = loadSettings(o.config, [], []);
      const { files, missing } = collectFiles(paths, { include: settings.include, exclude: settings.exclude });
      for (const m of missing) process.stderr.write(`error: no such file or directory: ${m}\n`);
      let changed = 0;
      let fixed = 0;
      const cache = new AnalysisCache(builtInRules());
      for (const file of files) {
        const original = readFileSync(file, 'utf8');
        let text = original;
        // Re-analyse after each pass: fixes that touched the same key are applied in a later pass.
        for (let pass = 0; pass < 5; pass++) {
          const a = cache.analyze(file, resolve(file), text, settings);
          if (!a) break;
          const edits = fixAllEdits(a, text);
          if (edits.length === 0) break;
          fixed += a.findings.filter((f) => !f.suppressed && f.fixes.some((x) => x.safety === 'safe')).length;
          text = applyEdits(text, edits);
        }
        cache.drop(file);
        if (text === original) continue;
        changed++;
        const name = display(process.cwd(), file);
        process.stdout.write(createTwoFilesPatch(`a/${name}`, `b/${name}`, original, text));
        if (!o.dryRun) writeFileSync(file, text);
      }
      process.stderr.write(`${o.dryRun ? 'would change' : 'changed'} ${changed} file${changed === 1 ? '' : 's'} (${fixed} safe fix${fixed === 1 ? '' : 'es'})\n`);
      exitCode = missing.length > 0 ? 2 : 0;
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return exitCode;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`error: ${e.stack ?? e.message}\n`);
    process.exitCode = 2;
  },
);
