import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The salon's booking settings: one row, id 1. */
@ObjectType('AppointmentSettings', { description: 'Booking settings: the slot grid step.' })
@Entity('appointment_settings')
export class AppointmentSettings {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Field(() => Int, { description: 'Minutes between suggested start times (the step grid), 5–120; 30 by default.' })
  @Column({ type: 'int', default: 30 })
  slotStepMinutes: number;

  @Field(() => Date, { description: 'When the settings last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
