import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a CloudTrail trail whose `IsMultiRegionTrail` is missing or false, so it records only the
 * region the stack is deployed in.
 *
 * ## Why it matters
 * Attackers favour regions nobody watches: instances for crypto-mining, or resources created to
 * persist, in a region without a trail leave no management events. A multi-region trail covers every
 * region, including ones enabled later, with one configuration.
 *
 * ## Example
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     IsMultiRegionTrail: true
 *     IncludeGlobalServiceEvents: true
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Fix safety
 * Safe: the trail is updated in place and starts delivering events from every region to the same
 * bucket. Expect more log volume.
 *
 * ## References
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html
 */
export default defineRule({
  meta: {
    id: 'SW5602',
    name: 'cloudtrail-trail-not-multi-region',
    family: 'cloudtrail',
    category: 'logging',
    severity: 'medium',
    description: 'CloudTrail trail records only one region',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'CloudTrail trail {{trail}} does not set IsMultiRegionTrail: activity in other regions is not recorded',
      isFalse: 'CloudTrail trail {{trail}} sets IsMultiRegionTrail to false: activity in other regions is not recorded',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html'],
    equivalents: { checkov: ['CKV_AWS_67'], guard: ['MULTI_REGION_CLOUD_TRAIL_ENABLED'], trivy: ['AVD-AWS-0014'], securityHub: ['CloudTrail.1'], cis: ['3.1'] },
    cdk: 'isMultiRegionTrail: true',
  },
  resource: {
    types: ['AWS::CloudTrail::Trail'],
    check(ctx) {
      helpers.requireTrue(ctx, 'IsMultiRegionTrail', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { trail: ctx.resource.logicalId },
        fix: (v) => (fixable(v) ? helpers.fix('Set IsMultiRegionTrail: true', 'safe', helpers.setAt(ctx, v, 'IsMultiRegionTrail', true)) : undefined),
      });
    },
  },
});
