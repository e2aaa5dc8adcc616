/**
 * The Cloud Control resource types the account scan collects: the types our template rules cover,
 * restricted to types whose CloudFormation registry schema has a `list` handler that needs no parent
 * model (Cloud Control ListResources then works with only a TypeName).
 *
 * Not here, and why:
 * - AWS::IAM::Policy (inline policies) has no list handler; inline and managed policy documents and
 *   role trust policies come from iam:GetAccountAuthorizationDetails instead (facts.iam).
 * - AWS::IAM::RolePolicy / UserPolicy / GroupPolicy need the parent name to list (same source).
 * - AWS::S3::BucketPolicy, AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy need the parent to list or
 *   have no list handler; queue and topic policies are read-only properties of neither type today.
 * - AWS::ElastiCache::CacheCluster is not supported by Cloud Control; ReplicationGroup is listed but
 *   an account where the type is unsupported gets a gap of kind "unsupported", not a failure.
 */

/**
 * Where a type lives. "global" types are listed once, in the partition's global region
 * (us-east-1 for aws): IAM, CloudFront, and S3 buckets, whose Cloud Control list returns every
 * bucket in the account whatever the region.
 */
export type ResourceScope = "regional" | "global";

/** One Cloud Control resource type to collect. */
export interface ResourceTypeSpec {
  /** CloudFormation type name, e.g. AWS::S3::Bucket. */
  typeName: string;
  scope: ResourceScope;
  /** The property holding the resource's ARN in the Cloud Control (CloudFormation) shape, if any. */
  arnProperty?: string;
  /**
   * ARN template when no property holds it: {partition} {region} {account} {id} are replaced.
   * The identifier is Cloud Control's primary identifier.
   */
  arnTemplate?: string;
}

/** The default set, in the order they are collected. */
export const DEFAULT_RESOURCE_TYPES: readonly ResourceTypeSpec[] = [
  { typeName: "AWS::S3::Bucket", scope: "global", arnProperty: "Arn" },
  { typeName: "AWS::IAM::Role", scope: "global", arnProperty: "Arn" },
  { typeName: "AWS::IAM::User", scope: "global", arnProperty: "Arn" },
  { typeName: "AWS::IAM::Group", scope: "global", arnProperty: "Arn" },
  { typeName: "AWS::IAM::ManagedPolicy", scope: "global", arnProperty: "PolicyArn" },
  { typeName: "AWS::CloudFront::Distribution", scope: "global", arnTemplate: "arn:{partition}:cloudfront::{account}:distribution/{id}" },
  { typeName: "AWS::EC2::SecurityGroup", scope: "regional", arnTemplate: "arn:{partition}:ec2:{region}:{account}:security-group/{id}" },
  { typeName: "AWS::EC2::Volume", scope: "regional", arnTemplate: "arn:{partition}:ec2:{region}:{account}:volume/{id}" },
  { typeName: "AWS::EC2::Instance", scope: "regional", arnTemplate: "arn:{partition}:ec2:{region}:{account}:instance/{id}" },
  { typeName: "AWS::EC2::VPC", scope: "regional", arnTemplate: "arn:{partition}:ec2:{region}:{account}:vpc/{id}" },
  { typeName: "AWS::EC2::FlowLog", scope: "regional" },
  { typeName: "AWS::EC2::LaunchTemplate", scope: "regional" },
  { typeName: "AWS::RDS::DBInstance", scope: "regional", arnProperty: "DBInstanceArn" },
  { typeName: "AWS::RDS::DBCluster", scope: "regional", arnProperty: "DBClusterArn" },
  { typeName: "AWS::KMS::Key", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::SQS::Queue", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::SNS::Topic", scope: "regional", arnProperty: "TopicArn" },
  { typeName: "AWS::Lambda::Function", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::DynamoDB::Table", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::EFS::FileSystem", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::CloudTrail::Trail", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::ElastiCache::ReplicationGroup", scope: "regional" },
  { typeName: "AWS::OpenSearchService::Domain", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::Redshift::Cluster", scope: "regional" },
  { typeName: "AWS::Logs::LogGroup", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::ECR::Repository", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::SecretsManager::Secret", scope: "regional" },
  { typeName: "AWS::EKS::Cluster", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::ElasticLoadBalancingV2::LoadBalancer", scope: "regional", arnProperty: "LoadBalancerArn" },
  { typeName: "AWS::ApiGateway::RestApi", scope: "regional" },
  { typeName: "AWS::Kinesis::Stream", scope: "regional", arnProperty: "Arn" },
];

/** The ARN of a collected resource, from its properties or the spec's template; undefined if neither. */
export function resourceArn(
  spec: ResourceTypeSpec,
  identifier: string,
  properties: unknown,
  where: { partition: string; region: string; accountId: string },
): string | undefined {
  if (spec.arnProperty !== undefined && typeof properties === "object" && properties !== null) {
    const value = (properties as Record<string, unknown>)[spec.arnProperty];
    if (typeof value === "string" && value.startsWith("arn:")) return value;
  }
  if (spec.arnTemplate === undefined) return undefined;
  return spec.arnTemplate
    .replace("{partition}", where.partition)
    .replace("{region}", where.region)
    .replace("{account}", where.accountId)
    .replace("{id}", identifier);
}
