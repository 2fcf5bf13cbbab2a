import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w @ash/client`: hot reload, the API proxied to GATEWAY_ORIGIN (the gateway of
// `npm start` by default). `npm start` serves the production build instead (packages/platform).
const gateway = process.env.GATEWAY_ORIGIN ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.DASHBOARD_PORT ?? 5173),
    proxy: Object.fromEntries(
      [
        '/graphql',
        '/auth',
        '/indicators.csv',
        '/indicators.xlsx',
        '/report.json',
        '/report.csv',
        '/report.xlsx',
        '/health',
      ].map((path) => [path, { target: gateway, changeOrigin: true }]),
    ),
  },
  build: { sourcemap: true, manifest: true, chunkSizeWarningLimit: 600 },
});
