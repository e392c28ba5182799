# thidua-bot as a container: small, runs as the unprivileged `node` user, keeps its data on the /data volume and
# reports its health on /healthz. Build: docker build -t thidua-bot .   (deploy/check-container.sh builds and probes it)

# --- build stage: better-sqlite3 compiled with the compiler it needs, the bot bundled, development tools dropped ---
FROM node:24.18.1-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# build better-sqlite3 from source against this image's Node, never a downloaded binary
ENV npm_config_build_from_source=true
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
# the bundle in dist/ (docs/adr/0004), then only what runs in production is kept
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"

# --- run stage: no compiler, no sources, no development tools: the bundle and what it reads at run time ---------
FROM node:24.18.1-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=/data/thidua.sqlite \
    EXPORT_DIR=/data/exports \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# the launcher (npm start's): with no sources in the image, dist/ is never stale and nothing is built at start
COPY scripts/launch.mjs scripts/start.mjs scripts/cli.mjs ./scripts/
COPY locales ./locales
COPY catalog ./catalog
COPY assets ./assets
COPY migrations ./migrations
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# SIGTERM (docker stop) finishes the work in flight within 10 s; give it docker's default grace of 10 s or more
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# operator commands: docker exec thidua-bot node scripts/cli.mjs backup /data/backups/now.sqlite
# the memory flags of `npm start` (docs/dev/benchmarks.md, "A province on one machine")
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=8", "scripts/start.mjs"]
