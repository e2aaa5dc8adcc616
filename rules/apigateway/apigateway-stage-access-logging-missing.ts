import { defineRule } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an API Gateway REST API stage (`AWS::ApiGateway::Stage`) without an `AccessLogSetting`, or
 * whose `AccessLogSetting` names no `DestinationArn`.
 *
 * ## Why it matters
 * Access logs record who called the API: source IP, caller identity, method, path, status and
 * latency. They are the record you need to investigate abuse of an API key, credential stuffing
 * against a login endpoint or data scraping. API Gateway writes none unless you configure them.
 *
 * ## Example
 * ```yaml
 * ProdStage:
 *   Type: AWS::ApiGateway::Stage
 *   Properties:
 *     RestApiId: !Ref Api
 *     DeploymentId: !Ref Deployment
 *     StageName: prod
 * ```
 *
 * ## Use instead
 * ```yaml
 * ProdStage:
 *   Type: AWS::ApiGateway::Stage
 *   Properties:
 *     RestApiId: !Ref Api
 *     DeploymentId: !Ref Deployment
 *     StageName: prod
 *     AccessLogSetting:
 *       DestinationArn: !GetAtt ApiAccessLogs.Arn
 *       Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}'
 * ```
 *
 * ## Fix safety
 * No automatic fix: access logs need a log group (or Firehose stream) and the account-level API
 * Gateway CloudWatch role.
 *
 * ## References
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html
 */
export default defineRule({
  meta: {
    id: 'SW5609',
    name: 'apigateway-stage-access-logging-missing',
    family: 'apigateway',
    category: 'logging',
    severity: 'low',
    description: 'API Gateway REST API stage has no access logging',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'API Gateway stage {{stage}} has no AccessLogSetting: calls to the API are not logged',
      noDestination: 'API Gateway stage {{stage}} AccessLogSetting has no DestinationArn: nothing is logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    equivalents: { checkov: ['CKV_AWS_76'], cfnNag: ['W69'], trivy: ['AVD-AWS-0001'] },
    cdk: 'deployOptions: { accessLogDestination: new apigw.LogGroupLogDestination(logGroup) }',
  },
  resource: {
    types: ['AWS::ApiGateway::Stage'],
    check(ctx) {
      const stage = ctx.resource.logicalId;
      for (const s of ctx.prop('AccessLogSetting')) {
        if (s.missing) {
          ctx.report({ at: s, messageId: 'missing', data: { stage } });
          continue;
        }
        for (const d of below(ctx, s, 'DestinationArn')) if (d.missing) ctx.report({ at: d, messageId: 'noDestination', data: { stage } });
      }
    },
  },
});
