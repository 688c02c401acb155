// `npm run db:migrate`: applies pending migrations to DATABASE_URL (start-up does the same).
import { loadConfig } from '../config';
import { migrate } from './migrate';

migrate(loadConfig().databaseSessionUrl)
  .then((applied) => {
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  })
  .catch((error: Error) => {
    console.error(`migration failed: ${error.message}`);
    process.exit(1);
  });
