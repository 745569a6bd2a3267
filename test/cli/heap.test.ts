import { heapArgs } from '../../bin/heap';

const GB = 1024 ** 3;

describe('heapArgs (bin/heap.js)', () => {
  it('asks for three quarters of the machine, at most 16 GB, when that is more than the limit', () => {
    expect(heapArgs(24 * GB, 4.3 * GB, [], undefined)).toEqual(['--max-old-space-size=16384']);
    expect(heapArgs(8 * GB, 4 * GB, ['--enable-source-maps'], undefined)).toEqual([
      '--max-old-space-size=6144',
      '--enable-source-maps',
    ]);
  });

  it('runs as it is when the limit is already about that large', () => {
    expect(heapArgs(4 * GB, 3 * GB, [], undefined)).toBeNull();
    expect(heapArgs(24 * GB, 16 * GB, [], undefined)).toBeNull();
  });

  it('keeps a limit chosen by whoever started Node, as a flag or in NODE_OPTIONS', () => {
    expect(heapArgs(24 * GB, 1 * GB, ['--max-old-space-size=1024'], undefined)).toBeNull();
    expect(heapArgs(24 * GB, 1 * GB, [], '--max-old-space-size=1024 --trace-warnings')).toBeNull();
  });
});
