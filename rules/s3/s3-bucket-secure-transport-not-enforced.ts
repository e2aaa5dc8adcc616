import { type BaseContext, type Fix, type Json, type PolicyDocument, type Resource, conditionEntries, defineRule, isMap, isSeq, refTarget, str } from '../api';

/**
 * ## What it does
 * Flags an S3 bucket that no bucket policy in the template protects with a `Deny` on insecure
 * transport (`Condition: {Bool: {aws:SecureTransport: false}}`, or a `NumericLessThan` on
 * `s3:TlsVersion`). Bucket policies are matched to the bucket by `Bucket: !Ref Bucket` or by the
 * bucket's literal `BucketName`. When some bucket policy's `Bucket` cannot be resolved (a parameter
 * without default, an import), the bucket is not reported: that policy may well be its own.
 *
 * ## Why it matters
 * S3 accepts plain-HTTP requests on its REST endpoints. Without the deny, a misconfigured SDK, an
 * `http://` URL or a presigned link can move objects and credentials-bearing headers in clear text.
 * Security Hub control S3.5 requires the statement on every bucket.
 *
 * ## Example
 * ```yaml
 * Data:
 *   Type: AWS::S3::Bucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * DataTlsOnlyPolicy:
 *   Type: AWS::S3::BucketPolicy
 *   Properties:
 *     Bucket: !Ref Data
 *     PolicyDocument:
 *       Version: '2012-10-17'
 *       Statement:
 *         - Sid: DenyInsecureTransport
 *           Effect: Deny
 *           Principal: '*'
 *           Action: 's3:*'
 *           Resource: [!GetAtt Data.Arn, !Sub '${Data.Arn}/*']
 *           Condition:
 *             Bool:
 *               aws:SecureTransport: 'false'
 * ```
 *
 * ## Fix safety
 * Unsafe: the fix appends the deny statement to the bucket's existing policy, or adds a new
 * `AWS::S3::BucketPolicy` when it has none. Any client that still uses HTTP, including the S3
 * static-website endpoint (which only speaks HTTP), is denied afterwards.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
 * - https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5
 */
export default defineRule({
  meta: {
    id: 'SW5206',
    name: 's3-bucket-secure-transport-not-enforced',
    family: 's3',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'S3 bucket has no bucket policy that denies requests over plain HTTP',
    // Not 'account': bucket policies are not collected by the account scan, so their absence proves nothing.
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      noPolicy: 'S3 bucket {{bucket}} has no bucket policy denying aws:SecureTransport false: plain-HTTP requests are accepted',
      notInPolicy: 'S3 bucket {{bucket}}: bucket policy {{policy}} does not deny aws:SecureTransport false, so plain-HTTP requests are accepted',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit'],
    equivalents: { guard: ['S3_BUCKET_SSL_REQUESTS_ONLY'], securityHub: ['S3.5'] },
    cdk: 'enforceSSL: true',
  },
  resource: {
    types: ['AWS::S3::Bucket'],
    check(ctx) {
      const bucket = ctx.resource;
      const name = str(bucket.properties?.get('BucketName'));
      // Policies that point at this bucket by Ref/GetAtt come from the reference index (one cached
      // read, not a scan per bucket); policies naming a bucket literally are matched by name.
      const policies: Resource[] = ctx.referrers(bucket, 'AWS::S3::BucketPolicy').filter((p) => refTarget(p.properties?.get('Bucket')) === bucket.logicalId);
      for (const p of ctx.resourcesOfType('AWS::S3::BucketPolicy')) {
        const target = p.properties?.get('Bucket');
        const t = refTarget(target);
        // By reference to a resource: found through the reference index above (or another bucket).
        if (t !== undefined && ctx.template.resources.has(t)) continue;
        // A literal name, or a parameter whose Default names the bucket; anything else is unknown.
        const v = ctx.value(target);
        if (typeof v !== 'string') return; // cannot tell which bucket it protects
        if (v === name && !policies.includes(p)) policies.push(p);
      }
      const id = bucket.logicalId;
      if (policies.length === 0) {
        ctx.report({ at: bucket.keyNode, messageId: 'noPolicy', data: { bucket: id }, fixes: newPolicyFix(id) });
        return;
      }
      let firstWithout: Resource | undefined;
      for (const p of policies) {
        const docs = ctx.policiesOf(p);
        if (docs.length === 0) return; // computed policy document: unknown
        if (docs.some((d) => deniesInsecureTransport(ctx, d))) return;
        firstWithout ??= p;
      }
      if (!firstWithout) return;
      ctx.report({
        at: bucket.keyNode,
        messageId: 'notInPolicy',
        data: { bucket: id, policy: firstWithout.logicalId },
        related: [{ node: firstWithout.keyNode, message: 'Bucket policy without a secure-transport deny' }],
        fixes: appendFix(firstWithout, id),
      });
    },
  },
});

/** A Deny statement conditioned on aws:SecureTransport false or an s3:TlsVersion floor. */
function deniesInsecureTransport(ctx: BaseContext, doc: PolicyDocument): boolean {
  return doc.statements.some((s) => {
    if (s.effect !== 'Deny') return false;
    return conditionEntries(s.condition, ctx.env).some((c) => {
      if (c.key === 'aws:securetransport' && c.base === 'Bool') {
        const v = ctx.value(c.node);
        const vals = Array.isArray(v) ? v : [v];
        return vals.some((x) => x === false || (typeof x === 'string' && x.toLowerCase() === 'false'));
      }
      return c.key === 's3:tlsversion' && c.base === 'NumericLessThan';
    });
  });
}

function statement(bucketId: string): Json {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, { 'Fn::Sub': `\${${bucketId}.Arn}/*` }],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

function newPolicyFix(bucketId: string): Fix[] {
  const value: Json = {
    Type: 'AWS::S3::BucketPolicy',
    Properties: { Bucket: { Ref: bucketId }, PolicyDocument: { Version: '2012-10-17', Statement: [statement(bucketId)] } },
  };
  return [{ title: `Add a bucket policy that denies plain-HTTP access to ${bucketId}`, safety: 'unsafe', edits: [{ op: 'add-top-level', section: 'Resources', key: `${bucketId}TlsOnlyPolicy`, value }] }];
}

/** Appends the statement when the policy's Statement is a plain (block or flow) list. */
function appendFix(policy: Resource, bucketId: string): Fix[] | undefined {
  const doc = policy.properties?.get('PolicyDocument');
  if (!isMap(doc) || doc.intrinsic) return undefined;
  const list = doc.get('Statement');
  if (!isSeq(list) || list.items.length === 0) return undefined;
  return [{ title: `Add a DenyInsecureTransport statement to ${policy.logicalId}`, safety: 'unsafe', edits: [{ op: 'append', target: list, value: statement(bucketId) }] }];
}
