import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CdkAssemblyCache, type CdkSourceFinding, analyzeProject, cdkOutDirectoryOf, classifyAssemblyElement } from '../../server/src/cdk';
import { AnalysisCache } from '../../server/src/engine/analysis-cache';
import { DocumentAnalyzer } from '../../server/src/engine/engine';
import { builtInRules } from '../../server/src/engine/registry';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { propertyInsertion } from '../../server/src/handlers/cdk';
import { CDK_APP, CDK_APP_PY, CDK_OUT, lineOf } from './fixture-paths';

const rules = builtInRules();

function analyzeFixture(cdkOut = CDK_OUT): CdkSourceFinding[] {
  const project = new CdkAssemblyCache().get(cdkOut);
  assert.ok(project, 'fixture assembly loads');
  const engine = new AnalysisCache(rules);
  return analyzeProject(project, (file, text) => engine.analyze(file, file, text, DEFAULT_SETTINGS), (id) => rules.get(id)?.meta.cdk).flatMap((r) => r.findings);
}

/** `rule constructPath -> file:line` (0-based line), or `-` when not located. */
function describe1(f: CdkSourceFinding, root = CDK_APP): string {
  return `${f.finding.ruleId} ${f.constructPath} -> ${f.source ? `${path.relative(root, f.source.file)}:${f.source.line}` : '-'}`;
}

const findings = analyzeFixture();
const described = new Set(findings.map((f) => describe1(f)));

describe('CDK findings on the fixture assembly', () => {
  it('reports the insecure constructs with their construct paths, mapped to the line of the construct call', () => {
    for (const expected of [
      'SW1001 DemoStack/Uploads/Resource -> src/demo-stack.ts:17',
      'SW1002 DemoStack/Uploads/Resource -> src/demo-stack.ts:17',
      'SW2002 DemoStack/BastionSg/Resource -> src/demo-stack.ts:34',
      'SW2001 DemoStack/DataVolume/Resource -> src/demo-stack.ts:40',
      'SW4001 DemoStack/LegacyDb -> src/demo-stack.ts:47',
      // The role's DefaultPolicy comes from admin.addToPolicy(...): the trace points at that call.
      'SW3001 DemoStack/AdminRole/DefaultPolicy/Resource -> src/demo-stack.ts:60',
      'SW3003 DemoStack/DeployPolicy/Resource -> src/demo-stack.ts:64',
    ]) {
      assert.ok(described.has(expected), `missing ${expected}; got:\n${[...described].join('\n')}`);
    }
    assert.match(lineOf(path.join(CDK_APP, 'src/demo-stack.ts'), 17), /new s3\.Bucket\(this, 'Uploads'/);
    assert.match(lineOf(path.join(CDK_APP, 'src/demo-stack.ts'), 34), /new ec2\.SecurityGroup\(this, 'BastionSg'/);
    assert.match(lineOf(path.join(CDK_APP, 'src/demo-stack.ts'), 60), /admin\.addToPolicy\(/);
  });

  it('gives the exact source position and the template position of a finding', () => {
    const f = findings.find((x) => x.finding.ruleId === 'SW1001' && x.constructPath === 'DemoStack/Uploads/Resource');
    assert.ok(f?.source);
    assert.equal(f.source.file, path.join(CDK_APP, 'src', 'demo-stack.ts'));
    assert.deepEqual({ line: f.source.line, character: f.source.character }, { line: 17, character: 20 });
    assert.equal(f.source.via, 'creation-stack');
    assert.equal(f.template.file, path.join(CDK_OUT, 'DemoStack.template.json'));
    // The bucket's logical-id key, `"Uploads4F6EB0FD": {`, on line 4 (1-based) of the template.
    assert.deepEqual(f.template.range.start, { line: 3, character: 2 });
    assert.equal(lineOf(f.template.file, 3).trim(), '"Uploads4F6EB0FD": {');
  });

  it('names the construct path and the CDK property that fixes it in the message', () => {
    const f = findings.find((x) => x.finding.ruleId === 'SW1001' && x.constructPath === 'DemoStack/Uploads/Resource');
    assert.equal(f?.remediation, 'encryption: s3.BucketEncryption.S3_MANAGED');
    assert.match(f.message, /\[DemoStack\/Uploads\/Resource\]\. In CDK: encryption: s3\.BucketEncryption\.S3_MANAGED$/);
    const sg = findings.find((x) => x.finding.ruleId === 'SW2002');
    assert.match(sg?.message ?? '', /\[DemoStack\/BastionSg\/Resource\]\. In CDK: securityGroup\.addIngressRule/);
  });

  it('maps nested-stack findings to the construct inside the NestedStack class', () => {
    assert.ok(described.has('SW1001 DemoStack/Storage/Archive/Resource -> src/storage-stack.ts:11'), [...described].join('\n'));
    const f = findings.find((x) => x.finding.ruleId === 'SW1001' && x.constructPath === 'DemoStack/Storage/Archive/Resource');
    assert.equal(path.basename(f?.template.file ?? ''), 'DemoStackStorageFABBAF88.nested.template.json');
    assert.match(lineOf(path.join(CDK_APP, 'src/storage-stack.ts'), 11), /new s3\.Bucket\(this, 'Archive'/);
  });

  it('tells the same construct id in two stacks apart (DemoStack/Uploads vs the secure SecureStack/Uploads)', () => {
    assert.ok(!findings.some((f) => f.finding.ruleId === 'SW1001' && f.constructPath?.endsWith('SecureStack/Uploads/Resource')));
    assert.ok(!findings.some((f) => f.finding.ruleId === 'SW1002' && f.constructPath?.includes('SecureStack/')));
  });

  it('reports nothing on CDK plumbing or on resources aws-cdk-lib generated', () => {
    const project = new CdkAssemblyCache().get(CDK_OUT)!;
    for (const f of findings) {
      const section = f.finding.path[0];
      assert.equal(section, 'Resources', `${describe1(f)} is outside Resources`);
      const origin = classifyAssemblyElement(project.assembly, f.template.file, 'Resources', String(f.finding.path[1]));
      assert.equal(origin.kind, 'user', `${describe1(f)} is on a ${origin.kind} element`);
      assert.doesNotMatch(f.constructPath ?? '', /CDKMetadata|Custom::|LogRetention[0-9a-f]{32}|BucketNotificationsHandler|\/Notifications\//, describe1(f));
      assert.doesNotMatch(f.finding.message, /^Generated by aws-cdk-lib/, describe1(f));
    }
  });

  it('does not flag the CDK-style Ref/GetAtt/Join wiring or the asset bucket of the Lambda code', () => {
    // Worker's role policy (grantReadWrite) joins GetAtt Arn with '/*'; Worker itself has inline code.
    assert.ok(!findings.some((f) => /^DemoStack\/(Worker|Uploads\/Policy)/.test(f.constructPath ?? '') && /SW30/.test(f.finding.ruleId)), [...described].join('\n'));
  });
});

describe('engine on cdk documents: plumbing and generated resources', () => {
  const template = JSON.stringify(
    {
      Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } },
      Resources: {
        UserBucket1234ABCD: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'S/UserBucket/Resource' } },
        CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
            Policies: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Allow', Action: ['s3:*', 'iam:PassRole'], Resource: '*' }] } }],
          },
          Metadata: { 'aws:cdk:path': 'S/Custom::S3AutoDeleteObjectsCustomResourceProvider/Role' },
        },
        CDKMetadata: { Type: 'AWS::CDK::Metadata', Properties: { Analytics: 'v2:deflate64:H4sI' }, Metadata: { 'aws:cdk:path': 'S/CDKMetadata/Default' } },
      },
      Rules: { CheckBootstrapVersion: { Assertions: [{ Assert: { 'Fn::Not': [{ 'Fn::Contains': [['1', '2'], { Ref: 'BootstrapVersion' }] }] }, AssertDescription: 'old' }] } },
    },
    null,
    1,
  );
  const analyze = (kind: 'cdk' | 'cloudformation') => new DocumentAnalyzer('json', rules).analyze(template, '/app/cdk.out/S.template.json', DEFAULT_SETTINGS, kind);

  it('says a really risky finding on a generated resource once, attributed to aws-cdk-lib', () => {
    const plain = analyze('cloudformation').findings.filter((f) => f.resource === 'CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092');
    assert.ok(plain.length >= 2, `as plain CloudFormation the provider role has several findings: ${plain.map((f) => f.ruleId).join(', ')}`);
    const cdk = analyze('cdk').findings.filter((f) => f.resource === 'CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092');
    assert.equal(cdk.length, 1, cdk.map((f) => f.message).join('\n'));
    assert.equal(cdk[0]!.severity, 'critical');
    assert.equal(cdk[0]!.constructPath, 'S/Custom::S3AutoDeleteObjectsCustomResourceProvider/Role');
    assert.match(cdk[0]!.message, /^Generated by aws-cdk-lib \(a custom-resource provider S\/Custom::S3AutoDeleteObjectsCustomResourceProvider\), not by your code: .*\(\d+ more findings? on it hidden\)$/);
  });

  it('keeps the user resources findings and reports nothing on CDKMetadata, BootstrapVersion or CheckBootstrapVersion', () => {
    const findings = analyze('cdk').findings;
    assert.ok(findings.some((f) => f.ruleId === 'SW1001' && f.resource === 'UserBucket1234ABCD'));
    assert.ok(!findings.some((f) => f.resource === 'CDKMetadata' || f.path[0] === 'Parameters' || f.path[0] === 'Rules'), findings.map((f) => `${f.ruleId} ${f.path.join('.')}`).join('\n'));
  });

  it('drops findings below high on generated resources entirely', () => {
    // A bucket under the LogRetention singleton: public access blocked, so only medium/low findings.
    const text = JSON.stringify({
      Resources: {
        LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aBucket12345678: {
          Type: 'AWS::S3::Bucket',
          Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true } },
          Metadata: { 'aws:cdk:path': 'S/LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Bucket/Resource' },
        },
      },
    });
    const run = (kind: 'cdk' | 'cloudformation') => new DocumentAnalyzer('json', rules).analyze(text, '/app/cdk.out/S.template.json', DEFAULT_SETTINGS, kind).findings;
    const plain = run('cloudformation');
    assert.ok(plain.some((f) => f.ruleId === 'SW1001'), 'the rules do fire on it as plain CloudFormation');
    assert.ok(plain.every((f) => f.severity !== 'high' && f.severity !== 'critical'));
    assert.deepEqual(run('cdk').map((f) => f.message), []);
  });
});

describe('no CDK-specific false positives', () => {
  it('CDK-style Fn::Join/GetAtt ARNs and a legacy asset bucket referenced through parameters draw no finding', () => {
    // A hand-written template in the shape of a legacy-synthesizer stack: the function's code lives in
    // an asset bucket passed as AssetParameters..., the role policy grants read on it and read/write on
    // a user bucket through Fn::Join of Fn::GetAtt Arn and '/*'.
    const file = path.join(CDK_APP, '..', 'cdk-legacy-assets', 'Legacy.template.json');
    const analysis = new DocumentAnalyzer('json', rules).analyze(fs.readFileSync(file, 'utf8'), file, DEFAULT_SETTINGS);
    assert.equal(analysis.kind, 'cdk');
    const describeAll = analysis.findings.map((f) => `${f.ruleId} ${f.path.join('.')}`).join('\n');
    assert.ok(!analysis.findings.some((f) => f.path[0] === 'Parameters'), describeAll);
    assert.ok(!analysis.findings.some((f) => f.resource === 'FnServiceRoleDefaultPolicy' || f.resource === 'FnServiceRoleB9001A96'), describeAll);
    assert.ok(!analysis.findings.some((f) => f.resource === 'Fn9270CBC0' && /Code|S3Bucket|S3Key/.test(f.path.join('.'))), describeAll);
  });
});

describe('CdkAssemblyCache and cdkOutDirectoryOf', () => {
  it('finds the root cdk.out of a template, also inside a stage assembly', () => {
    assert.equal(cdkOutDirectoryOf(path.join(CDK_OUT, 'DemoStack.template.json')), CDK_OUT);
    assert.equal(cdkOutDirectoryOf(path.join(CDK_OUT, 'assembly-Prod', 'ProdSecureStack7A9B3CAB.template.json')), CDK_OUT);
    assert.equal(cdkOutDirectoryOf(path.join(CDK_APP, 'src', 'demo-stack.ts')), undefined);
  });

  it('reuses a loaded assembly until one of its files changes', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-cdk-'));
    try {
      fs.cpSync(CDK_APP, tmp, { recursive: true });
      const cache = new CdkAssemblyCache();
      const out = path.join(tmp, 'cdk.out');
      const first = cache.get(out);
      assert.ok(first);
      assert.equal(cache.get(out), first);
      const template = path.join(out, 'DemoStack.template.json');
      fs.writeFileSync(template, `${fs.readFileSync(template, 'utf8')}\n`);
      const second = cache.get(out);
      assert.notEqual(second, first);
      assert.equal(cache.get(out), second);
      cache.invalidate(out);
      assert.notEqual(cache.get(out), second);
      // The copy maps to its own sources (traces recorded elsewhere are re-rooted).
      const copy = analyzeFixture(out).find((f) => f.finding.ruleId === 'SW1001' && f.constructPath === 'DemoStack/Uploads/Resource');
      assert.equal(copy?.source?.file, path.join(tmp, 'src', 'demo-stack.ts'));
      assert.equal(copy?.source?.line, 17);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('CDK findings mapped to a Python app', () => {
  it('locates the construct call in the .py source when the assembly has no usable trace for it', () => {
    // The Python twin of the fixture app with the TypeScript app's assembly, minus the recorded traces
    // (metadata files and validation report): the locator scans the Python sources.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-cdk-py-'));
    try {
      fs.cpSync(CDK_APP_PY, tmp, { recursive: true });
      fs.cpSync(CDK_OUT, path.join(tmp, 'cdk.out'), { recursive: true, filter: (src) => !/\.metadata\.json$|validation-report\.json$/.test(src) });
      const found = new Set(analyzeFixture(path.join(tmp, 'cdk.out')).map((f) => `${describe1(f, tmp)} ${f.source?.via ?? ''}`));
      for (const expected of [
        'SW1001 DemoStack/Uploads/Resource -> stacks/demo_stack.py:24 source-scan',
        'SW2002 DemoStack/BastionSg/Resource -> stacks/demo_stack.py:' ,
        'SW1001 DemoStack/Storage/Archive/Resource -> stacks/storage_stack.py:10 source-scan',
      ]) {
        assert.ok([...found].some((x) => x.startsWith(expected)), `missing ${expected}; got:\n${[...found].join('\n')}`);
      }
      assert.match(lineOf(path.join(tmp, 'stacks', 'demo_stack.py'), 24), /uploads = s3\.Bucket\(/);
      assert.match(lineOf(path.join(tmp, 'stacks', 'storage_stack.py'), 10), /s3\.Bucket\(self, "Archive"\)/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('propertyInsertion (quick fix adding the CDK property to the construct props)', () => {
  const text = fs.readFileSync(path.join(CDK_APP, 'src', 'demo-stack.ts'), 'utf8');
  const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

  it('inserts the property as the first entry of a multi-line object literal, with its indentation', () => {
    assert.deepEqual(propertyInsertion(text, at(17, 20), 'encryption', 's3.BucketEncryption.S3_MANAGED'), {
      position: { line: 17, character: 52 },
      text: '\n      encryption: s3.BucketEncryption.S3_MANAGED,',
    });
  });

  it('does not add a property that is already there', () => {
    assert.equal(propertyInsertion(text, at(17, 20), 'blockPublicAccess', 's3.BlockPublicAccess.BLOCK_ALL'), undefined);
    assert.equal(propertyInsertion(text, at(40, 4), 'encrypted', 'true'), undefined);
  });

  it('adds a props argument to a call with only scope and id', () => {
    assert.deepEqual(propertyInsertion(text, at(76, 4), 'encryption', 's3.BucketEncryption.S3_MANAGED'), {
      position: { line: 76, character: 35 },
      text: ', { encryption: s3.BucketEncryption.S3_MANAGED }',
    });
  });

  it('leaves props that are not an object literal alone', () => {
    assert.equal(propertyInsertion("new s3.Bucket(this, 'B', props);", at(0, 0), 'encryption', 'x'), undefined);
  });
});
