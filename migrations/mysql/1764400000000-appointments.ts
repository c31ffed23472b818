import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appointments: treatments, equipment, rooms, branch opening hours and closed days, beautician
 * weekly schedules and their exceptions, appointments (with the buffer-inclusive end overlaps are
 * checked against) and the booking settings row.
 */
export class Appointments1764400000000 implements MigrationInterface {
  name = 'Appointments1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `appointments` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `branchId` int NOT NULL, `beauticianId` int NULL, `roomId` int NULL, `equipmentId` int NULL, `treatmentId` int NULL, `startsAt` datetime NOT NULL, `endsAt` datetime NOT NULL, `blockedUntil` datetime NOT NULL, `status` varchar(10) NOT NULL DEFAULT 'booked', `offerCode` varchar(20) NULL, `analysisCode` varchar(20) NULL, `campaignMemberId` int NULL, `note` varchar(500) NOT NULL DEFAULT '', `attendanceNote` varchar(500) NOT NULL DEFAULT '', `verificationNote` varchar(500) NOT NULL DEFAULT '', `purchaseNote` varchar(500) NOT NULL DEFAULT '', `arrivedAt` datetime NULL, `arrivedById` int NULL, `verifiedAt` datetime NULL, `verifiedById` int NULL, `completedAt` datetime NULL, `completedById` int NULL, `closedAt` datetime NULL, `closedById` int NULL, `createdById` int NOT NULL, `updatedById` int NOT NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_appointments_campaign_member` (`campaignMemberId`), INDEX `idx_appointments_member_time` (`memberId`, `startsAt`), INDEX `idx_appointments_equipment_time` (`equipmentId`, `startsAt`, `blockedUntil`), INDEX `idx_appointments_room_time` (`roomId`, `startsAt`, `blockedUntil`), INDEX `idx_appointments_beautician_time` (`beauticianId`, `startsAt`, `blockedUntil`), INDEX `idx_appointments_branch_time` (`branchId`, `startsAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `appointment_settings` (`id` int NOT NULL, `slotStepMinutes` int NOT NULL DEFAULT '30', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `branch_closed_days` (`id` int NOT NULL AUTO_INCREMENT, `branchId` int NOT NULL, `date` varchar(10) NOT NULL, `reason` varchar(100) NULL, UNIQUE INDEX `uq_branch_closed_day` (`branchId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `branch_hours` (`id` int NOT NULL AUTO_INCREMENT, `branchId` int NOT NULL, `weekday` smallint NOT NULL, `opensAt` varchar(5) NOT NULL, `closesAt` varchar(5) NOT NULL, UNIQUE INDEX `uq_branch_hours_day` (`branchId`, `weekday`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `equipment` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `branchId` int NOT NULL, `count` int NOT NULL DEFAULT '1', `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `uq_equipment_branch_code` (`branchId`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `rooms` (`id` int NOT NULL AUTO_INCREMENT, `branchId` int NOT NULL, `name` varchar(50) NOT NULL, `type` varchar(30) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `uq_rooms_branch_name` (`branchId`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `schedule_exceptions` (`id` int NOT NULL AUTO_INCREMENT, `staffId` int NOT NULL, `branchId` int NOT NULL, `date` varchar(10) NOT NULL, `kind` varchar(10) NOT NULL, `startTime` varchar(5) NULL, `endTime` varchar(5) NULL, `note` varchar(100) NULL, INDEX `idx_schedule_exceptions_branch_date` (`branchId`, `date`), INDEX `idx_schedule_exceptions_staff_date` (`staffId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `treatments` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `series` varchar(50) NULL, `durationMinutes` int NOT NULL, `bufferMinutes` int NOT NULL DEFAULT '0', `priceCents` bigint NOT NULL DEFAULT '0', `equipmentCode` varchar(20) NULL, `roomType` varchar(30) NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_0cb4ff050c4de9a356fd6f85a4` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `work_schedules` (`id` int NOT NULL AUTO_INCREMENT, `staffId` int NOT NULL, `branchId` int NOT NULL, `weekday` smallint NOT NULL, `startTime` varchar(5) NOT NULL, `endTime` varchar(5) NOT NULL, UNIQUE INDEX `uq_work_schedules_staff_day` (`staffId`, `weekday`, `startTime`), INDEX `idx_work_schedules_branch` (`branchId`, `weekday`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `appointments` ADD CONSTRAINT `FK_64ff3b5182b0a62edb180fcdbb1` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appointments` ADD CONSTRAINT `FK_299d8147ef59909b1e6531e791c` FOREIGN KEY (`branchId`) REFERENCES `branches`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appointments` ADD CONSTRAINT `FK_146473dbf18636e3e5f789f0dd5` FOREIGN KEY (`beauticianId`) REFERENCES `staff`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `equipment` ADD CONSTRAINT `FK_764c24b2822944dface101c612c` FOREIGN KEY (`branchId`) REFERENCES `branches`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `rooms` ADD CONSTRAINT `FK_136aa30aa134259d9828c2d182e` FOREIGN KEY (`branchId`) REFERENCES `branches`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query('INSERT INTO `appointment_settings`(`id`) VALUES (1)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `rooms` DROP FOREIGN KEY `FK_136aa30aa134259d9828c2d182e`");
    await queryRunner.query("ALTER TABLE `equipment` DROP FOREIGN KEY `FK_764c24b2822944dface101c612c`");
    await queryRunner.query("ALTER TABLE `appointments` DROP FOREIGN KEY `FK_146473dbf18636e3e5f789f0dd5`");
    await queryRunner.query("ALTER TABLE `appointments` DROP FOREIGN KEY `FK_299d8147ef59909b1e6531e791c`");
    await queryRunner.query("ALTER TABLE `appointments` DROP FOREIGN KEY `FK_64ff3b5182b0a62edb180fcdbb1`");
    await queryRunner.query("DROP INDEX `idx_work_schedules_branch` ON `work_schedules`");
    await queryRunner.query("DROP INDEX `uq_work_schedules_staff_day` ON `work_schedules`");
    await queryRunner.query("DROP TABLE `work_schedules`");
    await queryRunner.query("DROP INDEX `IDX_0cb4ff050c4de9a356fd6f85a4` ON `treatments`");
    await queryRunner.query("DROP TABLE `treatments`");
    await queryRunner.query("DROP INDEX `idx_schedule_exceptions_staff_date` ON `schedule_exceptions`");
    await queryRunner.query("DROP INDEX `idx_schedule_exceptions_branch_date` ON `schedule_exceptions`");
    await queryRunner.query("DROP TABLE `schedule_exceptions`");
    await queryRunner.query("DROP INDEX `uq_rooms_branch_name` ON `rooms`");
    await queryRunner.query("DROP TABLE `rooms`");
    await queryRunner.query("DROP INDEX `uq_equipment_branch_code` ON `equipment`");
    await queryRunner.query("DROP TABLE `equipment`");
    await queryRunner.query("DROP INDEX `uq_branch_hours_day` ON `branch_hours`");
    await queryRunner.query("DROP TABLE `branch_hours`");
    await queryRunner.query("DROP INDEX `uq_branch_closed_day` ON `branch_closed_days`");
    await queryRunner.query("DROP TABLE `branch_closed_days`");
    await queryRunner.query("DROP TABLE `appointment_settings`");
    await queryRunner.query("DROP INDEX `idx_appointments_branch_time` ON `appointments`");
    await queryRunner.query("DROP INDEX `idx_appointments_beautician_time` ON `appointments`");
    await queryRunner.query("DROP INDEX `idx_appointments_room_time` ON `appointments`");
    await queryRunner.query("DROP INDEX `idx_appointments_equipment_time` ON `appointments`");
    await queryRunner.query("DROP INDEX `idx_appointments_member_time` ON `appointments`");
    await queryRunner.query("DROP INDEX `idx_appointments_campaign_member` ON `appointments`");
    await queryRunner.query("DROP TABLE `appointments`");
  }
}
