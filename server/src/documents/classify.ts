/**
 * Which kind of document is this? Only CloudFormation, CDK-synthesized templates and IAM policy
 * documents are analysed; everything else (docker-compose, Kubernetes, package.json, workflows,
 * OpenAPI…) stays silent.
 */
import { type Node, isMap, isSeq, str } from '../model/nodes';
import type { DocumentKind } from '../model/template';

const CFN_TYPE = /^(AWS|Custom|Alexa)::/;

/** Cheap text test: could this possibly be one of our documents? Saves parsing unrelated files. */
export function mightBeRelevant(text: string): boolean {
  return text.includes('Resources') || text.includes('Statement') || text.includes('AWSTemplateFormatVersion') || text.includes('Effect');
}

/** A best-effort kind for text that did not parse into a recognisable tree (so syntax errors still show). */
export function classifyText(text: string, fileName: string): DocumentKind | undefined {
  // Top-level keys only: column 0 in YAML, or a quoted key near the left margin in JSON. Embedded
  // fragments (e.g. the `resources: Resources:` block of a Serverless Framework file) are not templates.
  const topLevel = (key: string) => new RegExp(`^(?:${key}|"${key}"|'${key}')\\s*:|^\\s{1,4}"${key}"\\s*:`, 'm').test(text);
  if (topLevel('AWSTemplateFormatVersion')) return isCdkFile(fileName) ? 'cdk' : 'cloudformation';
  if (topLevel('Resources') && /["']?Type["']?\s*:\s*["']?(AWS|Custom)::/.test(text)) return isCdkFile(fileName) ? 'cdk' : 'cloudformation';
  return undefined;
}

export function isCdkFile(fileName: string): boolean {
  return /(^|[\\/])cdk\.out[\\/]/.test(fileName) || /\.template\.json$/.test(fileName) && /(^|[\\/])cdk\.out/.test(fileName);
}

/** Classifies a parsed document. */
export function classify(root: Node | undefined, fileName: string, text?: string): DocumentKind | undefined {
  if (isMap(root) && !root.intrinsic) {
    const hasVersion = root.has('AWSTemplateFormatVersion');
    // Fast path for templates that say what they are: CDK output is recognised by its markers.
    if (hasVersion && text !== undefined) return isCdkFile(fileName) || text.includes('aws:cdk:path') || text.includes('AWS::CDK::Metadata') ? 'cdk' : 'cloudformation';
    const resources = root.get('Resources');
    const transform = root.get('Transform');
    let cfnTypes = 0;
    let cdk = false;
    if (isMap(resources)) {
      for (const e of resources.entries) {
        if (!isMap(e.value)) continue;
        const t = str(e.value.get('Type'));
        if (t && CFN_TYPE.test(t)) cfnTypes++;
        if (t === 'AWS::CDK::Metadata') cdk = true;
        const md = e.value.get('Metadata');
        if (isMap(md) && md.has('aws:cdk:path')) cdk = true;
      }
    }
    const sam = (str(transform) ?? '').startsWith('AWS::Serverless') || (isSeq(transform) && transform.items.some((i) => (str(i) ?? '').startsWith('AWS::Serverless')));
    if (hasVersion || cfnTypes > 0 || (sam && isMap(resources))) return cdk || isCdkFile(fileName) ? 'cdk' : 'cloudformation';
    if (root.has('Statement') && (root.has('Version') || isPolicyFileName(fileName))) {
      const st = root.get('Statement');
      if (isSeq(st) || isMap(st)) return 'iam-policy';
    }
    return undefined;
  }
  // A bare list of statements, only in a file that says it is a policy.
  if (isSeq(root) && isPolicyFileName(fileName) && root.items.length > 0 && root.items.every((i) => isMap(i) && i.has('Effect'))) return 'iam-policy';
  return undefined;
}

function isPolicyFileName(fileName: string): boolean {
  return /policy[^\\/]*\.json$/i.test(fileName);
}
