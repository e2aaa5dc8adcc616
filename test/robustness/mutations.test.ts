/**
 * 1,000 seeded random mutations of the examples (and a few hostile inputs): the engine never throws,
 * and every mutation gets an answer (a kind or silence, findings or problems with valid offsets).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AnalysisCache } from '../../server/src/engine/analysis-cache';
import { builtInRules } from '../../server/src/engine/registry';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { rng } from '../support/random';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

const TOKENS = ['!Ref ', '!If [', '!Sub "${', '*', '&a ', '*a', '- ', ': ', '"', "'", '{', '}', '[', ']', '\n', '\t', '  ', '#', '\\', '\u0000', '\uFFFD', 'Fn::If', '"Fn::GetAtt": ', 'Type: AWS::S3::Bucket\n', '0.0.0.0/0', '-1', '{{resolve:', '${AWS::NoValue}', 'Condition', 'Statement', 'Effect: Allow\n'];

function mutate(text: string, random: () => number): string {
  let t = text;
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(random() * (t.length + 1));
    const op = random();
    if (op < 0.35) t = t.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)]! + t.slice(at);
    else if (op < 0.6) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(random() * 20));
    else if (op < 0.75) {
      const from = Math.floor(random() * t.length);
      t = t.slice(0, at) + t.slice(from, from + Math.floor(random() * 60)) + t.slice(at);
    } else if (op < 0.9) t = t.slice(0, at);
    else t = t.slice(0, at) + String.fromCharCode(Math.floor(random() * 0xffff)) + t.slice(at);
  }
  return t;
}

describe('robustness', () => {
  const files = readdirSync(EXAMPLES).filter((f) => /\.(ya?ml|json)$/.test(f));
  const sources = files.map((f) => ({ name: f, text: readFileSync(join(EXAMPLES, f), 'utf8') }));
  const cache = new AnalysisCache(builtInRules());

  it('survives 1,000 seeded random mutations of the examples, answering every one', () => {
    const random = rng(20261122);
    let recognised = 0;
    let problems = 0;
    for (let i = 0; i < 1000; i++) {
      const src = sources[i % sources.length]!;
      const text = mutate(src.text, random);
      let a;
      try {
        a = cache.analyze(`m${i}-${src.name}`, src.name, text, DEFAULT_SETTINGS);
      } catch (e) {
        assert.fail(`mutation ${i} of ${src.name} crashed: ${(e as Error).stack}\n--- text ---\n${text}`);
      }
      assert.ok(a, `mutation ${i} got an answer`);
      if (a.kind) recognised++;
      problems += a.problems.length;
      assert.ok(!a.problems.some((p) => p.code === 'internal-error'), `mutation ${i}: a rule crashed: ${a.problems.find((p) => p.code === 'internal-error')?.message}`);
      for (const p of a.problems) assert.ok(p.offset >= 0 && p.offset + p.length <= text.length, `problem range inside the text (mutation ${i}): ${JSON.stringify(p)} len ${text.length}\n${JSON.stringify(text)}`);
      for (const f of a.findings) assert.ok(f.node.offset >= 0 && f.node.end <= text.length, `finding range inside the text (mutation ${i}, ${f.ruleId})`);
      cache.drop(`m${i}-${src.name}`);
    }
    assert.ok(recognised > 500, `most mutations are still recognised (${recognised})`);
    assert.ok(problems > 100, `mutations produce problems to report (${problems})`);
  });

  it('handles hostile inputs with a clear problem, not a crash', () => {
    const bombLines = ['AWSTemplateFormatVersion: "2010-09-09"', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) bombLines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const hostile: Array<[string, string, string | undefined]> = [
      ['bomb.yaml', bombLines.join('\n'), 'yaml-alias'],
      ['deep.json', `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": ${'['.repeat(3000)}${']'.repeat(3000)}}`, 'too-deep'],
      ['deep.yaml', `AWSTemplateFormatVersion: x\nResources: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, 'too-deep'],
      ['binary.yaml', `AWSTemplateFormatVersion: x\n\u0000\u0001\u0002`, undefined],
      ['huge.yaml', `AWSTemplateFormatVersion: "2010-09-09"\nDescription: "${'x'.repeat(21 * 1024 * 1024)}"\n`, 'too-large'],
      ['empty.yaml', '', undefined],
      ['crlf.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\r\nResources:\r\n  V:\r\n    Type: AWS::EC2::Volume\r\n    Properties:\r\n      Encrypted: false\r\n', undefined],
    ];
    for (const [name, text, code] of hostile) {
      const a = cache.analyze(name, name, text, DEFAULT_SETTINGS);
      if (code) assert.ok(a?.problems.some((p) => p.code === code), `${name}: ${code} reported, got ${JSON.stringify(a?.problems.map((p) => p.code))}`);
    }
    const crlf = cache.analyze('crlf2.yaml', 'crlf2.yaml', hostile[6]![1], DEFAULT_SETTINGS)!;
    const f = crlf.findings.find((x) => x.ruleId === 'SW2001')!;
    assert.equal(hostile[6]![1].slice(f.node.offset, f.node.end), 'false', 'CRLF positions are exact');
  });
});
