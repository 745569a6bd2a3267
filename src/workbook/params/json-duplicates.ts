/**
 * Keys written twice in one JSON object. `JSON.parse` keeps the last silently, so a parameters
 * file with `"fund"` twice would run with whichever came last, unnoticed. This walks the text of
 * a document `JSON.parse` already accepted (so it is well formed) and returns the path of each
 * repeated key (`fund`, `pools[1].percent`), in order.
 */
import { childPath } from './json-values';

export function duplicateKeys(text: string): string[] {
  const out: string[] = [];
  // One frame per open object or array: the keys seen, the path, the next array index.
  const stack: { keys?: Set<string>; path: string; index: number; key?: string }[] = [];
  let i = 0;
  /** The path of the value that starts now, in the innermost container. */
  const valuePath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.keys) return childPath(top.path, top.key ?? '');
    return childPath(top.path, top.index);
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  let expectKey = false;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(
        ch === '{' ? { keys: new Set(), path: valuePath(), index: 0 } : { path: valuePath(), index: 0 },
      );
      expectKey = ch === '{';
      i++;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
      i++;
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
      i++;
    } else if (ch === '"') {
      const s = readString();
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        if (top.keys.has(s)) out.push(childPath(top.path, s));
        top.keys.add(s);
        top.key = s;
        expectKey = false;
      }
    } else i++;
  }
  return out;
}
