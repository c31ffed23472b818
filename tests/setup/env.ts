import 'reflect-metadata';

process.env.NEXTAUTH_SECRET ||= 'test-secret-not-for-production-0123456789';
process.env.TZ = 'UTC';
