/**
 * Findings on a cloud assembly's templates, mapped back to the CDK app's source.
 *
 * Given the engine's analysis of a synthesized template, each finding gets its construct path (the
 * template's `aws:cdk:path`, else the assembly's), the source line of the construct call that created it
 * ({@link locateConstructSource}: recorded stack traces, else scanning the app's `.ts/.js/.py`), and the
 * template location, so front ends can show it on the source, on the template, or both, and link the two.
 *
 * Loading an assembly and scanning the app's sources is the expensive part; {@link CdkAssemblyCache}
 * keeps one per `cdk.out` directory and reloads it when the assembly's files change (or on
 * {@link CdkAssemblyCache.invalidate}, which the editor calls when it sees `cdk synth` rewrite `cdk.out`).
 *
 * Pure: reads files, never runs workspace code, no editor or LSP dependency.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analysis } from '../engine/engine';
import type { Finding } from '../engine/finding';
import { type CdkStack, type CloudAssembly, constructPathFor, loadCloudAssembly, stackForTemplate } from './cloud-assembly';
import { type AppSources, type ConstructSourceLocation, type SourcePosition, type SourceRange, loadAppSources, locateConstructSource } from './source-locator';

/** One cloud assembly with its app's scanned sources, as cached. */
export interface CdkProject {
  /** Absolute root `cdk.out` directory. */
  readonly directory: string;
  readonly assembly: CloudAssembly;
  readonly sources: AppSources;
  /** Construct path -> source location (or null when it cannot be located), filled lazily. */
  readonly located: Map<string, ConstructSourceLocation | null>;
}

/** A finding of a synthesized template, located in the CDK app's source and in the template. */
export interface CdkSourceFinding {
  readonly finding: Finding;
  /** Construct path of the resource, e.g. `DemoStack/Uploads/Resource`; undefined when unknown. */
  readonly constructPath: string | undefined;
  /**
   * The message to show: the finding's message, the construct path, and the CDK remediation when the
   * rule names one, e.g. `… [DemoStack/Uploads/Resource]. In CDK: encryption: s3.BucketEncryption.S3_MANAGED`.
   */
  readonly message: string;
  /** The L2 property (or call) that fixes it in CDK (rule `meta.cdk`), when the rule names one. */
  readonly remediation: string | undefined;
  /** Where the construct is created in the app (0-based, UTF-16), when it could be located. */
  readonly source: ConstructSourceLocation | undefined;
  /** Where the finding is in the synthesized template (absolute file, 0-based UTF-16 range). */
  readonly template: { readonly file: string; readonly range: SourceRange };
}

/** One template of an assembly, analysed and located. */
export interface CdkTemplateResult {
  readonly stack: CdkStack;
  readonly file: string;
  readonly text: string;
  readonly analysis: Analysis | undefined;
  readonly findings: readonly CdkSourceFinding[];
}

/** Analyses one template; the caller owns the engine (and its caches). */
export type AnalyzeTemplate = (file: string, text: string) => Analysis | undefined;

/** The rule's CDK remediation (`meta.cdk`), by rule id. */
export type RemediationLookup = (ruleId: string) => string | undefined;

/**
 * The root `cdk.out` directory holding `file` (a template, or the directory itself): the outermost of
 * the consecutive ancestors that have a `manifest.json` (stages write nested assemblies inside the root).
 */
export function cdkOutDirectoryOf(file: string): string | undefined {
  let dir = path.resolve(file);
  if (!isDirectory(dir)) dir = path.dirname(dir);
  let found: string | undefined;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'manifest.json'))) found = dir;
    else if (found !== undefined) return found;
    const up = path.dirname(dir);
    if (up === dir) return found;
    dir = up;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Caches one {@link CdkProject} per `cdk.out` directory. */
export class CdkAssemblyCache {
  private readonly projects = new Map<string, { project: CdkProject; signature: string }>();

  /**
   * The project for `cdkOutDir`, loaded on first use and reloaded when the assembly's files changed
   * (size and mtime of manifest.json, tree.json and every template). Undefined when it is not an assembly.
   */
  get(cdkOutDir: string): CdkProject | undefined {
    const dir = path.resolve(cdkOutDir);
    const cached = this.projects.get(dir);
    if (cached && cached.signature === signatureOf(dir, cached.project.assembly)) return cached.project;
    let assembly: CloudAssembly;
    try {
      assembly = loadCloudAssembly(dir);
    } catch {
      this.projects.delete(dir);
      return undefined;
    }
    const sources = loadAppSources(assembly.app.directory, { command: assembly.app.command });
    const project: CdkProject = { directory: dir, assembly, sources, located: new Map() };
    this.projects.set(dir, { project, signature: signatureOf(dir, assembly) });
    return project;
  }

  /** Forgets `cdkOutDir` (or everything), so the next {@link get} reloads it. */
  invalidate(cdkOutDir?: string): void {
    if (cdkOutDir === undefined) this.projects.clear();
    else this.projects.delete(path.resolve(cdkOutDir));
  }
}

function signatureOf(dir: string, assembly: CloudAssembly): string {
  const files = [path.join(dir, 'manifest.json'), path.join(dir, 'tree.json'), ...assembly.stacks.map((s) => s.templateFile)];
  return files
    .map((f) => {
      try {
        const st = fs.statSync(f);
        return `${st.size}:${st.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

/** Where the construct at `constructPath` is created in the app's source, memoised on the project. */
export function locateInProject(project: CdkProject, constructPath: string): ConstructSourceLocation | undefined {
  let hit = project.located.get(constructPath);
  if (hit === undefined) {
    hit = locateConstructSource(project.assembly, constructPath, { sources: project.sources }) ?? null;
    project.located.set(constructPath, hit);
  }
  return hit ?? undefined;
}

/**
 * Locates every finding of `analysis`, the engine's analysis of `templateFile` (one of the project's
 * templates; `text` is the text analysed).
 */
export function locateFindings(project: CdkProject, templateFile: string, analysis: Analysis, text: string, remediationFor: RemediationLookup = () => undefined): CdkSourceFinding[] {
  const file = path.resolve(templateFile);
  const starts = lineStarts(text);
  return analysis.findings.map((finding) => {
    const constructPath = finding.constructPath ?? (finding.resource ? constructPathFor(project.assembly, file, finding.resource) : undefined);
    const source = constructPath !== undefined ? locateInProject(project, constructPath) : undefined;
    const remediation = remediationFor(finding.ruleId);
    return {
      finding,
      constructPath,
      message: cdkMessage(finding.message, constructPath, remediation),
      remediation,
      source,
      template: { file, range: { start: position(starts, finding.node.offset), end: position(starts, finding.node.offset + finding.node.length) } },
    };
  });
}

/** `message [construct/path]. In CDK: remediation`. */
export function cdkMessage(message: string, constructPath: string | undefined, remediation: string | undefined): string {
  return `${message}${constructPath ? ` [${constructPath}]` : ''}${remediation ? `. In CDK: ${remediation}` : ''}`;
}

/**
 * Analyses every template of the project (top-level stacks, stages' stacks, nested stacks) with
 * `analyze` and locates the findings. Unreadable templates give an empty result.
 */
export function analyzeProject(project: CdkProject, analyze: AnalyzeTemplate, remediationFor?: RemediationLookup): CdkTemplateResult[] {
  const results: CdkTemplateResult[] = [];
  for (const stack of project.assembly.stacks) {
    let text: string;
    try {
      text = fs.readFileSync(stack.templateFile, 'utf8');
    } catch {
      results.push({ stack, file: stack.templateFile, text: '', analysis: undefined, findings: [] });
      continue;
    }
    const analysis = analyze(stack.templateFile, text);
    results.push({ stack, file: stack.templateFile, text, analysis, findings: analysis ? locateFindings(project, stack.templateFile, analysis, text, remediationFor) : [] });
  }
  return results;
}

/** The stack of the project whose template is `templateFile`. */
export function projectStackFor(project: CdkProject, templateFile: string): CdkStack | undefined {
  return stackForTemplate(project.assembly, templateFile);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): SourcePosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - (starts[lo] ?? 0) };
}
