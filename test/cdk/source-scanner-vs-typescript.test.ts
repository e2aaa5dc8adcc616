/**
 * Cross-checks the hand-written scanner against the TypeScript compiler's parser (a devDependency, used
 * here only) on real files: the fixture app and the CDK module's own sources, which are full of regular
 * expressions, template literals and strings that look like code.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import { scanSource } from '../../server/src/cdk';
import { CDK_APP, REPO_ROOT } from './fixture-paths';

/** `start:callee(scope, id)` for every `new X(scope, 'literal', ...)` the TypeScript parser sees. */
function constructCallsByTypeScript(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.arguments !== undefined && node.arguments.length >= 2) {
      const [scope, id] = node.arguments;
      if (scope !== undefined && id !== undefined && (ts.isStringLiteral(id) || ts.isNoSubstitutionTemplateLiteral(id))) {
        const callee = node.expression.getText(file);
        found.push(`${node.getStart(file)}:${callee}(${scope.getText(file).replace(/\s+/g, '')}, ${id.text})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function classesByTypeScript(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name !== undefined) {
      const classKeyword = node.getChildren(file).find((c) => c.kind === ts.SyntaxKind.ClassKeyword);
      found.push(`${classKeyword?.getStart(file) ?? -1}-${node.getEnd()}:${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const files = [
  ...fs.readdirSync(path.join(CDK_APP, 'src')).map((n) => path.join(CDK_APP, 'src', n)),
  ...fs.readdirSync(path.join(REPO_ROOT, 'server', 'src', 'cdk')).map((n) => path.join(REPO_ROOT, 'server', 'src', 'cdk', n)),
  path.join(REPO_ROOT, 'test', 'cdk', 'source-scanner.test.ts'),
].filter((f) => f.endsWith('.ts'));

describe('scanSource agrees with the TypeScript parser', () => {
  for (const file of files) {
    it(path.relative(REPO_ROOT, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const scan = scanSource(text, 'typescript');
      assert.deepEqual(
        scan.calls.map((c) => `${c.start}:${c.callee}(${c.scope}, ${c.id})`),
        constructCallsByTypeScript(text),
      );
      assert.deepEqual(scan.classes.map((c) => `${c.start}-${c.end}:${c.name}`), classesByTypeScript(text));
    });
  }

  it('checks a non-trivial number of calls', () => {
    const total = files.reduce((n, f) => n + scanSource(fs.readFileSync(f, 'utf8'), 'typescript').calls.length, 0);
    assert.ok(total >= 15, `only ${total} calls`);
  });
});
