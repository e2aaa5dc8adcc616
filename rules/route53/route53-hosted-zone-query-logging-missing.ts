import { defineRule } from '../api';

/**
 * ## What it does
 * Flags a public Route 53 hosted zone (`AWS::Route53::HostedZone` without `VPCs`) that has no
 * `QueryLoggingConfig`. Private hosted zones are skipped: they log through Resolver query logging
 * instead.
 *
 * ## Why it matters
 * DNS query logs show which names are looked up, from which resolver locations, and when. They help
 * spot subdomain enumeration, traffic to a hijacked or dangling record, and the start of an attack
 * that begins with reconnaissance.
 *
 * ## Example
 * ```yaml
 * Zone:
 *   Type: AWS::Route53::HostedZone
 *   Properties:
 *     Name: example.com
 * ```
 *
 * ## Use instead
 * ```yaml
 *     QueryLoggingConfig:
 *       CloudWatchLogsLogGroupArn: !GetAtt ZoneQueryLogs.Arn   # a log group in us-east-1
 * ```
 *
 * ## Fix safety
 * No automatic fix: query logs must go to a log group in us-east-1 with a resource policy for
 * Route 53.
 *
 * ## References
 * - https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-route53-hostedzone.html
 */
export default defineRule({
  meta: {
    id: 'SW5626',
    name: 'route53-hosted-zone-query-logging-missing',
    family: 'route53',
    category: 'logging',
    severity: 'info',
    description: 'Public Route 53 hosted zone does not log DNS queries',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'Public hosted zone {{zone}} has no QueryLoggingConfig: DNS queries for it are not logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html'],
    equivalents: { securityHub: ['Route53.2'] },
    cdk: "queryLogsLogGroupArn: logGroup.logGroupArn (route53.PublicHostedZone)",
  },
  resource: {
    types: ['AWS::Route53::HostedZone'],
    check(ctx) {
      if (ctx.resource.properties?.has('VPCs')) return;
      for (const v of ctx.prop('QueryLoggingConfig')) {
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { zone: ctx.resource.logicalId } });
      }
    },
  },
});
