// Composition root: read the config, start the app, stop cleanly on a signal.
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startApp } from './app';
import { isPrimaryOf, runPrimary } from './cluster';

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
  if (isPrimaryOf(config.webConcurrency)) return runPrimary(config.webConcurrency, logger);
  const app = await startApp(config, logger);
  logger.info({ url: app.url, database: config.database }, 'Werkloket is running');
  console.log(`\nWerkloket is running: open ${app.url}/ in your browser\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    // A worker may hear both the terminal's SIGINT and the primary's: close once.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  // A setting checked once the content is read (WERKLOKET_REGION) is a configuration error too.
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`Werkloket could not start: ${error.message}`);
  process.exit(1);
});
