/**
 * Fixes are data: edits on the model. The renderer (documents/render-fix.ts) turns them into minimal
 * text edits that keep the user's formatting; rules never produce text.
 */
import type { Json } from '../model/evaluate';
import type { MapNode, Node, SeqNode } from '../model/nodes';

/** A value to write. Intrinsics are written as their long form (`{Ref: 'X'}`); YAML renders short tags where the file uses them. */
export type FixValue = Json;

export type Edit =
  /** Sets `key` in a mapping: replaces the value when present, inserts the entry otherwise. */
  | { op: 'set'; target: MapNode; key: string; value: FixValue }
  /** Replaces a node's value. */
  | { op: 'replace'; target: Node; value: FixValue }
  /** Appends an item to a sequence. */
  | { op: 'append'; target: SeqNode; value: FixValue }
  /** Removes a mapping entry (by its value node) or a sequence item. */
  | { op: 'delete'; target: Node }
  /** Adds a top-level section entry, e.g. a new Parameter, Condition or Resource. */
  | { op: 'add-top-level'; section: 'Parameters' | 'Conditions' | 'Resources' | 'Outputs' | 'Metadata'; key: string; value: FixValue };

export interface Fix {
  title: string;
  safety: 'safe' | 'unsafe';
  edits: Edit[];
}
