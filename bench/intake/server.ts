// The server for load benchmarks, in its own process: Werkloket, or (BENCH_BOT=echo) the echo
// baseline on the same server stack, adapters, transcript and database.
import { loadConfig } from '../../src/config';
import { startApp } from '../../src/app';
import { createLogger } from '../../src/logger';
import { isPrimaryOf, runPrimary } from '../../src/cluster';
import { EchoBot } from './echoBot';

async function main(): Promise<void> {
  const config = loadConfig();
  if (isPrimaryOf(config.webConcurrency)) return runPrimary(config.webConcurrency, createLogger(config.logLevel));
  const app = await startApp(config, createLogger(config.logLevel), { bot: process.env.BENCH_BOT === 'echo' ? new EchoBot() : undefined });
  console.log(`bench server running: open ${app.url}/`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
