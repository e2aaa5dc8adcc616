import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { templateObject } from '../../bench/generate';
import { ChunkedParser, type EditHint, splitJson, splitYaml } from '../../server/src/documents/chunked-parser';
import { parseJsonValue } from '../../server/src/documents/parse-json';
import { parseYaml } from '../../server/src/documents/parse-yaml';
import { type Node, isMap, isScalar, toPlain, walk } from '../../server/src/model/nodes';
import { rng } from '../support/random';

/** Every node's kind, path, offset, length and value, for comparing two parses exactly. */
function fingerprint(root: Node | undefined): string[] {
  const out: string[] = [];
  if (!root) return out;
  walk(root, (n) => {
    out.push(`${n.kind} ${JSON.stringify(n.path)} ${n.offset}+${n.length}${isScalar(n) ? ` ${JSON.stringify(n.value)}` : ''}`);
    if (isMap(n)) for (const e of n.entries) out.push(`key ${JSON.stringify(e.keyNode.path)} ${e.keyNode.offset}+${e.keyNode.length}`);
  });
  return out;
}

const whole = (format: 'yaml' | 'json', text: string) => (format === 'yaml' ? parseYaml(text, { base: 0 }) : parseJsonValue(text, { base: 0 }));

const YAML_TEMPLATE = `# leading comment
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Name:
    Type: String
    Default: data
Resources:
  # a comment between resources
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${Name}-bucket"
      Tags:
        - Key: a
          Value: |
            multi
            line
  Queue:
    Type: AWS::SQS::Queue
    Properties: {VisibilityTimeout: 30}
Outputs:
  Arn:
    Value: !GetAtt Bucket.Arn
`;

describe('chunked parser', () => {
  it('splits YAML into sections and one chunk per resource', () => {
    const layout = splitYaml(YAML_TEMPLATE)!;
    assert.deepEqual(
      layout.map((s) => (s.resources ? `Resources[${s.resources.children.map((c) => YAML_TEMPLATE.slice(c.start, c.end).trim().split(':')[0]).join(',')}]` : YAML_TEMPLATE.slice(s.start, s.end).trim().split('\n').find((l) => !l.startsWith('#'))!.split(':')[0])),
      ['AWSTemplateFormatVersion', 'Parameters', 'Resources[Bucket,Queue]', 'Outputs'],
    );
  });

  it('falls back to a whole-document parse for layouts it cannot split safely', () => {
    assert.equal(splitYaml('---\na: 1\n---\nb: 2\n'), undefined, 'two documents');
    assert.equal(splitYaml('{Resources: {}}\n'), undefined, 'flow style top level');
    assert.equal(splitYaml('Resources:\n\tB: 1\n'), undefined, 'tab indentation');
    assert.equal(splitJson('{"a": 1,}'), undefined, 'trailing comma in the skeleton');
    assert.equal(splitJson('{"a": 1} // x'), undefined, 'comment after the document');
  });

  for (const format of ['yaml', 'json'] as const) {
    it(`gives exactly the positions of a whole-document parse (${format})`, () => {
      for (const text of [format === 'yaml' ? YAML_TEMPLATE : JSON.stringify(toPlain(parseYaml(YAML_TEMPLATE, { base: 0 }).root!), null, 2), format === 'yaml' ? stringify(templateObject(60)) : JSON.stringify(templateObject(60), null, 1)]) {
        const chunked = new ChunkedParser(format).parse(text);
        assert.ok(chunked.stats.chunked, 'was chunked');
        assert.deepEqual(fingerprint(chunked.root), fingerprint(whole(format, text).root));
      }
    });

    it(`reuses unchanged chunks and re-parses only the edited one (${format})`, () => {
      const text = format === 'yaml' ? stringify(templateObject(30)) : JSON.stringify(templateObject(30), null, 2);
      const p = new ChunkedParser(format);
      const first = p.parse(text);
      const at = text.indexOf('bucket-12') + 7;
      const edited = `${text.slice(0, at)}X${text.slice(at)}`;
      const second = p.parse(edited);
      assert.equal(second.stats.parsed, 1);
      assert.equal(second.stats.reused, first.stats.parsed - 1);
      assert.deepEqual(fingerprint(second.root), fingerprint(whole(format, edited).root));
    });

    it(`applies 300 random single edits incrementally with the same result as a fresh parse (${format})`, () => {
      const random = rng(format === 'yaml' ? 7 : 11);
      const base = format === 'yaml' ? stringify(templateObject(12)) : JSON.stringify(templateObject(12), null, 2);
      let text = base;
      let inc = new ChunkedParser(format);
      inc.parse(text);
      const alphabet = format === 'yaml' ? ['a', 'Z', '1', ' ', ':', '-', '"', "'", '\n', '  ', '#', '!Ref ', '[', ']', '{', '}'] : ['a', '1', ' ', ':', ',', '"', '\n', '{', '}', '[', ']', 'true'];
      let fast = 0;
      for (let i = 0; i < 300; i++) {
        // Chains of five edits from the valid base, as a person makes a few keystrokes at a time.
        if (i % 5 === 0) {
          text = base;
          inc = new ChunkedParser(format);
          inc.parse(text);
        }
        const offset = Math.floor(random() * (text.length + 1));
        const deleteLength = random() < 0.4 ? Math.floor(random() * 4) : 0;
        const insertText = random() < 0.7 ? alphabet[Math.floor(random() * alphabet.length)]! : '';
        const hint: EditHint = { offset, deleteLength: Math.min(deleteLength, text.length - offset), insertText };
        text = text.slice(0, offset) + insertText + text.slice(offset + hint.deleteLength);
        const a = inc.parse(text, hint);
        if (a.stats.parsed === 1 && a.stats.reused > 0) fast++;
        const b = new ChunkedParser(format).parse(text);
        assert.deepEqual(fingerprint(a.root), fingerprint(b.root), `edit ${i} at ${offset}`);
        assert.deepEqual(
          a.problems.map((p) => `${p.code}@${p.offset}+${p.length}`).sort(),
          b.problems.map((p) => `${p.code}@${p.offset}+${p.length}`).sort(),
          `problems after edit ${i}`,
        );
      }
      assert.ok(fast > 50, `most edits take the fast path (${fast}/300)`);
    });
  }

  it('keeps resource identity across edits elsewhere and replaces only the edited resource', () => {
    const text = stringify(templateObject(12));
    const p = new ChunkedParser('yaml');
    const a = p.parse(text);
    const resA = isMap(a.root) ? a.root.get('Resources') : undefined;
    assert.ok(isMap(resA));
    // Captured before the edit: the incremental path updates the tree in place.
    const before = { bucket0: resA.get('Bucket0'), bucket6: resA.get('Bucket6'), sg8: resA.get('Sg8') };
    const at = text.indexOf('bucket-6') + 7;
    const b = p.parse(`${text.slice(0, at)}Q${text.slice(at)}`, { offset: at, deleteLength: 0, insertText: 'Q' });
    const resB = isMap(b.root) ? b.root.get('Resources') : undefined;
    assert.ok(isMap(resB));
    assert.equal(resB.get('Bucket0'), before.bucket0, 'resource before the edit reused');
    assert.equal(resB.get('Sg8'), before.sg8, 'resource after the edit reused');
    assert.notEqual(resB.get('Bucket6'), before.bucket6, 'edited resource re-parsed');
    const edited = `${text.slice(0, at)}Q${text.slice(at)}`;
    assert.equal(resB.get('Sg8')!.offset, edited.indexOf('Type', edited.indexOf('  Sg8:')), 'offsets after the edit shifted by one');
  });
});
