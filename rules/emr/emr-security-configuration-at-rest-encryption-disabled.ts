import { type Json, type Node, type ResourceContext, type Variant, defineRule, isMap } from '../api';
import { within } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::EMR::SecurityConfiguration` that does not turn on encryption at rest: no
 * `EncryptionConfiguration`, `EnableAtRestEncryption` false, or at-rest encryption enabled without an
 * `AtRestEncryptionConfiguration` that configures S3 or local-disk encryption. Works on the object
 * form and on a JSON string. (In-transit settings are not this rule's concern.)
 *
 * ## Why it matters
 * The security configuration is the only place EMR encryption at rest is set. A configuration that
 * leaves it off gives every cluster using it unencrypted HDFS, spill and shuffle data on local disks
 * and EBS volumes, and EMRFS objects written without EMR's encryption.
 *
 * ## Example
 * ```yaml
 * EmrSecurity:
 *   Type: AWS::EMR::SecurityConfiguration
 *   Properties:
 *     SecurityConfiguration:
 *       EncryptionConfiguration:
 *         EnableAtRestEncryption: false
 *         EnableInTransitEncryption: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * EmrSecurity:
 *   Type: AWS::EMR::SecurityConfiguration
 *   Properties:
 *     SecurityConfiguration:
 *       EncryptionConfiguration:
 *         EnableAtRestEncryption: true
 *         EnableInTransitEncryption: true
 *         AtRestEncryptionConfiguration:
 *           S3EncryptionConfiguration:
 *             EncryptionMode: SSE-KMS
 *             AwsKmsKey: !Ref EmrKey
 *           LocalDiskEncryptionConfiguration:
 *             EncryptionKeyProviderType: AwsKms
 *             AwsKmsKey: !Ref EmrKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: at-rest encryption needs key choices for S3 and local disks, and security
 * configurations cannot be updated in place (they are replaced, and so are clusters using them).
 *
 * ## References
 * - https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html
 * - https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html
 */
export default defineRule({
  meta: {
    id: 'SW5036',
    name: 'emr-security-configuration-at-rest-encryption-disabled',
    family: 'emr',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'EMR security configuration does not enable encryption at rest',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      noEncryption: 'EMR security configuration {{config}} has no EncryptionConfiguration: clusters using it are not encrypted at rest',
      disabled: 'EMR security configuration {{config}} does not set EnableAtRestEncryption to true',
      misconfigured: 'EMR security configuration {{config}} enables at-rest encryption without S3 or local-disk encryption settings',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html'],
    equivalents: {},
  },
  resource: {
    types: ['AWS::EMR::SecurityConfiguration'],
    check(ctx) {
      const data = { config: ctx.resource.logicalId };
      for (const v of ctx.prop('SecurityConfiguration')) {
        if (v.missing) continue;
        const val = ctx.value(v);
        if (typeof val === 'string') {
          // The JSON-string form: judge the parsed document and point at the string.
          const problem = judgePlain(parse(val));
          if (problem) ctx.report({ at: v, messageId: problem, data });
          continue;
        }
        if (v.node && isMap(v.node) && !v.node.intrinsic) checkMap(ctx, v, data);
      }
    },
  },
});

function parse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

type Problem = 'noEncryption' | 'disabled' | 'misconfigured';

const obj = (x: Json | undefined): Record<string, Json> | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? x : undefined);
const truthy = (x: Json | undefined): boolean | undefined => (x === true || x === 'true' ? true : x === false || x === 'false' ? false : undefined);

/** Judges a parsed (JSON-string) security configuration; undefined when fine or not decidable. */
function judgePlain(doc: Json | undefined): Problem | undefined {
  const root = obj(doc);
  if (!root) return undefined;
  const enc = obj(root['EncryptionConfiguration']);
  if (!enc) return 'noEncryption';
  const on = truthy(enc['EnableAtRestEncryption']);
  if (on === false || !('EnableAtRestEncryption' in enc)) return 'disabled';
  if (on !== true) return undefined;
  const atRest = obj(enc['AtRestEncryptionConfiguration']);
  return atRest && ('S3EncryptionConfiguration' in atRest || 'LocalDiskEncryptionConfiguration' in atRest) ? undefined : 'misconfigured';
}

/** Judges the object form with precise positions. */
function checkMap(ctx: ResourceContext, v: Variant, data: Record<string, string>): void {
  for (const enc of ctx.lookup(v.node, 'EncryptionConfiguration')) {
    const e = within(enc, v.conditions);
    if (enc.missing) {
      ctx.report({ at: enc, messageId: 'noEncryption', data, conditions: v.conditions });
      continue;
    }
    for (const on of ctx.lookup(enc.node, 'EnableAtRestEncryption')) {
      const tri = ctx.bool(on);
      if (on.missing || tri === 'false') {
        ctx.report({ at: on, messageId: 'disabled', data, conditions: e.conditions });
        continue;
      }
      if (tri !== 'true') continue;
      for (const cfg of ctx.lookup(enc.node, 'AtRestEncryptionConfiguration')) {
        if (cfg.missing || !configures(cfg.node)) ctx.report({ at: cfg, messageId: 'misconfigured', data, conditions: e.conditions });
      }
    }
  }
}

function configures(node: Node | undefined): boolean {
  if (!node || !isMap(node)) return false;
  if (node.intrinsic) return true; // computed: not decidable, not reported
  return node.has('S3EncryptionConfiguration') || node.has('LocalDiskEncryptionConfiguration');
}
