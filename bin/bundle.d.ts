/** See bundle.js: the path of the esbuild bundle of `entry`, made first when missing or stale. */
export function bundle(entry: string, name: string): string;
