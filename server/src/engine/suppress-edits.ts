/**
 * Builds the model edits that add a suppression (`Metadata: shieldwall: suppress: [{id, reason}]`) at
 * resource or template level. The reason is a placeholder the editor selects so the user types it.
 */
import { type MapNode, isMap, isSeq } from '../model/nodes';
import type { Template } from '../model/template';
import type { Edit, FixValue } from './fix-types';

/** The placeholder written as the reason; clients select it after applying the edit. */
export const REASON_PLACEHOLDER = 'TODO: explain why this is accepted';

export function suppressionEdits(template: Template, ruleId: string, scope: 'resource' | 'file', logicalId?: string): Edit[] | undefined {
  const entry: FixValue = { id: ruleId, reason: REASON_PLACEHOLDER };
  if (scope === 'file') {
    const md = template.metadata;
    if (!md) return [{ op: 'add-top-level', section: 'Metadata', key: 'shieldwall', value: { suppress: [entry] } }];
    return into(md, entry);
  }
  const res = logicalId ? template.resources.get(logicalId) : undefined;
  const map = res?.map;
  if (!res || !map) return undefined;
  const md = res.metadata;
  if (!md) {
    if (map.has('Metadata')) return undefined; // Metadata that is not a mapping: leave it to the user
    return [{ op: 'set', target: map, key: 'Metadata', value: { shieldwall: { suppress: [entry] } } }];
  }
  return into(md, entry);
}

function into(md: MapNode, entry: FixValue): Edit[] | undefined {
  const sw = md.get('shieldwall');
  if (!sw) return [{ op: 'set', target: md, key: 'shieldwall', value: { suppress: [entry] } }];
  if (!isMap(sw)) return undefined;
  const list = sw.get('suppress');
  if (!list) return [{ op: 'set', target: sw, key: 'suppress', value: [entry] }];
  if (!isSeq(list)) return undefined;
  if (list.items.length === 0) return [{ op: 'replace', target: list, value: [entry] }];
  return [{ op: 'append', target: list, value: entry }];
}
