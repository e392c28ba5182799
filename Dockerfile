# thidua-bot as a container: small, runs as the unprivileged `node` user, keeps its data on the /data volume and
# reports its health on /healthz. Build: docker build -t thidua-bot .   (deploy/check-container.sh builds and probes it)

# --- build stage: production dependencies, better-sqlite3 compiled here with the compiler it needs -------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# build better-sqlite3 from source against this image's Node, never a downloaded binary
ENV npm_config_build_from_source=true
RUN npm ci --omit=dev --no-audit --no-fund \
 && node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"

# --- run stage: no compiler, no package manager cache, only what the bot reads at run time ---------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=/data/thidua.sqlite \
    EXPORT_DIR=/data/exports \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY commands ./commands
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
# the memory flags of `npm start` (README, "A province on one machine")
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=8", "--import", "tsx", "src/main.ts"]
