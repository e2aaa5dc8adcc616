import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AnalysisCache } from '../../server/src/engine/analysis-cache';
import { builtInRules } from '../../server/src/engine/registry';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'not-templates');

function analyze(name: string, text: string) {
  return new AnalysisCache(builtInRules()).analyze(name, name, text, DEFAULT_SETTINGS);
}

describe('classification without noise', () => {
  const files = readdirSync(FIXTURES).sort();
  it('has at least 20 unrelated files to prove it on', () => assert.ok(files.length >= 20, `${files.length} files`));
  for (const f of files) {
    it(`stays silent on ${f}`, () => {
      const a = analyze(join(FIXTURES, f), readFileSync(join(FIXTURES, f), 'utf8'));
      assert.equal(a?.kind, undefined);
      assert.deepEqual(a?.findings ?? [], []);
      assert.deepEqual(a?.problems ?? [], []);
    });
  }

  const cases: Array<[string, string, string]> = [
    ['template.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', 'cloudformation'],
    ['no-version.json', '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}', 'cloudformation'],
    ['custom.yaml', 'Resources:\n  C:\n    Type: Custom::Thing\n', 'cloudformation'],
    ['sam.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n', 'cloudformation'],
    ['Stack.template.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Metadata": {"aws:cdk:path": "Stack/B/Resource"}}}}', 'cdk'],
    ['/app/cdk.out/Stack.template.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}', 'cdk'],
    ['cdk-meta.json', '{"Resources": {"CDKMetadata": {"Type": "AWS::CDK::Metadata"}}}', 'cdk'],
    ['anything.json', '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}', 'iam-policy'],
    ['bucket-policy.json', '[{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]', 'iam-policy'],
    ['broken-template.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B: [\n', 'cloudformation'],
  ];
  for (const [name, text, kind] of cases) {
    it(`recognises ${name} as ${kind}`, () => assert.equal(analyze(name, text)?.kind, kind));
  }

  it('a bare statement list is a policy only in a file named *policy*.json', () => {
    assert.equal(analyze('statements.json', '[{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]')?.kind, undefined);
  });

  it('reports syntax errors in a broken template (it is recognised, so errors show)', () => {
    const a = analyze('broken-template.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B: [\n');
    assert.ok(a?.problems.some((p) => p.severity === 'error'));
  });
});
