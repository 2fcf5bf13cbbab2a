# One image for every service of the platform; docker-compose.yml picks the entry point.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json .swcrc ./
COPY packages ./packages
COPY services ./services
COPY gateway ./gateway
COPY schema ./schema
COPY client ./client
COPY scripts ./scripts
RUN npm ci --ignore-scripts && npx turbo run build --filter='./services/*' --filter=@ash/gateway --filter=@ash/platform

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
