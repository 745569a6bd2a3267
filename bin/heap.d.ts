/** See heap.js: Node arguments to run the CLI again with a larger heap, or null. */
export function heapArgs(
  totalBytes: number,
  limitBytes: number,
  execArgv: string[],
  nodeOptions: string | undefined,
): string[] | null;
