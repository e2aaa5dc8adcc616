/**
 * Runs the CDK reader (server/src/cdk) over a folder of CDK output and prints a Markdown summary:
 * per template, how many resources carry `aws:cdk:path`, and what the plumbing classifier skips.
 * Folders holding a `manifest.json` are read as cloud assemblies; other `*.template.json` files as bare
 * templates.
 *
 * Usage (compiled by test/tsconfig.json): node out/scripts/cdk-corpus.js <dir> [<dir> ...]
 * A command-line tool only: tests never read the shared corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  classifyCdkElement,
  inheritedMetadataTypes,
  loadCloudAssembly,
  templateConstructPaths,
} from '../server/src/cdk';
import type { CdkElement, TemplateSection } from '../server/src/cdk';

interface Row {
  readonly name: string;
  readonly resources: number;
  readonly withPath: number;
  readonly nestedStacks: number;
  readonly skipped: ReadonlyMap<string, number>;
  readonly skippedIds: readonly string[];
}

const SECTIONS: readonly TemplateSection[] = ['Resources', 'Parameters', 'Rules', 'Conditions', 'Outputs', 'Mappings'];

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function summarizeTemplate(
  name: string,
  template: unknown,
  pathFor: (logicalId: string) => string | undefined,
  metadataTypes: ReadonlyMap<string, readonly string[]> | undefined,
): Row {
  const skipped = new Map<string, number>();
  const skippedIds: string[] = [];
  let resources = 0;
  let withPath = 0;
  let nestedStacks = 0;
  const root = (typeof template === 'object' && template !== null ? template : {}) as Record<string, unknown>;
  for (const section of SECTIONS) {
    const entries = root[section];
    if (typeof entries !== 'object' || entries === null) continue;
    for (const [logicalId, value] of Object.entries(entries as Record<string, unknown>)) {
      const type = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['Type'] : undefined;
      const constructPath = section === 'Resources' ? pathFor(logicalId) : undefined;
      if (section === 'Resources') {
        resources++;
        if (constructPath !== undefined) withPath++;
        if (type === 'AWS::CloudFormation::Stack') nestedStacks++;
      }
      const element: CdkElement = {
        section,
        logicalId,
        type: typeof type === 'string' ? type : undefined,
        constructPath,
        metadataTypes:
          metadataTypes !== undefined && constructPath !== undefined
            ? inheritedMetadataTypes(metadataTypes, constructPath)
            : undefined,
      };
      const origin = classifyCdkElement(element);
      if (origin.kind === 'user') continue;
      count(skipped, `${origin.kind}:${origin.reason}`);
      skippedIds.push(`${section}.${logicalId}`);
    }
  }
  return { name, resources, withPath, nestedStacks, skipped, skippedIds };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    return undefined;
  }
}

function listTemplates(dir: string): string[] {
  const result: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (fs.existsSync(path.join(full, 'manifest.json'))) continue;
      result.push(...listTemplates(full));
    } else if (/\.template\.json$|template\.json$/.test(entry.name)) {
      result.push(full);
    }
  }
  return result;
}

function assemblies(dir: string): string[] {
  const result: string[] = [];
  if (fs.existsSync(path.join(dir, 'manifest.json'))) return [dir];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) result.push(...assemblies(path.join(dir, entry.name)));
  }
  return result;
}

function main(dirs: readonly string[]): void {
  const rows: Row[] = [];
  for (const dir of dirs) {
    for (const assemblyDir of assemblies(dir)) {
      const assembly = loadCloudAssembly(assemblyDir);
      for (const stack of assembly.stacks) {
        const byId = new Map(stack.resources.map((r) => [r.logicalId, r.constructPath]));
        rows.push(
          summarizeTemplate(
            `${path.relative(dir, stack.templateFile)} (${stack.kind} ${stack.constructPath})`,
            readJson(stack.templateFile),
            (id) => byId.get(id),
            assembly.metadataTypes,
          ),
        );
      }
      for (const problem of assembly.problems) process.stderr.write(`${problem}\n`);
    }
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
      for (const file of listTemplates(dir)) {
        const template = readJson(file);
        const paths = templateConstructPaths(template);
        rows.push(summarizeTemplate(path.relative(dir, file), template, (id) => paths.get(id), undefined));
      }
    }
  }

  const out: string[] = [];
  out.push('| template | resources | with aws:cdk:path | skipped (kind:reason x n) |');
  out.push('| --- | ---: | ---: | --- |');
  const totals = new Map<string, number>();
  let resources = 0;
  let withPath = 0;
  for (const row of rows) {
    resources += row.resources;
    withPath += row.withPath;
    for (const [k, v] of row.skipped) totals.set(k, (totals.get(k) ?? 0) + v);
    const skipped = [...row.skipped].map(([k, v]) => `${k} x${v}`).join(', ');
    out.push(`| ${row.name} | ${row.resources} | ${row.withPath} | ${skipped} |`);
  }
  out.push('');
  out.push(`templates: ${rows.length}; resources: ${resources}; with aws:cdk:path: ${withPath}`);
  out.push(`skipped elements by reason: ${[...totals].map(([k, v]) => `${k} ${v}`).join('; ')}`);
  out.push('');
  out.push('skipped resources:');
  for (const row of rows) {
    const ids = row.skippedIds.filter((id) => id.startsWith('Resources.'));
    if (ids.length > 0) out.push(`- ${row.name}: ${ids.map((id) => id.slice('Resources.'.length)).join(', ')}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write('usage: node out/scripts/cdk-corpus.js <dir> [<dir> ...]\n');
  process.exit(2);
}
main(args);
