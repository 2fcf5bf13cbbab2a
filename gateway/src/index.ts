import { readConfig } from './config';
import { createLogger } from './log';
import { createGateway } from './server';

export { createVerifier, signDevToken } from './auth';
export {
  DEV_JWT_SECRET,
  type GatewayConfig,
  QUERY_LIMITS,
  type QueryLimits,
  readConfig,
  SUBGRAPHS,
  type SubgraphName,
} from './config';
export { type DevUser, devSignInEnabled } from './dev-auth';
export { GatewayErrorCode, LimitReason } from './errors';
export { createLogger, type Logger } from './log';
export { createGateway, type Gateway } from './server';

async function main() {
  const config = readConfig();
  const logger = createLogger();
  const gateway = await createGateway(config, undefined, logger);
  const { url } = await gateway.listen(config.port, config.host);
  console.log(`gateway ready at ${url}`);
  const stop = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
