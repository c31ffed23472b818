import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions (signing out, or an administrator ending them, refuses the cookie at once)
 * and the shared sign-in attempt counters of rate-limiter-flexible, created here rather than by
 * the library at run time.
 */
export class SignInAndSessions1765200000000 implements MigrationInterface {
  name = 'SignInAndSessions1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `sign_in_rate_limits` (`key` varchar(255) NOT NULL, `points` int NOT NULL DEFAULT '0', `expire` bigint NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `staff_sessions` (`id` varchar(64) NOT NULL, `staffId` int NOT NULL, `createdAt` datetime NOT NULL, `lastSeenAt` datetime NOT NULL, `expiresAt` datetime NOT NULL, `revokedAt` datetime NULL, `userAgent` varchar(255) NULL, `address` varchar(45) NULL, INDEX `idx_staff_sessions_staff` (`staffId`, `revokedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `staff_sessions` ADD CONSTRAINT `FK_b5cfda49421c34e05b00af168ea` FOREIGN KEY (`staffId`) REFERENCES `staff`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff_sessions` DROP FOREIGN KEY `FK_b5cfda49421c34e05b00af168ea`");
    await queryRunner.query("DROP TABLE `staff_sessions`");
    await queryRunner.query("DROP TABLE `sign_in_rate_limits`");
  }
}
