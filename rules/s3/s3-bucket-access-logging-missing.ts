import { type Node, type Resource, type ResourceContext, defineRule, isMap, isSeq, str } from '../api';
import { mentions } from '../lib/logging-resilience';

/** Where other resources name the bucket they write logs to. */
const LOG_DESTINATIONS: ReadonlyArray<[string, string]> = [
  ['AWS::S3::Bucket', 'LoggingConfiguration.DestinationBucketName'],
  ['AWS::CloudTrail::Trail', 'S3BucketName'],
  ['AWS::CloudFront::Distribution', 'DistributionConfig.Logging.Bucket'],
  ['AWS::ElasticLoadBalancing::LoadBalancer', 'AccessLoggingPolicy.S3BucketName'],
  ['AWS::EC2::FlowLog', 'LogDestination'],
];

/**
 * ## What it does
 * Flags an S3 bucket without a `LoggingConfiguration` (server access logging). A bucket that is
 * itself the log destination of another bucket, a trail, a distribution, a load balancer or a flow
 * log in the same template, or whose ACL is `LogDeliveryWrite`, is left alone: logging the log bucket
 * only moves the problem one bucket further.
 *
 * ## Why it matters
 * Server access logs record every request made to the bucket (requester, operation, key, response
 * code). Without them there is no way to tell after the fact who read or deleted objects, and
 * CloudTrail data events, the alternative, are off by default and cost extra.
 *
 * ## Example
 * ```yaml
 * Uploads:
 *   Type: AWS::S3::Bucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * Uploads:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     LoggingConfiguration:
 *       DestinationBucketName: !Ref AccessLogs
 *       LogFilePrefix: uploads/
 * AccessLogs:
 *   Type: AWS::S3::Bucket
 * ```
 *
 * ## Fix safety
 * No automatic fix: logging needs a destination bucket whose policy lets the logging service write.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-loggingconfig.html
 */
export default defineRule({
  meta: {
    id: 'SW5600',
    name: 's3-bucket-access-logging-missing',
    family: 's3',
    category: 'logging',
    severity: 'low',
    description: 'S3 bucket has no server access logging',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'S3 bucket {{bucket}} has no LoggingConfiguration: requests to it are not recorded',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
    equivalents: { checkov: ['CKV_AWS_18'], cfnNag: ['W35'], guard: ['S3_BUCKET_LOGGING_ENABLED'], trivy: ['AVD-AWS-0089'], securityHub: ['S3.9'] },
    cdk: 'serverAccessLogsBucket: accessLogsBucket',
  },
  resource: {
    types: ['AWS::S3::Bucket'],
    check(ctx) {
      const missing = ctx.prop('LoggingConfiguration').filter((v) => v.missing);
      if (missing.length === 0) return;
      if (isLogBucket(ctx)) return;
      for (const v of missing) ctx.report({ at: v, messageId: 'missing', data: { bucket: ctx.resource.logicalId } });
    },
  },
});

/** True when the bucket receives logs from something in this template, or is set up as a log bucket. */
function isLogBucket(ctx: ResourceContext): boolean {
  const bucket = ctx.resource;
  if (ctx.prop('AccessControl').some((v) => !v.missing && ctx.value(v) === 'LogDeliveryWrite')) return true;
  for (const [type, path] of LOG_DESTINATIONS) {
    for (const r of ctx.referrers(bucket, type)) {
      if (ctx.lookup(r.properties, path).some((v) => !v.missing && pointsAt(ctx, v.node, bucket))) return true;
    }
  }
  for (const lb of ctx.referrers(bucket, 'AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    const attrs = lb.properties?.get('LoadBalancerAttributes');
    if (!isSeq(attrs)) continue;
    for (const item of attrs.items) {
      if (isMap(item) && str(item.get('Key')) === 'access_logs.s3.bucket' && pointsAt(ctx, item.get('Value'), bucket)) return true;
    }
  }
  return false;
}

/** A Ref / GetAtt / Sub naming the bucket (`!GetAtt Logs.DomainName`, `!Sub '${Logs}.s3.amazonaws.com'`). */
function pointsAt(ctx: ResourceContext, node: Node | undefined, bucket: Resource): boolean {
  return mentions(ctx, node, bucket);
}
