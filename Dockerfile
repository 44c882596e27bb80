# Offerpath: the API serving the built web app. Expects DATABASE_URL (see docker-compose.yml);
# without it the embedded Postgres keeps its data in /app/.data inside the container.

# ── build ────────────────────────────────────────────────────────────────────────────────────
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# Manifests first, so the dependency layer is reused while only sources change. `npm install`
# rather than `npm ci`: the lock file lacks other platforms' optional binaries (see .ci/run).
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/domain/package.json libs/domain/
COPY libs/api-client/package.json libs/api-client/
RUN npm install

COPY tsconfig.json tsconfig.base.json ./
COPY libs libs
COPY migrations migrations
COPY apps apps
RUN node node_modules/typescript/bin/tsc -b apps/api \
 && node node_modules/vite/bin/vite.js build apps/web \
 && npm prune --omit=dev

# ── runtime ──────────────────────────────────────────────────────────────────────────────────
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app

# Workspace packages resolve through symlinks in node_modules/@offerpath, so each keeps its
# package.json next to its build output.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/libs/domain/package.json libs/domain/
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 3000
# 401 from /api/auth/me means the app is up and answering (no session needed). 127.0.0.1, not
# localhost: the server listens on IPv4 and localhost may resolve to ::1 first.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/auth/me').then((r) => process.exit(r.status === 401 ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/apps/api/src/main.js"]
