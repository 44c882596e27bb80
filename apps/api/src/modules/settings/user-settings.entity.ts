import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/** Per-user preferences: time zone, digest, cadence overrides, calendar feed token, prep target. */
@Entity('user_settings')
@Index('user_settings_calendar_token_key', ['calendarToken'], { unique: true })
@Check('user_settings_digest_hour_check', 'digest_hour BETWEEN 0 AND 23')
@Check('user_settings_ghost_after_days_check', 'ghost_after_days BETWEEN 7 AND 365')
@Check('user_settings_prep_target_check', 'prep_target BETWEEN 1 AND 2000')
export class UserSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_settings_user_id_fkey' })
  user?: UserEntity;

  /** IANA time zone name, e.g. Europe/Berlin. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  @Column({ name: 'digest_enabled', type: 'boolean', default: false })
  digestEnabled: boolean;

  /** Local hour (0–23) at which the daily digest goes out. */
  @Column({ name: 'digest_hour', type: 'smallint', default: 8 })
  digestHour: number;

  @Column({ name: 'ghost_after_days', type: 'smallint', default: 30 })
  ghostAfterDays: number;

  /** Per-rule overrides of the cadence defaults in libs/domain, keyed by rule. */
  @Column({ type: 'jsonb', default: {} })
  cadence: Record<string, unknown>;

  /** Secret of the calendar feed URL; null until the user first asks for it. */
  @Column({ name: 'calendar_token', type: 'varchar', length: 64, nullable: true })
  calendarToken: string | null;

  @Column({ name: 'prep_target', type: 'smallint', default: 50 })
  prepTarget: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
