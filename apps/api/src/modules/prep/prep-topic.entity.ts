import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/** A system-design topic the user has covered (keys from the catalogue in libs/domain). */
@Entity('prep_topics')
export class PrepTopicEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'prep_topics_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  topic: string;

  @Column({ name: 'covered_on', type: 'date' })
  coveredOn: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
