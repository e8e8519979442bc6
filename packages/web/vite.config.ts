import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The browser app. Pages are lazy routes, so the first load carries only the shell, the login
 * form and the inbox (docs/web.md records the gzip size). `npm run dev -w @khien/web` proxies
 * the API to a `khien serve` on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // scripts/bundle-size.ts reads the import graph from it.
    manifest: true,
    // Report gzip sizes in the build output: docs/web.md quotes them.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
