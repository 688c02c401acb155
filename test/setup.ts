// Shared test set-up: quiet logs unless LOG_LEVEL is set.
process.env.LOG_LEVEL ??= 'silent';
