import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callExtentAt, languageOf, scanSource } from '../../server/src/cdk';

/** `callee(scope, id) = assignedTo` for each construct call found. */
function calls(text: string, language: 'typescript' | 'python'): string[] {
  return scanSource(text, language).calls.map((c) => `${c.callee}(${c.scope}, ${c.id})${c.assignedTo === undefined ? '' : ` = ${c.assignedTo}`}`);
}

describe('scanSource: TypeScript', () => {
  it('finds construct calls with literal ids, their scope and assignment', () => {
    const text = [
      "const a = new s3.Bucket(this, 'A', { versioned: true });",
      'this.b = new s3.Bucket(this, "B");',
      'const c: s3.Bucket = new s3.Bucket(scope, `C`);',
      "new Foo<Bar>(this.group, 'D', { x: [1, 2] });",
      "new cdk.aws_s3.Bucket(this, 'E')",
    ].join('\n');
    assert.deepEqual(calls(text, 'typescript'), [
      's3.Bucket(this, A) = a',
      's3.Bucket(this, B) = this.b',
      's3.Bucket(scope, C) = c',
      'Foo(this.group, D)',
      'cdk.aws_s3.Bucket(this, E)',
    ]);
  });

  it('ignores comments, strings, template text, regular expressions and computed ids', () => {
    const text = [
      "// new s3.Bucket(this, 'InLineComment')",
      "/* new s3.Bucket(this, 'InBlockComment') */",
      "const s = \"new s3.Bucket(this, 'InString')\";",
      "const t = `new s3.Bucket(this, 'InTemplate') ${ new s3.Bucket(this, 'InSubstitution') } tail`;",
      "const r = /new s3.Bucket\\(this, 'InRegex'\\)/g; const q = a / b / c;",
      'new s3.Bucket(this, `${prefix}Bucket`);',
      'new s3.Bucket(this, id);',
      "new s3.Bucket(this, 'After');",
    ].join('\n');
    assert.deepEqual(calls(text, 'typescript'), ['s3.Bucket(this, InSubstitution)', 's3.Bucket(this, After)']);
  });

  it('finds classes with their extends clause and body extent, and relative imports', () => {
    const text = [
      "import { Construct } from 'constructs';",
      "import { Helper } from './helper';",
      "const legacy = require('../legacy');",
      'export class DemoStack extends cdk.Stack {',
      "  constructor(scope: Construct, id: string) { super(scope, id); new X(this, 'In'); }",
      '}',
      "new X(app, 'Out');",
    ].join('\n');
    const scan = scanSource(text, 'typescript');
    assert.deepEqual(scan.imports, ['constructs', './helper', '../legacy']);
    assert.equal(scan.classes.length, 1);
    const [cls] = scan.classes;
    assert.equal(cls?.name, 'DemoStack');
    assert.equal(cls?.extends, 'cdk.Stack');
    assert.equal(text.slice(cls?.start, cls?.end), text.split('\n').slice(3, 6).join('\n').replace('export ', ''));
    const [inside, outside] = scan.calls;
    assert.ok(inside !== undefined && cls !== undefined && inside.start > cls.start && inside.start < cls.end);
    assert.ok(outside !== undefined && cls !== undefined && outside.start > cls.end);
  });

  it('records offsets of the call and of the id literal', () => {
    const text = "  const b = new s3.Bucket(this, 'Uploads', {\n    x: 1,\n  });\n";
    const [call] = scanSource(text, 'typescript').calls;
    assert.equal(text.slice(call?.start, call?.end), "new s3.Bucket(this, 'Uploads', {\n    x: 1,\n  })");
    assert.equal(text.slice(call?.idStart, call?.idEnd), "'Uploads'");
  });
});

describe('scanSource: Python', () => {
  it('finds construct calls, keyword ids and assignments; skips strings, comments and f-string ids', () => {
    const text = [
      'class DemoStack(Stack):',
      '    def __init__(self, scope, construct_id, **kwargs):',
      '        super().__init__(scope, construct_id, **kwargs)',
      '        """s3.Bucket(self, "InDocstring")"""',
      '        # s3.Bucket(self, "InComment")',
      '        uploads = s3.Bucket(',
      '            self,',
      "            'Uploads',",
      '        )',
      '        self.db = rds.CfnDBInstance(self, id="LegacyDb", engine="mysql")',
      '        s3.Bucket(self, f"{name}Bucket")',
      '        s3.Bucket(self, rf"Raw\\Id")',
      '',
      'DemoStack(app, "DemoStack")',
    ].join('\n');
    assert.deepEqual(calls(text, 'python'), [
      's3.Bucket(self, Uploads) = uploads',
      'rds.CfnDBInstance(self, LegacyDb) = self.db',
      's3.Bucket(self, Raw\\Id)',
      'DemoStack(app, DemoStack)',
    ]);
    const [cls] = scanSource(text, 'python').classes;
    assert.equal(cls?.name, 'DemoStack');
    assert.equal(cls?.extends, 'Stack');
    assert.equal(text.slice(cls?.start, cls?.end), text.split('\n').slice(0, 12).join('\n'));
  });

  it('reads imports, relative and absolute', () => {
    const text = 'import aws_cdk as cdk\nfrom stacks.demo_stack import DemoStack\nfrom .audited_bucket import AuditedBucket\n';
    assert.deepEqual(scanSource(text, 'python').imports, ['aws_cdk', 'stacks.demo_stack', '.audited_bucket']);
  });
});

describe('callExtentAt', () => {
  it('covers a method call from its receiver, and a new expression', () => {
    const text = "    admin.addToPolicy(\n      new iam.PolicyStatement({ actions: ['*'] }),\n    );\n";
    const method = callExtentAt(text, 'typescript', text.indexOf('addToPolicy'));
    assert.equal(text.slice(...(method ?? [0, 0])), "admin.addToPolicy(\n      new iam.PolicyStatement({ actions: ['*'] }),\n    )");
    const ctor = callExtentAt(text, 'typescript', text.indexOf('new'));
    assert.equal(text.slice(...(ctor ?? [0, 0])), "new iam.PolicyStatement({ actions: ['*'] })");
    assert.equal(callExtentAt(text, 'typescript', text.indexOf("'*'")), undefined);
  });
});

describe('languageOf', () => {
  it('reads TypeScript, JavaScript and Python, not declarations', () => {
    assert.deepEqual(
      ['a.ts', 'a.tsx', 'a.d.ts', 'a.js', 'a.mjs', 'a.py', 'a.json'].map(languageOf),
      ['typescript', 'typescript', undefined, 'javascript', 'javascript', 'python', undefined],
    );
  });
});
