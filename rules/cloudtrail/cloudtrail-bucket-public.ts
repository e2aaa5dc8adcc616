import { type Node, type Resource, type ResourceContext, defineRule, helpers } from '../api';
import { actionSummary, publicGrants } from '../lib/public-access';

const PUBLIC_ACLS = ['PublicRead', 'PublicReadWrite', 'AuthenticatedRead'];
const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/**
 * ## What it does
 * Follows a CloudTrail trail's `S3BucketName` to the bucket when it is defined in the same template,
 * and flags the trail when that bucket is public: a public canned ACL (`PublicRead`,
 * `PublicReadWrite`, `AuthenticatedRead`) that `IgnorePublicAcls` does not neutralise, a bucket policy
 * with an `Allow` to any principal that no Condition narrows, or a `PublicAccessBlockConfiguration`
 * that explicitly turns a flag off. Buckets named outside the template are not checked.
 *
 * ## Why it matters
 * CloudTrail logs are the record of everything done in the account: who did what, from where, with
 * which resource names and often request parameters. A public log bucket hands an attacker a map of
 * the account, and with write access lets them tamper with the evidence.
 *
 * ## Example
 * ```yaml
 * TrailBucket:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     AccessControl: PublicRead
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * TrailBucket:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     PublicAccessBlockConfiguration:
 *       BlockPublicAcls: true
 *       BlockPublicPolicy: true
 *       IgnorePublicAcls: true
 *       RestrictPublicBuckets: true
 * ```
 *
 * ## Fix safety
 * No automatic fix on the trail: the bucket's own findings (public ACL, public policy, public access
 * block) carry the repairs.
 *
 * ## References
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html
 */
export default defineRule({
  meta: {
    id: 'SW5415',
    name: 'cloudtrail-bucket-public',
    family: 'cloudtrail',
    category: 'public-access',
    severity: 'high',
    description: 'CloudTrail trail delivers logs to a bucket that is public or does not block public access',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      acl: 'Trail {{trail}} writes its logs to bucket {{bucket}}, whose AccessControl {{acl}} makes them public',
      policy: 'Trail {{trail}} writes its logs to bucket {{bucket}}, whose bucket policy {{policy}} lets anyone perform {{actions}}',
      unblocked: 'Trail {{trail}} writes its logs to bucket {{bucket}}, which sets {{flag}} to false: nothing stops the logs from being made public',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html'],
    equivalents: { cis: ['3.3'] },
  },
  resource: {
    types: ['AWS::CloudTrail::Trail'],
    check(ctx) {
      const at = ctx.resource.properties?.get('S3BucketName');
      const bucket = ctx.resolveRef(at);
      if (!at || !bucket || bucket.type !== 'AWS::S3::Bucket') return;
      const data = { trail: ctx.resource.logicalId, bucket: bucket.logicalId };
      const related = [{ node: bucket.keyNode, message: `Log bucket ${bucket.logicalId}` }];
      const ignoresAcls = ctx.lookup(bucket.properties, 'PublicAccessBlockConfiguration.IgnorePublicAcls').every((v) => ctx.bool(v) === 'true');
      for (const v of ctx.lookup(bucket.properties, 'AccessControl')) {
        const acl = v.missing ? undefined : helpers.asString(ctx.value(v));
        if (acl && PUBLIC_ACLS.includes(acl) && !ignoresAcls) ctx.report({ at, messageId: 'acl', data: { ...data, acl }, related: [...related, { node: v.at, message: `AccessControl ${acl}` }], conditions: v.conditions });
      }
      reportPolicies(ctx, bucket, at, data, related);
      for (const flag of FLAGS) {
        for (const v of ctx.lookup(bucket.properties, `PublicAccessBlockConfiguration.${flag}`)) {
          if (!v.missing && ctx.bool(v) === 'false') ctx.report({ at, messageId: 'unblocked', data: { ...data, flag }, related: [...related, { node: v.at, message: `${flag}: false` }], conditions: v.conditions });
        }
      }
    },
  },
});

function reportPolicies(ctx: ResourceContext, bucket: Resource, at: Node, data: Record<string, string>, related: Array<{ node: Node; message: string }>): void {
  for (const policy of ctx.referrers(bucket, 'AWS::S3::BucketPolicy')) {
    if (ctx.resolveRef(policy.properties?.get('Bucket')) !== bucket) continue;
    for (const doc of ctx.policiesOf(policy)) {
      for (const g of publicGrants(ctx, doc)) {
        ctx.report({ at, messageId: 'policy', data: { ...data, policy: policy.logicalId, actions: actionSummary(g.statement) }, related: [...related, { node: g.at, message: 'Public statement' }], conditions: g.conditions });
      }
    }
  }
}
