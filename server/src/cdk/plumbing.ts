/**
 * Tells apart what the user wrote in a CDK app from what CDK added to the template on its own.
 *
 * Two families, both of which a security rule should skip by default because the user cannot change
 * them from their app:
 * - plumbing: template elements of the CDK machinery itself (version reporting, bootstrap checks, asset
 *   and cross-stack parameters);
 * - generated: resources aws-cdk-lib creates as the implementation of a feature, mostly singleton
 *   custom-resource providers (the Lambda functions and IAM roles behind `autoDeleteObjects`,
 *   `logRetention`, bucket notifications, `AwsCustomResource`, VPC default-SG restriction, ...).
 *
 * Resources that an L2 creates as part of what the user asked for (a Bucket's BucketPolicy, a
 * Function's ServiceRole, a Role's DefaultPolicy) are the user's: findings on them are mapped back to
 * the user's construct.
 *
 * Identification uses, in order: the `aws:cdk:is-custom-resource-handler-*` metadata CDK records on
 * provider constructs, construct path segments (stable ids aws-cdk-lib uses), and, for templates
 * synthesized without path metadata, logical id patterns (CDK derives logical ids from those ids).
 */
import { stackForTemplate } from './cloud-assembly';
import type { CloudAssembly } from './cloud-assembly';

/** The section of a template an element lives in. */
export type TemplateSection = 'Resources' | 'Parameters' | 'Rules' | 'Conditions' | 'Outputs' | 'Mappings';

/** A template element to classify. */
export interface CdkElement {
  readonly section: TemplateSection;
  readonly logicalId: string;
  /** CloudFormation type (resources and parameters). */
  readonly type?: string | undefined;
  /** Construct path (`Metadata.aws:cdk:path` or from the assembly), when known. */
  readonly constructPath?: string | undefined;
  /**
   * Metadata entry types recorded for the construct path or its ancestors, e.g. from
   * `CloudAssembly.metadataTypes`. Optional; improves detection of providers with unusual ids.
   */
  readonly metadataTypes?: readonly string[] | undefined;
}

/** Why an element is CDK's rather than the user's. */
export type CdkOriginReason =
  | 'cdk-metadata'
  | 'bootstrap-version'
  | 'asset-parameter'
  | 'cross-stack-reference'
  | 'ssm-lookup-parameter'
  | 'custom-resource-provider'
  | 'log-retention-provider'
  | 'bucket-notifications-handler'
  | 'aws-custom-resource-provider'
  | 'singleton-function'
  | 'custom-resource-instance';

/** The result of {@link classifyCdkElement}. */
export type CdkOrigin =
  | { readonly kind: 'user' }
  | { readonly kind: 'plumbing'; readonly reason: CdkOriginReason }
  | { readonly kind: 'generated'; readonly reason: CdkOriginReason };

const USER: CdkOrigin = { kind: 'user' };
const plumbing = (reason: CdkOriginReason): CdkOrigin => ({ kind: 'plumbing', reason });
const generated = (reason: CdkOriginReason): CdkOrigin => ({ kind: 'generated', reason });

const HEX32 = '[0-9a-f]{32}';
/** Construct ids of stack-level singletons that aws-cdk-lib creates, matched against one path segment. */
const GENERATED_SEGMENTS: ReadonlyArray<readonly [RegExp, CdkOriginReason]> = [
  // CustomResourceProvider (core): Custom::S3AutoDeleteObjectsCustomResourceProvider,
  // Custom::VpcRestrictDefaultSGCustomResourceProvider, Custom::CrossRegionExportWriter..., and
  // Custom::CDKBucketDeployment<uuid> (SingletonFunction of BucketDeployment).
  [/^Custom::/, 'custom-resource-provider'],
  [new RegExp(`^LogRetention${HEX32}$`), 'log-retention-provider'],
  [new RegExp(`^BucketNotificationsHandler${HEX32}$`), 'bucket-notifications-handler'],
  [new RegExp(`^AWS${HEX32}$`), 'aws-custom-resource-provider'],
  [new RegExp(`^SingletonLambda${HEX32}$`), 'singleton-function'],
  // eks, and other modules that put their providers in a nested stack named after the module.
  [/^@aws-cdk--/, 'custom-resource-provider'],
];

/**
 * Logical id patterns for the same singletons, for templates without `aws:cdk:path`. CDK builds a
 * logical id from the path segments with non-alphanumerics removed, plus an 8-hex hash.
 */
const GENERATED_LOGICAL_IDS: ReadonlyArray<readonly [RegExp, CdkOriginReason]> = [
  [/^Custom[A-Za-z0-9]*CustomResourceProvider(Role|Handler)[0-9A-F]{8}$/, 'custom-resource-provider'],
  [/^CustomCDKBucketDeployment[0-9A-F]{32}/, 'custom-resource-provider'],
  [new RegExp(`^LogRetention${HEX32}`), 'log-retention-provider'],
  [new RegExp(`^BucketNotificationsHandler${HEX32}`), 'bucket-notifications-handler'],
  [new RegExp(`^AWS${HEX32}`), 'aws-custom-resource-provider'],
  [new RegExp(`^SingletonLambda${HEX32}`), 'singleton-function'],
];

/**
 * Custom resource types whose instances an L2 adds on the user's behalf (for a prop such as
 * `autoDeleteObjects` or `logRetention`); the user never wrote them and no security rule applies.
 */
const GENERATED_CUSTOM_TYPES: ReadonlySet<string> = new Set([
  'Custom::S3AutoDeleteObjects',
  'Custom::LogRetention',
  'Custom::S3BucketNotifications',
  'Custom::VpcRestrictDefaultSG',
  'Custom::CrossRegionExportWriter',
  'Custom::CrossRegionExportReader',
]);

/** Construct-path segments under a user construct that hold what aws-cdk-lib generated for it. */
const GENERATED_CHILD_PATHS: ReadonlyArray<readonly [RegExp, CdkOriginReason]> = [
  // Bucket.addEventNotification: the policy granted to the singleton notifications handler.
  [/\/Notifications\/HandlerPolicy(\/|$)/, 'bucket-notifications-handler'],
];

/**
 * Classifies a template element as the user's, CDK plumbing, or generated by aws-cdk-lib.
 *
 * Works with or without a construct path; with one it is exact, without one it relies on logical-id
 * patterns (see the module comment).
 */
export function classifyCdkElement(element: CdkElement): CdkOrigin {
  const { section, logicalId, type, constructPath } = element;
  switch (section) {
    case 'Parameters':
      if (logicalId === 'BootstrapVersion') return plumbing('bootstrap-version');
      // Legacy synthesizer: AssetParameters<sha256>S3Bucket<hash> / S3VersionKey / ArtifactHash.
      if (/^AssetParameters[0-9a-f]{64}/.test(logicalId)) return plumbing('asset-parameter');
      // Values passed from a parent stack into a nested stack.
      if (/^referenceto/.test(logicalId)) return plumbing('cross-stack-reference');
      // ec2.MachineImage.latestAmazonLinux() and friends; ssm.StringParameter.valueForStringParameter.
      if (/^SsmParameterValue/.test(logicalId)) return plumbing('ssm-lookup-parameter');
      return USER;
    case 'Rules':
      return logicalId === 'CheckBootstrapVersion' ? plumbing('bootstrap-version') : USER;
    case 'Conditions':
      return logicalId === 'CDKMetadataAvailable' ? plumbing('cdk-metadata') : USER;
    case 'Outputs':
      // Stack.exportValue and cross-stack references.
      return /^ExportsOutput/.test(logicalId) ? plumbing('cross-stack-reference') : USER;
    case 'Mappings':
      // Region maps CDK adds for provider runtimes and service principals.
      return /^(LatestNodeRuntimeMap|AWSCDK)/.test(logicalId) ? plumbing('cdk-metadata') : USER;
    case 'Resources':
      break;
  }

  if (type === 'AWS::CDK::Metadata' || logicalId === 'CDKMetadata') return plumbing('cdk-metadata');
  if (type !== undefined && GENERATED_CUSTOM_TYPES.has(type)) return generated('custom-resource-instance');
  if (element.metadataTypes?.some((t) => t.startsWith('aws:cdk:is-custom-resource-handler')) === true) {
    return generated('custom-resource-provider');
  }
  if (constructPath !== undefined) {
    const segments = constructPath.split('/');
    if (segments.includes('CDKMetadata')) return plumbing('cdk-metadata');
    for (const segment of segments) {
      for (const [pattern, reason] of GENERATED_SEGMENTS) if (pattern.test(segment)) return generated(reason);
    }
    for (const [pattern, reason] of GENERATED_CHILD_PATHS) if (pattern.test(constructPath)) return generated(reason);
    return USER;
  }
  for (const [pattern, reason] of GENERATED_LOGICAL_IDS) if (pattern.test(logicalId)) return generated(reason);
  return USER;
}

/**
 * True when the element is CDK's own (plumbing) or generated by aws-cdk-lib rather than written by the
 * user, i.e. when a rule should not report it by default. See {@link classifyCdkElement} for the reason.
 */
export function isCdkPlumbing(element: CdkElement): boolean {
  return classifyCdkElement(element).kind !== 'user';
}

/**
 * Metadata types recorded for `constructPath` and each of its ancestors, for
 * {@link CdkElement.metadataTypes}. `metadataTypes` is `CloudAssembly.metadataTypes`.
 */
export function inheritedMetadataTypes(
  metadataTypes: ReadonlyMap<string, readonly string[]>,
  constructPath: string,
): string[] {
  const result: string[] = [];
  const segments = constructPath.split('/');
  for (let i = segments.length; i > 0; i--) {
    for (const type of metadataTypes.get(segments.slice(0, i).join('/')) ?? []) {
      if (!result.includes(type)) result.push(type);
    }
  }
  return result;
}

/**
 * Classifies an element of one of the assembly's templates, filling in its type, construct path and the
 * metadata markers from the assembly. `templateFile` is absolute or relative to the assembly directory.
 */
export function classifyAssemblyElement(
  assembly: CloudAssembly,
  templateFile: string,
  section: TemplateSection,
  logicalId: string,
): CdkOrigin {
  const resource =
    section === 'Resources'
      ? stackForTemplate(assembly, templateFile)?.resources.find((r) => r.logicalId === logicalId)
      : undefined;
  const constructPath = resource?.constructPath;
  return classifyCdkElement({
    section,
    logicalId,
    type: resource?.type,
    constructPath,
    metadataTypes: constructPath === undefined ? undefined : inheritedMetadataTypes(assembly.metadataTypes, constructPath),
  });
}
