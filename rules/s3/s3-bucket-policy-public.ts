import { defineRule } from '../api';
import { reportPublicPolicies } from '../lib/public-access';

/**
 * ## What it does
 * Flags an `AWS::S3::BucketPolicy` with an `Allow` statement for any principal (`Principal: "*"` or
 * `{AWS: "*"}`), or an `Allow` with `NotPrincipal`, that no Condition narrows to known callers
 * (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`, `aws:SourceVpce`, `aws:SourceIp`…).
 * Conditions on transport, encryption headers or `aws:Referer` do not narrow who can call. A Condition
 * that is computed or uses a key the rule does not know counts as narrowing and is not reported.
 *
 * ## Why it matters
 * Anyone on the internet, signed in or not, can perform the allowed actions on the bucket: read
 * every object, or with write actions upload and overwrite data. `Deny` statements with `*` are fine
 * and are not flagged.
 *
 * ## Example
 * ```yaml
 * Policy:
 *   Type: AWS::S3::BucketPolicy
 *   Properties:
 *     Bucket: !Ref Data
 *     PolicyDocument:
 *       Statement:
 *         - Effect: Allow
 *           Principal: "*"
 *           Action: s3:GetObject
 *           Resource: !Sub ${Data.Arn}/*
 * ```
 *
 * ## Use instead
 * ```yaml
 *         - Effect: Allow
 *           Principal:
 *             Service: cloudfront.amazonaws.com
 *           Action: s3:GetObject
 *           Resource: !Sub ${Data.Arn}/*
 *           Condition:
 *             StringEquals:
 *               aws:SourceArn: !Sub arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Cdn}
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows who should have access.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous
 */
export default defineRule({
  meta: {
    id: 'SW5401',
    name: 's3-bucket-policy-public',
    family: 's3',
    category: 'public-access',
    severity: 'high',
    description: 'S3 bucket policy allows any principal without a narrowing condition',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      anyone: 'Bucket policy {{policy}} lets anyone (Principal "*") perform {{actions}} on bucket {{bucket}}{{sid}}',
      notPrincipal: 'Bucket policy {{policy}} allows {{actions}} on bucket {{bucket}} to everyone except the NotPrincipal list{{sid}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status'],
    equivalents: { checkov: ['CKV_AWS_70'], cfnNag: ['F16', 'F9'], guard: ['S3_BUCKET_PUBLIC_READ_PROHIBITED', 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED'], securityHub: ['S3.2', 'S3.3'] },
  },
  resource: {
    types: ['AWS::S3::BucketPolicy'],
    check(ctx) {
      const target = ctx.resolveRef(ctx.resource.properties?.get('Bucket'));
      reportPublicPolicies(ctx, { policy: ctx.resource.logicalId, bucket: target?.logicalId ?? '(named outside this template)' });
    },
  },
});
