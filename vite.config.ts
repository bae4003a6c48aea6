import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The client lives in client/ and builds to client/dist, which the API serves in production. */
export default defineConfig({
  root: "client",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: { "/api": { target: `http://127.0.0.1:${process.env.API_PORT ?? "3000"}`, changeOrigin: false } },
  },
});
