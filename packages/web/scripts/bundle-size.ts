/**
 * The size of what a first visit downloads: the entry chunk and everything it imports
 * statically (login, shell and inbox; every other screen is a lazy chunk), gzip-compressed.
 * Reads the Vite manifest of packages/web/dist. `--max-kb N` fails above N KB (issue 5: 300).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface BundleSize {
  files: { file: string; gzipBytes: number }[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

export function initialBundleSize(dist: string): BundleSize {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key]!;
    files.push(chunk.file, ...(chunk.css ?? []));
    for (const child of chunk.imports ?? []) visit(child);
  };
  visit(entry[0]);
  const sized = [...new Set(files)].map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
  }));
  const sum = (ext: string) => sized.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzipBytes, 0);
  return { files: sized, jsGzipBytes: sum('.js'), cssGzipBytes: sum('.css') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const size = initialBundleSize(path.resolve(import.meta.dirname, '../dist'));
  for (const f of size.files) console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  console.log(
    `initial JavaScript (login + shell + inbox), gzip: ${(size.jsGzipBytes / 1024).toFixed(1)} KB; CSS: ${(size.cssGzipBytes / 1024).toFixed(1)} KB`,
  );
  const maxIndex = process.argv.indexOf('--max-kb');
  if (maxIndex > 0 && size.jsGzipBytes / 1024 > Number(process.argv[maxIndex + 1])) {
    console.error(`over the ${process.argv[maxIndex + 1]} KB budget`);
    process.exit(1);
  }
}
