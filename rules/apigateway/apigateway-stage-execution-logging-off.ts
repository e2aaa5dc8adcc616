import { defineRule, isMap } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an API Gateway REST API stage (`AWS::ApiGateway::Stage`) without execution logging: no
 * `MethodSettings` entry sets `LoggingLevel` to `ERROR` or `INFO`, or an entry sets it to `OFF`.
 *
 * ## Why it matters
 * Execution logs show what API Gateway did with a request: authorizer results, mapping template
 * output, integration errors and throttling. Access logs say who called; execution logs say why a
 * call failed or was let through, which is what you need to debug an authorizer bypass or an
 * integration that leaks errors.
 *
 * ## Example
 * ```yaml
 * Stage:
 *   Type: AWS::ApiGateway::Stage
 *   Properties:
 *     RestApiId: !Ref Api
 *     DeploymentId: !Ref Deployment
 *     StageName: prod
 * ```
 *
 * ## Use instead
 * ```yaml
 *     MethodSettings:
 *       - ResourcePath: '/*'
 *         HttpMethod: '*'
 *         LoggingLevel: ERROR
 *         MetricsEnabled: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: execution logging needs the account-level API Gateway CloudWatch role
 * (`AWS::ApiGateway::Account`), and `INFO` can log request data you may not want in CloudWatch.
 *
 * ## References
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html
 */
export default defineRule({
  meta: {
    id: 'SW5612',
    name: 'apigateway-stage-execution-logging-off',
    family: 'apigateway',
    category: 'logging',
    severity: 'low',
    description: 'API Gateway REST API stage has execution logging off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'API Gateway stage {{stage}} sets no MethodSettings LoggingLevel: execution logging is off',
      off: 'API Gateway stage {{stage}} sets LoggingLevel to OFF: execution logging is off',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    equivalents: { checkov: ['CKV2_AWS_4'], guard: ['API_GW_EXECUTION_LOGGING_ENABLED'], securityHub: ['APIGateway.1'] },
    cdk: 'deployOptions: { loggingLevel: apigw.MethodLoggingLevel.ERROR }',
  },
  resource: {
    types: ['AWS::ApiGateway::Stage'],
    check(ctx) {
      const stage = ctx.resource.logicalId;
      for (const list of ctx.prop('MethodSettings')) {
        if (list.missing) {
          ctx.report({ at: list, messageId: 'missing', data: { stage } });
          continue;
        }
        if (isMap(list.node) && list.node.intrinsic) continue; // computed list
        let anyLevel = false;
        let unknown = false;
        for (const item of below(ctx, list, '*')) {
          for (const lvl of below(ctx, item, 'LoggingLevel')) {
            if (lvl.missing) continue;
            const value = ctx.value(lvl);
            if (typeof value !== 'string') {
              unknown = true;
              continue;
            }
            anyLevel = true;
            if (value.toUpperCase() === 'OFF') ctx.report({ at: lvl, messageId: 'off', data: { stage } });
          }
        }
        if (!anyLevel && !unknown) ctx.report({ at: list, messageId: 'missing', data: { stage } });
      }
    },
  },
});
