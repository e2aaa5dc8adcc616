/**
 * Reads a CDK cloud assembly (a `cdk.out` directory) without running any workspace code.
 *
 * What it reads, and what each file is for:
 * - `manifest.json`: the artifacts. `aws:cloudformation:stack` artifacts name their template file and,
 *   since schema ~35, their metadata in a separate `additionalMetadataFile` (older assemblies inline it as
 *   `artifact.metadata`). `cdk:cloud-assembly` artifacts are nested assemblies (one per `Stage`), read
 *   recursively. `cdk:tree` names the construct tree file.
 * - `<Stack>.template.json`, and `*.nested.template.json` for nested stacks (linked to their parent
 *   through the `aws:asset:path` metadata of the parent's `AWS::CloudFormation::Stack` resource).
 * - `<Stack>.metadata.json`: per construct path, `aws:cdk:logicalId` and `aws:cdk:creationStack`
 *   (a stack trace of where the construct was created; see docs/cdk.md for when CDK records it), or a
 *   `trace` on the `aws:cdk:logicalId` entry in assemblies that record traces that way.
 * - `tree.json` (and `trees-N.json` when CDK fragments a very large tree): construct path, fqn,
 *   CloudFormation type and logical id of every construct.
 * - `validation-report.json`: written when synth-time policy validation ran; its violations carry
 *   construct paths and stack traces.
 *
 * The mapping logical id -> construct path is assembled from three sources, in order of trust: the
 * template's own `Metadata.aws:cdk:path` (present when synthesized by the CLI, which turns path metadata
 * on), the metadata file's `aws:cdk:logicalId` entries, and the tree's
 * `aws:cdk:cloudformation:logicalId` attributes.
 *
 * All reads are synchronous: an assembly is a handful of small JSON files, read once per change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** One construct in the tree (`tree.json`). */
export interface ConstructNode {
  /** Construct path without a leading slash, e.g. `DemoStack/Uploads/Resource`; the App is `''`. */
  readonly path: string;
  /** The construct's id (last path segment). */
  readonly id: string;
  /** jsii fully qualified name of the nearest library class, e.g. `aws-cdk-lib.aws_s3.Bucket`. */
  readonly fqn: string | undefined;
  /** CloudFormation type when the construct is an L1 with tree attributes, e.g. `AWS::S3::Bucket`. */
  readonly cfnType: string | undefined;
  /** Logical id when the construct is an L1 with tree attributes. */
  readonly logicalId: string | undefined;
  /** Paths of the direct children, in declaration order. */
  readonly children: readonly string[];
}

/** One CloudFormation element of a stack template that CDK created from a construct. */
export interface CdkResource {
  readonly logicalId: string;
  /** CloudFormation type, e.g. `AWS::S3::Bucket`, or `Custom::S3AutoDeleteObjects`. */
  readonly type: string;
  /** Construct path, e.g. `DemoStack/Uploads/Resource`; undefined when no source gave one. */
  readonly constructPath: string | undefined;
}

/** A stack template in the assembly: a top-level stack, a stack inside a stage, or a nested stack. */
export interface CdkStack {
  /** Manifest artifact id (`DemoStack`, `ProdSecureStack7A9B3CAB`); for a nested stack, its file name. */
  readonly artifactId: string;
  /** Construct path of the Stack or NestedStack construct, e.g. `Prod/SecureStack`, `DemoStack/Storage`. */
  readonly constructPath: string;
  /** Absolute path of the template file. */
  readonly templateFile: string;
  /** Absolute path of the (nested) assembly directory holding the template. */
  readonly assemblyDirectory: string;
  /** `nested` for a NestedStack's `*.nested.template.json`. */
  readonly kind: 'stack' | 'nested';
  /**
   * For a nested stack: the parent's template file and the logical id of its `AWS::CloudFormation::Stack`.
   * Undefined for top-level stacks, and for nested templates no parent resource points at (asset metadata off).
   */
  readonly parent: { readonly templateFile: string; readonly logicalId: string } | undefined;
  /** Resources in template order. */
  readonly resources: readonly CdkResource[];
  /** Parameter names in template order. */
  readonly parameters: readonly string[];
  /** Rule names (the `Rules` section) in template order. */
  readonly rules: readonly string[];
  /** Condition names in template order. */
  readonly conditions: readonly string[];
  /** Output names in template order. */
  readonly outputs: readonly string[];
}

/** One violation of `validation-report.json`, flattened to one entry per violating construct. */
export interface ValidationViolation {
  readonly pluginName: string;
  readonly ruleName: string;
  readonly description: string;
  readonly severity: string | undefined;
  readonly suggestedFix: string | undefined;
  readonly constructPath: string;
  /** Template file as written in the report (relative to the assembly root). */
  readonly templatePath: string | undefined;
  readonly logicalId: string | undefined;
  readonly propertyPaths: readonly string[];
  /** Stack frames, one per line, as recorded by CDK (see {@link parseStackFrame}). */
  readonly stackTrace: readonly string[];
}

/** Where the app that produced the assembly lives, from `cdk.json` next to (or above) `cdk.out`. */
export interface CdkAppInfo {
  /** Absolute directory holding `cdk.json`, or the assembly's parent when there is none. */
  readonly directory: string;
  /** The `app` command from `cdk.json`, e.g. `npx ts-node --prefer-ts-exts bin/app.ts`. */
  readonly command: string | undefined;
}

/** A loaded cloud assembly. Plain data; query it with the functions of this module. */
export interface CloudAssembly {
  /** Absolute path of the root assembly directory. */
  readonly directory: string;
  /** Cloud assembly schema version from `manifest.json`, e.g. `55.0.0`. */
  readonly schemaVersion: string | undefined;
  /** Every stack template: top-level stacks, stacks of nested assemblies (stages), nested stacks. */
  readonly stacks: readonly CdkStack[];
  /** The construct tree by path; empty when there is no `tree.json`. */
  readonly tree: ReadonlyMap<string, ConstructNode>;
  /** Construct path -> creation stack trace (`aws:cdk:creationStack`), innermost frame first. */
  readonly creationStacks: ReadonlyMap<string, readonly string[]>;
  /** Construct path -> metadata entry types recorded for it (e.g. `aws:cdk:is-custom-resource-handler-*`). */
  readonly metadataTypes: ReadonlyMap<string, readonly string[]>;
  /** Violations of `validation-report.json` (all nested assemblies), or empty. */
  readonly violations: readonly ValidationViolation[];
  /** The app's directory and command. */
  readonly app: CdkAppInfo;
  /** Files that could not be read or parsed, with the reason; loading never throws for these. */
  readonly problems: readonly string[];
}

/** Options for {@link loadCloudAssembly}. */
export interface LoadCloudAssemblyOptions {
  /** Directory of the CDK app, when it is not the directory holding `cdk.json` above the assembly. */
  readonly appDirectory?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const NESTED_TEMPLATE_SUFFIX = '.nested.template.json';

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readJson(file: string, problems: string[]): Json | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    problems.push(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    problems.push(`${file}: invalid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** True when `dir` looks like a cloud assembly (has a `manifest.json`). */
export function isCloudAssemblyDirectory(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'manifest.json'));
}

/**
 * Reads `template.Resources[*].Metadata['aws:cdk:path']` from a parsed template.
 *
 * Works on a bare template (no assembly around it). Returns logical id -> construct path for the
 * resources that carry the metadata (CLI synths do; apps run without path metadata don't).
 */
export function templateConstructPaths(template: unknown): Map<string, string> {
  const result = new Map<string, string>();
  const resources = isObject(template as Json) ? (template as JsonObject)['Resources'] : undefined;
  if (!isObject(resources)) return result;
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    const metadata = resource['Metadata'];
    const constructPath = isObject(metadata) ? str(metadata['aws:cdk:path']) : undefined;
    if (constructPath !== undefined) result.set(logicalId, constructPath);
  }
  return result;
}

/** Finds the app directory: the closest directory at or above the assembly's parent holding cdk.json. */
function findApp(assemblyDir: string, problems: string[], override: string | undefined): CdkAppInfo {
  const candidates: string[] = [];
  if (override !== undefined) candidates.push(path.resolve(override));
  let dir = path.dirname(assemblyDir);
  for (let depth = 0; depth < 4; depth++) {
    candidates.push(dir);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const candidate of candidates) {
    const cdkJson = path.join(candidate, 'cdk.json');
    if (!fs.existsSync(cdkJson)) {
      if (candidate === override) return { directory: candidate, command: undefined };
      continue;
    }
    const parsed = readJson(cdkJson, problems);
    const app = isObject(parsed) ? parsed['app'] : undefined;
    // cdk.json may also point at a pre-synthesized assembly directory; that is not a command.
    return { directory: candidate, command: typeof app === 'string' ? app : undefined };
  }
  return { directory: path.dirname(assemblyDir), command: undefined };
}

interface Builder {
  readonly root: string;
  readonly problems: string[];
  readonly stacks: CdkStack[];
  readonly tree: Map<string, ConstructNode>;
  readonly creationStacks: Map<string, readonly string[]>;
  readonly metadataTypes: Map<string, string[]>;
  /** Construct path -> logical id, from `aws:cdk:logicalId` metadata entries. */
  readonly metadataLogicalIds: Map<string, string>;
  readonly violations: ValidationViolation[];
  readonly seenAssemblies: Set<string>;
}

/**
 * Loads the cloud assembly in `dir` (a `cdk.out` directory): stacks with their templates, nested
 * assemblies and nested stacks, the construct tree, metadata and the validation report.
 *
 * Never executes code from the workspace. Missing or malformed files are recorded in `problems`.
 * @throws only when `dir` has no readable `manifest.json`.
 */
export function loadCloudAssembly(dir: string, options: LoadCloudAssemblyOptions = {}): CloudAssembly {
  const root = path.resolve(dir);
  const problems: string[] = [];
  const manifest = readJson(path.join(root, 'manifest.json'), problems);
  if (!isObject(manifest)) {
    throw new Error(`not a cloud assembly: ${problems[0] ?? `${root}/manifest.json is not an object`}`);
  }
  const builder: Builder = {
    root,
    problems,
    stacks: [],
    tree: new Map(),
    creationStacks: new Map(),
    metadataTypes: new Map(),
    metadataLogicalIds: new Map(),
    violations: [],
    seenAssemblies: new Set(),
  };
  readAssembly(builder, root, manifest);
  // Nested templates no parent resource pointed at (asset metadata off), once the tree is known.
  for (const assemblyDir of builder.seenAssemblies) readOrphanNestedTemplates(builder, assemblyDir);
  const stacks = builder.stacks.map((stack) => withConstructPaths(builder, stack));
  return {
    directory: root,
    schemaVersion: str(manifest['version']),
    stacks,
    tree: builder.tree,
    creationStacks: builder.creationStacks,
    metadataTypes: builder.metadataTypes,
    violations: builder.violations,
    app: findApp(root, problems, options.appDirectory),
    problems,
  };
}

function readAssembly(builder: Builder, dir: string, manifest: JsonObject): void {
  if (builder.seenAssemblies.has(dir)) return;
  builder.seenAssemblies.add(dir);
  const artifacts = manifest['artifacts'];
  if (!isObject(artifacts)) return;

  for (const [artifactId, artifact] of Object.entries(artifacts)) {
    if (!isObject(artifact)) continue;
    const properties = isObject(artifact['properties']) ? artifact['properties'] : {};
    switch (artifact['type']) {
      case 'aws:cloudformation:stack':
        readStackArtifact(builder, dir, artifactId, artifact, properties);
        break;
      case 'cdk:cloud-assembly': {
        const sub = str(properties['directoryName']);
        if (sub === undefined) break;
        const subDir = path.join(dir, sub);
        const subManifest = readJson(path.join(subDir, 'manifest.json'), builder.problems);
        if (isObject(subManifest)) readAssembly(builder, subDir, subManifest);
        break;
      }
      case 'cdk:tree': {
        const file = str(properties['file']);
        if (file !== undefined) readTree(builder, dir, file);
        break;
      }
      default:
        break;
    }
  }
  const report = path.join(dir, 'validation-report.json');
  if (fs.existsSync(report)) readValidationReport(builder, readJson(report, builder.problems));
}

function readStackArtifact(
  builder: Builder,
  dir: string,
  artifactId: string,
  artifact: JsonObject,
  properties: JsonObject,
): void {
  const templateName = str(properties['templateFile']);
  if (templateName === undefined) {
    builder.problems.push(`${dir}/manifest.json: stack ${artifactId} has no templateFile`);
    return;
  }
  // Metadata lives inline (older assemblies) and/or in a separate file (schema >= ~35).
  let stackPath: string | undefined;
  const metadataSources: Json[] = [artifact['metadata'] ?? null];
  const extra = str(artifact['additionalMetadataFile']);
  if (extra !== undefined) metadataSources.push(readJson(path.join(dir, extra), builder.problems) ?? null);
  for (const metadata of metadataSources) {
    if (!isObject(metadata)) continue;
    for (const [key, entries] of Object.entries(metadata)) {
      if (!Array.isArray(entries)) continue;
      const constructPath = key.replace(/^\//, '');
      for (const entry of entries) {
        if (!isObject(entry)) continue;
        const type = str(entry['type']);
        if (type === undefined) continue;
        const types = builder.metadataTypes.get(constructPath) ?? [];
        if (!types.includes(type)) types.push(type);
        builder.metadataTypes.set(constructPath, types);
        const data = entry['data'];
        if (type === 'aws:cdk:logicalId' && typeof data === 'string') {
          builder.metadataLogicalIds.set(constructPath, data);
        } else if (type === 'aws:cdk:creationStack' && Array.isArray(data)) {
          builder.creationStacks.set(constructPath, data.filter((f): f is string => typeof f === 'string'));
        }
        // Older assemblies (and CDK_DEBUG runs) attach a `trace` to metadata entries; use the logical-id
        // entry's trace when no creation stack was recorded.
        const trace = entry['trace'];
        if (type === 'aws:cdk:logicalId' && Array.isArray(trace) && !builder.creationStacks.has(constructPath)) {
          builder.creationStacks.set(constructPath, trace.filter((f): f is string => typeof f === 'string'));
        } else if (type === 'aws:cdk:templateFile' && data === templateName) {
          stackPath = constructPath;
        }
      }
    }
  }
  const displayName = str(artifact['displayName']);
  const constructPath = stackPath ?? displayName ?? artifactId;
  readTemplate(builder, dir, artifactId, path.join(dir, templateName), constructPath, 'stack', undefined);
}

function sectionKeys(template: JsonObject, section: string): string[] {
  const value = template[section];
  return isObject(value) ? Object.keys(value) : [];
}

function readTemplate(
  builder: Builder,
  dir: string,
  artifactId: string,
  templateFile: string,
  constructPath: string,
  kind: CdkStack['kind'],
  parent: CdkStack['parent'],
): void {
  if (builder.stacks.some((s) => s.templateFile === templateFile)) return;
  const template = readJson(templateFile, builder.problems);
  if (!isObject(template)) return;
  const resources: CdkResource[] = [];
  const nested: Array<{ file: string; logicalId: string; resourcePath: string | undefined }> = [];
  const rawResources = template['Resources'];
  if (isObject(rawResources)) {
    for (const [logicalId, resource] of Object.entries(rawResources)) {
      if (!isObject(resource)) continue;
      const type = str(resource['Type']) ?? '';
      const metadata = isObject(resource['Metadata']) ? resource['Metadata'] : {};
      const resourcePath = str(metadata['aws:cdk:path']);
      resources.push({ logicalId, type, constructPath: resourcePath });
      const asset = str(metadata['aws:asset:path']);
      if (type === 'AWS::CloudFormation::Stack' && asset?.endsWith(NESTED_TEMPLATE_SUFFIX)) {
        nested.push({ file: path.join(dir, asset), logicalId, resourcePath });
      }
    }
  }
  builder.stacks.push({
    artifactId,
    constructPath,
    templateFile,
    assemblyDirectory: dir,
    kind,
    parent,
    resources,
    parameters: sectionKeys(template, 'Parameters'),
    rules: sectionKeys(template, 'Rules'),
    conditions: sectionKeys(template, 'Conditions'),
    outputs: sectionKeys(template, 'Outputs'),
  });
  for (const child of nested) {
    const childPath =
      (child.resourcePath !== undefined ? nestedStackPathFromResourcePath(child.resourcePath) : undefined) ??
      nestedStackPathFromMetadata(builder, constructPath, child.logicalId) ??
      `${constructPath}/${child.logicalId}`;
    readTemplate(builder, dir, path.basename(child.file), child.file, childPath, 'nested', {
      templateFile,
      logicalId: child.logicalId,
    });
  }
}

/**
 * `DemoStack/Storage.NestedStack/Storage.NestedStackResource` -> `DemoStack/Storage`: CDK puts the
 * `AWS::CloudFormation::Stack` resource of a NestedStack with id X under a sibling scope `X.NestedStack`.
 */
export function nestedStackPathFromResourcePath(resourcePath: string): string | undefined {
  const segments = resourcePath.split('/');
  const index = segments.findIndex((s) => s.endsWith('.NestedStack'));
  if (index < 0) return undefined;
  const scope = segments[index] ?? '';
  return [...segments.slice(0, index), scope.slice(0, -'.NestedStack'.length)].join('/');
}

function nestedStackPathFromMetadata(builder: Builder, stackPath: string, logicalId: string): string | undefined {
  for (const [constructPath, id] of builder.metadataLogicalIds) {
    if (id !== logicalId || !constructPath.startsWith(`${stackPath}/`)) continue;
    const nested = nestedStackPathFromResourcePath(constructPath);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

function readOrphanNestedTemplates(builder: Builder, dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith(NESTED_TEMPLATE_SUFFIX));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (builder.stacks.some((s) => s.templateFile === file)) continue;
    // Without a link from the parent, take the construct path from the paths of its own resources.
    const template = readJson(file, builder.problems);
    const paths = [...templateConstructPaths(template).values()];
    const first = paths[0];
    const owner =
      first === undefined
        ? undefined
        : [...builder.tree.values()].find(
            (n) => n.fqn?.endsWith('.NestedStack') === true && first.startsWith(`${n.path}/`),
          )?.path;
    const constructPath = owner ?? name.slice(0, -NESTED_TEMPLATE_SUFFIX.length);
    readTemplate(builder, dir, name, file, constructPath, 'nested', undefined);
  }
}

function readTree(builder: Builder, dir: string, file: string): void {
  const parsed = readJson(path.join(dir, file), builder.problems);
  if (!isObject(parsed) || !isObject(parsed['tree'])) return;
  const forests = new Map<string, JsonObject>();
  const loadForest = (name: string): JsonObject | undefined => {
    if (!forests.has(name)) {
      const forest = readJson(path.join(dir, name), builder.problems);
      forests.set(name, isObject(forest) && isObject(forest['forest']) ? forest['forest'] : {});
    }
    return forests.get(name);
  };
  const visit = (raw: JsonObject, depth: number): void => {
    if (depth > 1000) return;
    // A fragmented tree (very large apps) replaces a subtree by {fileName, treeId} pointing into trees-N.json.
    let node = raw;
    const fileName = str(raw['fileName']);
    const treeId = str(raw['treeId']);
    if (fileName !== undefined && treeId !== undefined) {
      const target = loadForest(fileName)?.[treeId];
      if (!isObject(target)) return;
      node = target;
    }
    const nodePath = str(node['path']) ?? '';
    const constructInfo = isObject(node['constructInfo']) ? node['constructInfo'] : {};
    const attributes = isObject(node['attributes']) ? node['attributes'] : {};
    const children = isObject(node['children']) ? Object.values(node['children']).filter(isObject) : [];
    builder.tree.set(nodePath, {
      path: nodePath,
      id: str(node['id']) ?? nodePath.split('/').pop() ?? '',
      fqn: str(constructInfo['fqn']),
      cfnType: str(attributes['aws:cdk:cloudformation:type']),
      logicalId: str(attributes['aws:cdk:cloudformation:logicalId']),
      children: children.map((c) => str(c['path']) ?? ''),
    });
    for (const child of children) visit(child, depth + 1);
  };
  visit(parsed['tree'], 0);
}

function readValidationReport(builder: Builder, report: Json | undefined): void {
  if (!isObject(report) || !Array.isArray(report['pluginReports'])) return;
  for (const plugin of report['pluginReports']) {
    if (!isObject(plugin) || !Array.isArray(plugin['violations'])) continue;
    const pluginName = str(plugin['pluginName']) ?? '';
    for (const violation of plugin['violations']) {
      if (!isObject(violation) || !Array.isArray(violation['violatingConstructs'])) continue;
      for (const construct of violation['violatingConstructs']) {
        if (!isObject(construct)) continue;
        const constructPath = str(construct['constructPath']);
        if (constructPath === undefined) continue;
        const resource = isObject(construct['cloudFormationResource']) ? construct['cloudFormationResource'] : {};
        const propertyPaths = Array.isArray(resource['propertyPaths']) ? resource['propertyPaths'] : [];
        const traces = Array.isArray(construct['stackTraces']) ? construct['stackTraces'] : [];
        builder.violations.push({
          pluginName,
          ruleName: str(violation['ruleName']) ?? '',
          description: str(violation['description']) ?? '',
          severity: str(violation['severity']),
          suggestedFix: str(violation['suggestedFix']),
          constructPath,
          templatePath: str(resource['templatePath']),
          logicalId: str(resource['logicalId']),
          propertyPaths: propertyPaths.filter((p): p is string => typeof p === 'string'),
          // Each trace is one string with frames separated by newlines; keep the first (they repeat).
          stackTrace: (str(traces[0]) ?? '').split('\n').filter((line) => line.length > 0),
        });
      }
    }
  }
}

/** The stack (top-level, stage or nested) whose construct path is the longest prefix of `constructPath`. */
function owningStack(stacks: readonly CdkStack[], constructPath: string): CdkStack | undefined {
  let best: CdkStack | undefined;
  for (const stack of stacks) {
    if (constructPath !== stack.constructPath && !constructPath.startsWith(`${stack.constructPath}/`)) continue;
    if (best === undefined || stack.constructPath.length > best.constructPath.length) best = stack;
  }
  return best;
}

/** Fills in construct paths the template lacked, from metadata logical ids and then from the tree. */
function withConstructPaths(builder: Builder, stack: CdkStack): CdkStack {
  if (stack.resources.every((r) => r.constructPath !== undefined)) return stack;
  const byLogicalId = new Map<string, string>();
  const consider = (constructPath: string, logicalId: string): void => {
    if (byLogicalId.has(logicalId)) return;
    if (owningStack(builder.stacks, constructPath) !== stack) return;
    byLogicalId.set(logicalId, constructPath);
  };
  for (const [constructPath, logicalId] of builder.metadataLogicalIds) consider(constructPath, logicalId);
  for (const node of builder.tree.values()) if (node.logicalId !== undefined) consider(node.path, node.logicalId);
  return {
    ...stack,
    resources: stack.resources.map((r) =>
      r.constructPath !== undefined ? r : { ...r, constructPath: byLogicalId.get(r.logicalId) },
    ),
  };
}

/** The stack whose template is `templateFile` (absolute, or relative to the assembly directory). */
export function stackForTemplate(assembly: CloudAssembly, templateFile: string): CdkStack | undefined {
  const absolute = path.resolve(assembly.directory, templateFile);
  return assembly.stacks.find((s) => s.templateFile === absolute);
}

/**
 * The construct path of resource `logicalId` in `templateFile` (absolute, or relative to the assembly
 * directory), e.g. `DemoStack/Uploads/Resource`; undefined when unknown.
 */
export function constructPathFor(
  assembly: CloudAssembly,
  templateFile: string,
  logicalId: string,
): string | undefined {
  return stackForTemplate(assembly, templateFile)?.resources.find((r) => r.logicalId === logicalId)
    ?.constructPath;
}

/**
 * The template element created by the construct at `constructPath` (an L1 path such as
 * `DemoStack/Uploads/Resource`, or an L2 path such as `DemoStack/Uploads`, which resolves to its
 * `Resource` or `Default` child). Undefined when the construct created no resource.
 */
export function resourceForConstructPath(
  assembly: CloudAssembly,
  constructPath: string,
): { readonly stack: CdkStack; readonly resource: CdkResource } | undefined {
  const wanted = [constructPath, `${constructPath}/Resource`, `${constructPath}/Default`];
  for (const candidate of wanted) {
    const stack = owningStack(assembly.stacks, candidate);
    const resource = stack?.resources.find((r) => r.constructPath === candidate);
    if (stack !== undefined && resource !== undefined) return { stack, resource };
  }
  return undefined;
}

/** The stack that owns the construct at `constructPath` (the deepest stack whose path is a prefix). */
export function stackForConstructPath(assembly: CloudAssembly, constructPath: string): CdkStack | undefined {
  return owningStack(assembly.stacks, constructPath);
}
