import { defineRule } from '../api';

/**
 * Deprecation dates from the AWS Lambda runtimes page ("Deprecated runtimes" and the support table),
 * with the runtime to move to. A runtime is reported once its date has passed.
 */
export const DEPRECATED_RUNTIMES: Readonly<Record<string, { date: string; successor: string }>> = {
  nodejs: { date: '2016-10-31', successor: 'nodejs22.x' },
  'nodejs4.3': { date: '2020-03-05', successor: 'nodejs22.x' },
  'nodejs4.3-edge': { date: '2019-04-30', successor: 'nodejs22.x' },
  'nodejs6.10': { date: '2019-08-12', successor: 'nodejs22.x' },
  'nodejs8.10': { date: '2020-03-06', successor: 'nodejs22.x' },
  'nodejs10.x': { date: '2021-07-30', successor: 'nodejs22.x' },
  'nodejs12.x': { date: '2023-03-31', successor: 'nodejs22.x' },
  'nodejs14.x': { date: '2023-12-04', successor: 'nodejs22.x' },
  'nodejs16.x': { date: '2024-06-12', successor: 'nodejs22.x' },
  'nodejs18.x': { date: '2025-09-01', successor: 'nodejs22.x' },
  'nodejs20.x': { date: '2026-04-30', successor: 'nodejs22.x' },
  'python2.7': { date: '2021-07-15', successor: 'python3.13' },
  'python3.6': { date: '2022-07-18', successor: 'python3.13' },
  'python3.7': { date: '2023-12-04', successor: 'python3.13' },
  'python3.8': { date: '2024-10-14', successor: 'python3.13' },
  'python3.9': { date: '2025-12-15', successor: 'python3.13' },
  'dotnetcore1.0': { date: '2019-06-27', successor: 'dotnet8' },
  'dotnetcore2.0': { date: '2019-05-30', successor: 'dotnet8' },
  'dotnetcore2.1': { date: '2022-01-05', successor: 'dotnet8' },
  'dotnetcore3.1': { date: '2023-04-03', successor: 'dotnet8' },
  'dotnet5.0': { date: '2022-05-10', successor: 'dotnet8' },
  dotnet6: { date: '2024-12-20', successor: 'dotnet8' },
  dotnet7: { date: '2024-05-14', successor: 'dotnet8' },
  'ruby2.5': { date: '2021-07-30', successor: 'ruby3.4' },
  'ruby2.7': { date: '2023-12-07', successor: 'ruby3.4' },
  'ruby3.2': { date: '2026-03-31', successor: 'ruby3.4' },
  'go1.x': { date: '2024-01-08', successor: 'provided.al2023' },
  java8: { date: '2024-01-08', successor: 'java21' },
  provided: { date: '2024-01-08', successor: 'provided.al2023' },
};

/**
 * ## What it does
 * Flags a Lambda function (`AWS::Lambda::Function`, or SAM `AWS::Serverless::Function`) whose
 * `Runtime` has been deprecated by AWS Lambda: Node.js up to 20, Python up to 3.9, .NET Core and .NET
 * up to 7, Ruby up to 3.2, `go1.x`, `java8` and `provided` (the Amazon Linux 1 runtimes). The value
 * may come from a parameter's Default. Runtimes are reported only after their published date.
 *
 * ## Why it matters
 * A deprecated runtime no longer receives security patches for the language runtime or its operating
 * system, and Lambda later blocks creating and then updating functions that use it: the day a fix
 * must ship, the deployment fails.
 *
 * ## Example
 * ```yaml
 * Fn:
 *   Type: AWS::Lambda::Function
 *   Properties:
 *     Runtime: python3.8
 *     Handler: app.handler
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Runtime: python3.13
 * ```
 *
 * ## Fix safety
 * No automatic fix: a new major language version can break the function's code and dependencies.
 *
 * ## References
 * - https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 * - https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
 */
export default defineRule({
  meta: {
    id: 'SW5715',
    name: 'lambda-function-deprecated-runtime',
    family: 'lambda',
    category: 'resilience',
    severity: 'medium',
    description: 'Lambda function uses a runtime AWS Lambda has deprecated',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      deprecated: 'Lambda function {{fn}} uses {{runtime}}, deprecated since {{date}}: it gets no security patches and deployments will be blocked; move to {{successor}} or later',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html'],
    equivalents: { checkov: ['CKV_AWS_363'], cfnLint: ['W2531', 'E2531'], guard: ['LAMBDA_FUNCTION_SETTINGS_CHECK'], securityHub: ['Lambda.2'] },
    cdk: 'runtime: lambda.Runtime.NODEJS_22_X (or PYTHON_3_13, …)',
  },
  resource: {
    types: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
    check(ctx) {
      const today = new Date().toISOString().slice(0, 10);
      for (const v of ctx.prop('Runtime')) {
        if (v.missing) continue;
        const runtime = ctx.value(v);
        if (typeof runtime !== 'string') continue;
        const info = DEPRECATED_RUNTIMES[runtime];
        if (!info || info.date > today) continue;
        ctx.report({ at: v, messageId: 'deprecated', data: { fn: ctx.resource.logicalId, runtime, date: info.date, successor: info.successor } });
      }
    },
  },
});
