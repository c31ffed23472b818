import 'reflect-metadata';

process.env.NEXTAUTH_SECRET ||= 'test-secret-not-for-production-0123456789';
process.env.TZ = 'UTC';
// Quiet test runs; tests that check log lines bring their own logger (lib/logger.ts useLogger).
process.env.LOG_LEVEL ||= 'silent';
