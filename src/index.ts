// Composition root: read the config, start the app, stop cleanly on a signal.
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startApp } from './app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  logger.info({ url: app.url, database: config.database }, 'Werkloket is running');
  console.log(`\nWerkloket is running: open ${app.url}/ in your browser\n`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`Werkloket could not start: ${error.message}`);
  process.exit(1);
});
