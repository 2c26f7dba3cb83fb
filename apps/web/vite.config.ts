import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { russianMessages } from './messages-plugin';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.TALON_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [
    react(),
    russianMessages(fileURLToPath(new URL('./src/shared/i18n/locales/ru.json', import.meta.url))),
    // Precompressed siblings (`x.js.br`, `x.js.gz`) so the API process can serve them without compressing
    // on every request; patients on slow mobile links get the smallest transfer.
    compression({
      algorithms: ['gzip', 'brotliCompress'],
      include: /\.(html|js|mjs|css|json|svg|txt|webmanifest)$/,
      threshold: 512,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Every browser that runs this bundle supports <link rel="modulepreload">; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The framework every page needs, in one long-cached chunk that survives app deployments.
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack[\\/][^\\/]+|i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
