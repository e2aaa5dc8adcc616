import { defineRule } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an AWS AppSync GraphQL API (`AWS::AppSync::GraphQLApi`) without a `LogConfig`, or whose
 * `LogConfig.FieldLogLevel` is `NONE`.
 *
 * ## Why it matters
 * AppSync resolvers run on behalf of every client of the API. Field-level logs record resolver errors
 * and (at `ALL`) every field resolved, which is what you need to see an authorization rule that let
 * data through or a client probing the schema.
 *
 * ## Example
 * ```yaml
 * Api:
 *   Type: AWS::AppSync::GraphQLApi
 *   Properties:
 *     Name: orders
 *     AuthenticationType: AMAZON_COGNITO_USER_POOLS
 * ```
 *
 * ## Use instead
 * ```yaml
 *     LogConfig:
 *       FieldLogLevel: ERROR
 *       CloudWatchLogsRoleArn: !GetAtt AppSyncLogsRole.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: logging needs a role AppSync can assume to write to CloudWatch Logs.
 *
 * ## References
 * - https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#setup-and-configuration
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-appsync-graphqlapi-logconfig.html
 */
export default defineRule({
  meta: {
    id: 'SW5627',
    name: 'appsync-api-field-logging-disabled',
    family: 'appsync',
    category: 'logging',
    severity: 'low',
    description: 'AppSync GraphQL API has field-level logging off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'AppSync API {{api}} has no LogConfig: resolver activity and errors are not logged',
      none: 'AppSync API {{api}} sets FieldLogLevel to NONE: resolver activity and errors are not logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html'],
    equivalents: { guard: ['APPSYNC_LOGGING_ENABLED'], securityHub: ['AppSync.2'] },
    cdk: 'logConfig: { fieldLogLevel: appsync.FieldLogLevel.ERROR }',
  },
  resource: {
    types: ['AWS::AppSync::GraphQLApi'],
    check(ctx) {
      const api = ctx.resource.logicalId;
      for (const cfg of ctx.prop('LogConfig')) {
        if (cfg.missing) {
          ctx.report({ at: cfg, messageId: 'missing', data: { api } });
          continue;
        }
        for (const lvl of below(ctx, cfg, 'FieldLogLevel')) {
          if (!lvl.missing && ctx.value(lvl) === 'NONE') ctx.report({ at: lvl, messageId: 'none', data: { api } });
        }
      }
    },
  },
});
