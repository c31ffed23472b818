import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appointments: treatments, equipment, rooms, branch opening hours and closed days, beautician
 * weekly schedules and their exceptions, appointments (with the buffer-inclusive end overlaps are
 * checked against) and the booking settings row.
 */
export class Appointments1764400000000 implements MigrationInterface {
  name = 'Appointments1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"appointments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"beauticianId\" integer, \"roomId\" integer, \"equipmentId\" integer, \"treatmentId\" integer, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"blockedUntil\" datetime NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('booked'), \"offerCode\" varchar(20), \"analysisCode\" varchar(20), \"campaignMemberId\" integer, \"note\" varchar(500) NOT NULL DEFAULT (''), \"attendanceNote\" varchar(500) NOT NULL DEFAULT (''), \"verificationNote\" varchar(500) NOT NULL DEFAULT (''), \"purchaseNote\" varchar(500) NOT NULL DEFAULT (''), \"arrivedAt\" datetime, \"arrivedById\" integer, \"verifiedAt\" datetime, \"verifiedById\" integer, \"completedAt\" datetime, \"completedById\" integer, \"closedAt\" datetime, \"closedById\" integer, \"createdById\" integer NOT NULL, \"updatedById\" integer NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_64ff3b5182b0a62edb180fcdbb1\" FOREIGN KEY (\"memberId\") REFERENCES \"members\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_299d8147ef59909b1e6531e791c\" FOREIGN KEY (\"branchId\") REFERENCES \"branches\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_146473dbf18636e3e5f789f0dd5\" FOREIGN KEY (\"beauticianId\") REFERENCES \"staff\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"idx_appointments_campaign_member\" ON \"appointments\" (\"campaignMemberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_appointments_member_time\" ON \"appointments\" (\"memberId\", \"startsAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_appointments_equipment_time\" ON \"appointments\" (\"equipmentId\", \"startsAt\", \"blockedUntil\") ");
    await queryRunner.query("CREATE INDEX \"idx_appointments_room_time\" ON \"appointments\" (\"roomId\", \"startsAt\", \"blockedUntil\") ");
    await queryRunner.query("CREATE INDEX \"idx_appointments_beautician_time\" ON \"appointments\" (\"beauticianId\", \"startsAt\", \"blockedUntil\") ");
    await queryRunner.query("CREATE INDEX \"idx_appointments_branch_time\" ON \"appointments\" (\"branchId\", \"startsAt\") ");
    await queryRunner.query("CREATE TABLE \"appointment_settings\" (\"id\" integer PRIMARY KEY NOT NULL, \"slotStepMinutes\" integer NOT NULL DEFAULT (30), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"branch_closed_days\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"branchId\" integer NOT NULL, \"date\" varchar(10) NOT NULL, \"reason\" varchar(100))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_branch_closed_day\" ON \"branch_closed_days\" (\"branchId\", \"date\") ");
    await queryRunner.query("CREATE TABLE \"branch_hours\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"branchId\" integer NOT NULL, \"weekday\" smallint NOT NULL, \"opensAt\" varchar(5) NOT NULL, \"closesAt\" varchar(5) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_branch_hours_day\" ON \"branch_hours\" (\"branchId\", \"weekday\") ");
    await queryRunner.query("CREATE TABLE \"equipment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"branchId\" integer NOT NULL, \"count\" integer NOT NULL DEFAULT (1), \"active\" boolean NOT NULL DEFAULT (1), CONSTRAINT \"FK_764c24b2822944dface101c612c\" FOREIGN KEY (\"branchId\") REFERENCES \"branches\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_equipment_branch_code\" ON \"equipment\" (\"branchId\", \"code\") ");
    await queryRunner.query("CREATE TABLE \"rooms\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"branchId\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"type\" varchar(30) NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), CONSTRAINT \"FK_136aa30aa134259d9828c2d182e\" FOREIGN KEY (\"branchId\") REFERENCES \"branches\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_rooms_branch_name\" ON \"rooms\" (\"branchId\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"schedule_exceptions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"staffId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"date\" varchar(10) NOT NULL, \"kind\" varchar(10) NOT NULL, \"startTime\" varchar(5), \"endTime\" varchar(5), \"note\" varchar(100))");
    await queryRunner.query("CREATE INDEX \"idx_schedule_exceptions_branch_date\" ON \"schedule_exceptions\" (\"branchId\", \"date\") ");
    await queryRunner.query("CREATE INDEX \"idx_schedule_exceptions_staff_date\" ON \"schedule_exceptions\" (\"staffId\", \"date\") ");
    await queryRunner.query("CREATE TABLE \"treatments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"series\" varchar(50), \"durationMinutes\" integer NOT NULL, \"bufferMinutes\" integer NOT NULL DEFAULT (0), \"priceCents\" bigint NOT NULL DEFAULT (0), \"equipmentCode\" varchar(20), \"roomType\" varchar(30), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_0cb4ff050c4de9a356fd6f85a48\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"work_schedules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"staffId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"weekday\" smallint NOT NULL, \"startTime\" varchar(5) NOT NULL, \"endTime\" varchar(5) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_work_schedules_staff_day\" ON \"work_schedules\" (\"staffId\", \"weekday\", \"startTime\") ");
    await queryRunner.query("CREATE INDEX \"idx_work_schedules_branch\" ON \"work_schedules\" (\"branchId\", \"weekday\") ");
    await queryRunner.query('INSERT INTO "appointment_settings"("id") VALUES (1)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"work_schedules\"");
    await queryRunner.query("DROP TABLE \"treatments\"");
    await queryRunner.query("DROP TABLE \"schedule_exceptions\"");
    await queryRunner.query("DROP TABLE \"rooms\"");
    await queryRunner.query("DROP TABLE \"equipment\"");
    await queryRunner.query("DROP TABLE \"branch_hours\"");
    await queryRunner.query("DROP TABLE \"branch_closed_days\"");
    await queryRunner.query("DROP TABLE \"appointment_settings\"");
    await queryRunner.query("DROP TABLE \"appointments\"");
  }
}
